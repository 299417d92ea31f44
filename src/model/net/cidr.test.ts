import { describe, expect, it } from 'vitest';
import { cidrContains, formatCIDR, parseCIDRSloppy, subnetAt } from './cidr.ts';
import { formatIP, parseIP } from './ip.ts';

describe('parseCIDRSloppy (k8s.io/utils/net ParseCIDRSloppy)', () => {
  it('normalises the base and contains its addresses', () => {
    const cidr = parseCIDRSloppy('10.96.0.1/12');
    expect(cidr?.prefix).toBe(12);
    expect(cidr && formatCIDR(cidr)).toBe('10.96.0.0/12');
    expect(cidr && cidrContains(cidr, parseIP('10.111.255.255')!)).toBe(true);
    expect(cidr && cidrContains(cidr, parseIP('10.112.0.0')!)).toBe(false);
  });

  it.each([
    ['010.000.0.0/08', '10.0.0.0/8'],
    ['2001:DB8::/64', '2001:db8::/64'],
    ['fd00:10:244::/56', 'fd00:10:244::/56'],
  ])('%s is %s', (text, formatted) => {
    const cidr = parseCIDRSloppy(text);
    expect(cidr && formatCIDR(cidr)).toBe(formatted);
  });

  it.each([['10.0.0.0'], ['10.0.0.0/33'], ['fd00::/129'], ['x/8'], ['10.0.0.0/-1'], ['10.0.0.0/']])('%j is not a CIDR', (text) => {
    expect(parseCIDRSloppy(text)).toBeUndefined();
  });

  it('an IPv4-mapped block contains the IPv4 addresses it maps (net.IPNet.Contains)', () => {
    const cidr = parseCIDRSloppy('::ffff:10.0.0.0/104')!;
    expect(cidrContains(cidr, parseIP('10.1.2.3')!)).toBe(true);
    expect(cidrContains(cidr, parseIP('11.0.0.1')!)).toBe(false);
    expect(cidrContains(parseCIDRSloppy('10.0.0.0/8')!, parseIP('fd00::1')!)).toBe(false);
  });
});

describe('subnetAt (nodeipam cidrset)', () => {
  it('cuts node subnets out of a cluster CIDR', () => {
    const cidr = parseCIDRSloppy('10.244.0.0/16')!;
    expect(formatCIDR(subnetAt(cidr, 24, 3n))).toBe('10.244.3.0/24');
    expect(cidrContains(cidr, parseIP('10.244.3.9')!)).toBe(true);
    const v6 = parseCIDRSloppy('fd00:10:244::/56')!;
    expect(formatCIDR(subnetAt(v6, 64, 1n))).toBe('fd00:10:244:1::/64');
    expect(formatIP({ family: 'IPv6', value: v6.base + (1n << 64n) })).toBe('fd00:10:244:1::');
  });
});
