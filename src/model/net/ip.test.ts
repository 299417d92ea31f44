import { describe, expect, it } from 'vitest';
import {
  canonicalIP,
  familyOf,
  formatIP,
  isLinkLocalMulticast,
  isLinkLocalUnicast,
  isLoopback,
  isUnspecified,
  normalizeIP,
  parseIP,
  parseIPSloppy,
} from './ip.ts';

describe('parseIP / formatIP (Go net.ParseIP + net.IP.String)', () => {
  it.each([
    ['10.96.0.10', 'IPv4', '10.96.0.10'],
    ['2001:db8::1', 'IPv6', '2001:db8::1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', 'IPv6', '2001:db8::1'],
    ['::', 'IPv6', '::'],
    // net.IP.String prints an IPv4-mapped address through To4 (net/ip.go).
    ['::ffff:10.0.0.1', 'IPv4', '10.0.0.1'],
    ['fd00:10:96::a', 'IPv6', 'fd00:10:96::a'],
  ])('%s', (text, family, formatted) => {
    const ip = parseIP(text);
    expect(ip?.family).toBe(family);
    expect(ip && formatIP(ip)).toBe(formatted);
  });

  it.each(['CLUSTER_DNS_IP', '10.0.0', '256.1.1.1', '010.1.1.1', '1:2:3:4:5:6:7:8:9', '1::2::3', 'None', '', '2001:db8:::1', 'abc'])(
    'refuses %j',
    (text) => {
      expect(parseIP(text)).toBeUndefined();
    },
  );
});

describe('canonicalIP (CoreDNS: net.ParseIP + IP.String)', () => {
  it.each<[string, string | undefined]>([
    ['10.96.0.10', '10.96.0.10'],
    ['010.96.0.10', undefined], // Go ≥ 1.17 rejects leading zeros
    ['256.1.1.1', undefined],
    ['1.2.3', undefined],
    ['fd00:10:96:0:0:0:0:1e', 'fd00:10:96::1e'],
    ['FD00::1', 'fd00::1'],
    ['1:0:0:1:0:0:0:1', '1:0:0:1::1'], // the longest zero run is compressed
    ['1:0:0:1:0:0:1:1', '1::1:0:0:1:1'], // the first one on a tie
    ['1:0:1:1:1:1:1:1', '1:0:1:1:1:1:1:1'], // a single zero group stays
    ['::ffff:10.1.2.3', '10.1.2.3'], // IPv4-mapped reads as IPv4 (To4)
    ['::', '::'],
    ['1::2::3', undefined],
    ['fd00::1::', undefined],
    ['', undefined],
  ])('%s → %s', (text, canonical) => expect(canonicalIP(text)).toBe(canonical));
});

describe('parseIPSloppy (k8s.io/utils/net ParseIPSloppy) and normalizeIP', () => {
  it.each([
    ['10.244.1.5', '10.244.1.5'],
    ['10.96.0.1', '10.96.0.1'],
    ['010.096.000.001', '10.96.0.1'],
    ['::1', '::1'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:db8:0:0:0:0:0:1', '2001:db8::1'],
    ['2001:0db8:0000:0001:0000:0000:0000:0000', '2001:db8:0:1::'],
    ['fd00:10:244:1::a', 'fd00:10:244:1::a'],
    ['2001:db8:0:1:1:0:0:1', '2001:db8:0:1:1::1'],
    ['2001:db8:1:0:1:0:1:0', '2001:db8:1:0:1:0:1:0'],
    ['::ffff:10.0.0.1', '10.0.0.1'],
    ['::ffff:010.0.0.1', '10.0.0.1'],
    ['fd00::', 'fd00::'],
    ['::', '::'],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8'],
    ['1:0:3:4:5:6:7:8', '1:0:3:4:5:6:7:8'],
  ])('%s prints as %s', (text, printed) => {
    expect(parseIPSloppy(text)).toBeDefined();
    expect(normalizeIP(text)).toBe(printed);
  });

  it.each(['1.2.3', '256.1.1.1', '1.2.3.4.5', '::1::', '12345::', 'fe80::1%eth0', '', '1.2.3.-4', '1:2:3:4:5:6:7:8:9', '10.0.0', '300.1.1.1', '1::2::3', '2001:db8:::1', 'abc'])(
    '%j is not an IP',
    (text) => expect(parseIPSloppy(text)).toBeUndefined(),
  );

  it('leaves what is not an address unchanged', () => {
    expect(normalizeIP('None')).toBe('None');
  });
});

describe('familyOf (utilnet.IsIPv6String counts IPv4-mapped as IPv4)', () => {
  it.each([
    ['10.0.0.1', 'IPv4'],
    ['fd00::1', 'IPv6'],
    ['::ffff:10.0.0.1', 'IPv4'],
    ['nope', 'IPv4'],
  ])('%s is %s', (text, family) => expect(familyOf(text)).toBe(family));

  it('parseIPSloppy tells the family, and nothing for a non-address', () => {
    expect(parseIPSloppy('fd00::1')?.family).toBe('IPv6');
    expect(parseIPSloppy('nope')).toBeUndefined();
  });
});

describe('special ranges (net.IP.IsLoopback, IsLinkLocalUnicast, IsLinkLocalMulticast, IsUnspecified)', () => {
  it.each([
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['febf::1', 'link-local'],
    ['224.0.0.251', 'link-local multicast'],
    ['ff02::fb', 'link-local multicast'],
    ['ff12::1', 'link-local multicast'],
    ['10.0.0.1', 'none'],
    ['fec0::1', 'none'],
    ['224.0.1.1', 'none'],
    ['ff05::1', 'none'],
  ])('%s: %s', (text, expected) => {
    const ip = parseIP(text)!;
    const kind = isUnspecified(ip) ? 'unspecified' : isLoopback(ip) ? 'loopback' : isLinkLocalUnicast(ip) ? 'link-local' : isLinkLocalMulticast(ip) ? 'link-local multicast' : 'none';
    expect(kind).toBe(expected);
  });
});
