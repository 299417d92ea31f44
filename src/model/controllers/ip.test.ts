import { describe, expect, it } from 'vitest';
import { cidrContains, formatCidr, formatIP, normalizeIP, parseCidr, parseIP, subnetAt } from './ip.ts';

describe('IP parsing and printing (Go net.IP.String)', () => {
  it.each([
    ['10.244.1.5', '10.244.1.5'],
    ['2001:db8:0:0:0:0:0:1', '2001:db8::1'],
    ['2001:0db8:0000:0001:0000:0000:0000:0000', '2001:db8:0:1::'],
    ['fd00:10:244:1::a', 'fd00:10:244:1::a'],
    ['2001:db8:0:1:1:0:0:1', '2001:db8:0:1:1::1'],
    ['2001:db8:1:0:1:0:1:0', '2001:db8:1:0:1:0:1:0'],
    ['::ffff:10.0.0.1', '10.0.0.1'],
    ['::', '::'],
  ])('%s prints as %s', (text, printed) => {
    expect(normalizeIP(text)).toBe(printed);
  });

  it.each(['10.0.0', '300.1.1.1', '1::2::3', '2001:db8:::1', 'abc'])('%s is not an IP', (text) => {
    expect(parseIP(text)).toBeUndefined();
  });

  it('cuts node subnets out of a cluster CIDR', () => {
    const cidr = parseCidr('10.244.0.0/16');
    expect(cidr).toBeDefined();
    if (!cidr) return;
    expect(formatCidr(subnetAt(cidr, 24, 3n))).toBe('10.244.3.0/24');
    const v4 = parseIP('10.244.3.9');
    expect(v4 && cidrContains(cidr, v4.family, v4.value)).toBe(true);
    expect(formatIP('IPv6', (parseCidr('fd00:10:244::/56')?.base ?? 0n) + (1n << 64n))).toBe('fd00:10:244:1::');
  });
});
