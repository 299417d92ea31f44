import { describe, expect, it } from 'vitest';
import { cidrContains, cidrWarnings, formatIP, ipWarnings, isIPv4, isIPv6, parseCIDR, parseIP } from './ip.ts';

describe('ParseIPSloppy and net.IP.String()', () => {
  it.each([
    ['10.96.0.1', '10.96.0.1'],
    ['010.096.000.001', '10.96.0.1'],
    ['::1', '::1'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['::ffff:10.0.0.1', '10.0.0.1'],
    ['fd00::', 'fd00::'],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8'],
    ['1:0:3:4:5:6:7:8', '1:0:3:4:5:6:7:8'],
  ])('%s → %s', (text, formatted) => {
    const ip = parseIP(text);
    expect(ip).toBeDefined();
    expect(formatIP(ip ?? [])).toBe(formatted);
  });

  it.each([['1.2.3'], ['256.1.1.1'], ['1.2.3.4.5'], ['::1::'], ['12345::'], ['fe80::1%eth0'], [''], ['1.2.3.-4'], ['1:2:3:4:5:6:7:8:9']])(
    '%j is not an IP',
    (text) => expect(parseIP(text)).toBeUndefined(),
  );

  it('families (netutils.IsIPv6String counts IPv4-mapped as IPv4)', () => {
    expect(isIPv4('10.0.0.1')).toBe(true);
    expect(isIPv6('10.0.0.1')).toBe(false);
    expect(isIPv6('fd00::1')).toBe(true);
    expect(isIPv6('::ffff:10.0.0.1')).toBe(false);
    expect(isIPv4('nope')).toBe(false);
  });
});

describe('ParseCIDRSloppy', () => {
  it('parses and masks', () => {
    const cidr = parseCIDR('10.96.0.1/12');
    expect(cidr?.prefixLength).toBe(12);
    expect(formatIP(cidr?.network ?? [])).toBe('10.96.0.0');
    expect(cidrContains(cidr!, parseIP('10.111.255.255')!)).toBe(true);
    expect(cidrContains(cidr!, parseIP('10.112.0.0')!)).toBe(false);
  });
  it.each([['10.0.0.0'], ['10.0.0.0/33'], ['fd00::/129'], ['x/8'], ['10.0.0.0/-1']])('%j is not a CIDR', (text) => {
    expect(parseCIDR(text)).toBeUndefined();
  });
});

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
