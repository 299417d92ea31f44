import { describe, expect, it } from 'vitest';
import { extractAddressFromReverse, reverseName } from './reverse.ts';

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
