import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadRequests } from './requests.ts';

describe('spreadRequests', () => {
  it('lands every request on some backend, each about 1/n of them', () => {
    const landed = spreadRequests(['a', 'b', 'c', 'd'], 40_000, false, 7);
    expect(landed.reduce((sum, l) => sum + l.count, 0)).toBe(40_000);
    for (const { count } of landed) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('sends one client’s requests to a single backend under sessionAffinity ClientIP', () => {
    const landed = spreadRequests(['a', 'b', 'c'], 1000, true, 3);
    expect(landed.filter((l) => l.count > 0)).toHaveLength(1);
    expect(landed.find((l) => l.count > 0)?.count).toBe(1000);
  });

  it('replays the same burst from the same seed, and sends nothing without backends', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.nat(), (n, seed) => {
        const targets = Array.from({ length: n }, (_, i) => `p${i}`);
        expect(spreadRequests(targets, 100, false, seed)).toEqual(spreadRequests(targets, 100, false, seed));
      }),
    );
    expect(spreadRequests([], 100, false, 1)).toEqual([]);
  });
});
