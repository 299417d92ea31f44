import { describe, expect, it } from 'vitest';
import type { Endpoint } from 'kubernetes-types/discovery/v1';
import { usesPreferClose, withZoneHints } from './traffic-distribution.ts';

describe('trafficDistribution PreferClose (trafficdist.go preferCloseHeuristic)', () => {
  it.each<[string, Endpoint, Endpoint['hints']]>([
    ['a ready endpoint gets a hint for its own zone', { addresses: ['10.0.0.1'], conditions: { ready: true }, zone: 'zone-a' }, { forZones: [{ name: 'zone-a' }] }],
    ['a ready endpoint without a zone gets none', { addresses: ['10.0.0.2'], conditions: { ready: true } }, undefined],
    ['a not-ready endpoint is left alone', { addresses: ['10.0.0.3'], conditions: { ready: false }, zone: 'zone-b' }, undefined],
  ])('%s', (_name, endpoint, hints) => {
    expect(withZoneHints([Object.freeze(endpoint)])[0]?.hints).toEqual(hints);
  });

  it.each<[string, Record<string, unknown>, boolean]>([
    ['PreferClose', { spec: { trafficDistribution: 'PreferClose' } }, true],
    ['unset', { spec: {} }, false],
    ['Topology Aware Routing owns the hints', { metadata: { annotations: { 'service.kubernetes.io/topology-mode': 'Auto' } }, spec: { trafficDistribution: 'PreferClose' } }, false],
    ['a topology annotation that is not Auto leaves them to trafficDistribution', { metadata: { annotations: { 'service.kubernetes.io/topology-mode': 'Disabled' } }, spec: { trafficDistribution: 'PreferClose' } }, true],
    ['the deprecated annotation wins over topology-mode', { metadata: { annotations: { 'service.kubernetes.io/topology-aware-hints': 'disabled', 'service.kubernetes.io/topology-mode': 'Auto' } }, spec: { trafficDistribution: 'PreferClose' } }, true],
  ])('%s', (_name, service, want) => {
    expect(usesPreferClose(service)).toBe(want);
  });
});
