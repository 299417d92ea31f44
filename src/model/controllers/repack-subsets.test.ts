import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EndpointPort, EndpointSubset } from 'kubernetes-types/core/v1';
import { HEAVY_TEST_TIMEOUT_MS, propertyRuns } from '../testing/property.ts';
import { repackByAddress, repackSubsets } from './repack-subsets.ts';

const PORTS: readonly EndpointPort[] = [
  { name: 'http', port: 8080, protocol: 'TCP' },
  { name: 'http', port: 9090, protocol: 'TCP' },
  { name: 'dns', port: 53, protocol: 'UDP' },
  { name: 'metrics', port: 9100, protocol: 'TCP' },
];

describe('repackSubsets', () => {
  it('groups Pods by their ports list as address by address would (property)', () => {
    // Pods with one address each; those of one "template" share one ports list object.
    const lists = fc.array(fc.subarray([...PORTS]), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(lists, fc.array(fc.tuple(fc.nat(3), fc.boolean()), { maxLength: 30 }), (shared, pods) => {
        const subsets: EndpointSubset[] = pods.map(([list, ready], i) => {
          const address = { ip: `10.244.0.${i + 2}`, targetRef: { kind: 'Pod', name: `p${i}`, uid: `u${i}` } };
          const ports = shared[list % shared.length] ?? [];
          return ready ? { addresses: [address], ports } : { notReadyAddresses: [address], ports };
        });
        expect(repackSubsets(subsets)).toEqual(repackByAddress(subsets));
      }),
      { numRuns: propertyRuns(1_000) },
    );
  }, HEAVY_TEST_TIMEOUT_MS);

  it('a thousand Pods with a thousand ports each make one subset, at once', () => {
    const ports: EndpointPort[] = Array.from({ length: 1000 }, (_, i) => ({ name: `p${i}`, port: 1000 + i, protocol: 'TCP' }));
    const subsets: EndpointSubset[] = Array.from({ length: 1000 }, (_, i) => ({ addresses: [{ ip: `10.244.${i >> 8}.${i & 255}`, targetRef: { kind: 'Pod', uid: `u${i}` } }], ports }));
    const [only, ...rest] = repackSubsets(subsets);
    expect(rest).toEqual([]);
    expect([only?.addresses?.length, only?.ports?.length]).toEqual([1000, 1000]);
  });
});
