import { describe, expect, it } from 'vitest';
import { canonicalIP, extractAddressFromReverse, reverseName } from './ip.ts';

describe('canonicalIP (Go net.ParseIP + IP.String)', () => {
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

describe('reverse names (dnsutil.ExtractAddressFromReverse)', () => {
  it.each<[string, string]>([
    ['10.96.0.10', '10.0.96.10.in-addr.arpa.'],
    ['fd00::1', '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.d.f.ip6.arpa.'],
  ])('%s ⇄ %s', (ip, name) => {
    expect(reverseName(ip)).toBe(name);
    expect(extractAddressFromReverse(name)).toBe(ip);
  });
  it.each(['0.96.10.in-addr.arpa.', 'x.0.96.10.in-addr.arpa.', '1.2.ip6.arpa.', 'web.shop.svc.cluster.local.'])('%s is not an address', (name) =>
    expect(extractAddressFromReverse(name)).toBe(''),
  );
});
