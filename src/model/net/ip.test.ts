import { describe, expect, it } from 'vitest';
import { cidrContains, formatCIDR, formatIP, parseCIDR, parseIP } from './ip.ts';

describe('parseIP / formatIP', () => {
  it.each([
    ['10.96.0.10', 'IPv4', '10.96.0.10'],
    ['2001:db8::1', 'IPv6', '2001:db8::1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', 'IPv6', '2001:db8::1'],
    ['::', 'IPv6', '::'],
    ['::ffff:10.0.0.1', 'IPv6', '::ffff:a00:1'],
    ['fd00:10:96::a', 'IPv6', 'fd00:10:96::a'],
  ])('%s', (text, family, formatted) => {
    const ip = parseIP(text);
    expect(ip?.family).toBe(family);
    expect(ip && formatIP(ip)).toBe(formatted);
  });

  it.each(['CLUSTER_DNS_IP', '10.0.0', '256.1.1.1', '010.1.1.1', '1:2:3:4:5:6:7:8:9', '1::2::3', 'None', ''])('refuses %j', (text) => {
    expect(parseIP(text)).toBeUndefined();
  });
});

describe('parseCIDR', () => {
  it('normalises the base and contains its addresses', () => {
    const cidr = parseCIDR('10.96.0.1/12');
    expect(cidr && formatCIDR(cidr)).toBe('10.96.0.0/12');
    expect(cidr && cidrContains(cidr, parseIP('10.111.255.255')!)).toBe(true);
    expect(cidr && cidrContains(cidr, parseIP('10.112.0.0')!)).toBe(false);
  });
});
