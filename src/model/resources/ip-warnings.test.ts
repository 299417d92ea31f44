import { describe, expect, it } from 'vitest';
import { cidrWarnings, ipWarnings } from './ip-warnings.ts';

describe('GetWarningsForIP / GetWarningsForCIDR (apimachinery validation/ip.go)', () => {
  it.each([
    ['10.96.0.1', []],
    ['010.96.0.1', ['f: non-standard IP address "010.96.0.1" will be considered invalid in a future Kubernetes release: use "10.96.0.1"']],
    ['::ffff:10.0.0.1', ['f: non-standard IP address "::ffff:10.0.0.1" will be considered invalid in a future Kubernetes release: use "10.0.0.1"']],
    ['2001:DB8::1', ['f: IPv6 address "2001:DB8::1" should be in RFC 5952 canonical format ("2001:db8::1")']],
    ['2001:db8::1', []],
  ])('IP %s', (value, warnings) => expect(ipWarnings('f', value)).toEqual(warnings));

  it.each([
    ['10.0.0.0/8', []],
    ['10.0.0.1/8', ['f: CIDR value "10.0.0.1/8" is ambiguous in this context (should be "10.0.0.0/8" or "10.0.0.1/32"?)']],
    ['010.0.0.0/8', ['f: non-standard CIDR value "010.0.0.0/8" will be considered invalid in a future Kubernetes release: use "10.0.0.0/8"']],
    ['2001:DB8::/64', ['f: IPv6 CIDR value "2001:DB8::/64" should be in RFC 5952 canonical format ("2001:db8::/64")']],
  ])('CIDR %s', (value, warnings) => expect(cidrWarnings('f', value)).toEqual(warnings));
});
