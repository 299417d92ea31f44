import { describe, expect, it } from 'vitest';
import type { Endpoint } from 'kubernetes-types/discovery/v1';
import { featuresOf } from '../versions/rules.ts';
import { hintKind, withHints, type HintKind } from './traffic-distribution.ts';

const V131 = featuresOf('1.31');
const V136 = featuresOf('1.36');

describe('trafficDistribution hints (trafficdist.go preferCloseHeuristic)', () => {
  it.each<[string, Endpoint, HintKind, unknown]>([
    ['a ready endpoint gets a hint for its own zone', { addresses: ['10.0.0.1'], conditions: { ready: true }, zone: 'zone-a' }, 'zone', { forZones: [{ name: 'zone-a' }] }],
    ['a ready endpoint without a zone gets none', { addresses: ['10.0.0.2'], conditions: { ready: true } }, 'zone', undefined],
    ['a not-ready endpoint is left alone', { addresses: ['10.0.0.3'], conditions: { ready: false }, zone: 'zone-b' }, 'zone', undefined],
    ['PreferSameNode adds its own Node', { addresses: ['10.0.0.4'], conditions: { ready: true }, zone: 'zone-a', nodeName: 'worker-1' }, 'node', { forZones: [{ name: 'zone-a' }], forNodes: [{ name: 'worker-1' }] }],
    ['zone hints leave the Node out', { addresses: ['10.0.0.5'], conditions: { ready: true }, zone: 'zone-a', nodeName: 'worker-1' }, 'zone', { forZones: [{ name: 'zone-a' }] }],
  ])('%s', (_name, endpoint, kind, hints) => {
    expect(withHints([Object.freeze(endpoint)], kind)[0]?.hints).toEqual(hints);
  });

  it.each<[string, Record<string, unknown>, HintKind]>([
    ['PreferClose', { spec: { trafficDistribution: 'PreferClose' } }, 'zone'],
    ['unset', { spec: {} }, undefined],
    ['Topology Aware Routing owns the hints', { metadata: { annotations: { 'service.kubernetes.io/topology-mode': 'Auto' } }, spec: { trafficDistribution: 'PreferClose' } }, undefined],
    ['a topology annotation that is not Auto leaves them to trafficDistribution', { metadata: { annotations: { 'service.kubernetes.io/topology-mode': 'Disabled' } }, spec: { trafficDistribution: 'PreferClose' } }, 'zone'],
    ['the deprecated annotation wins over topology-mode', { metadata: { annotations: { 'service.kubernetes.io/topology-aware-hints': 'disabled', 'service.kubernetes.io/topology-mode': 'Auto' } }, spec: { trafficDistribution: 'PreferClose' } }, 'zone'],
  ])('%s', (_name, service, want) => {
    expect(hintKind(service, V131)).toBe(want);
  });

  it.each<[string, HintKind, HintKind]>([
    ['PreferSameZone', undefined, 'zone'],
    ['PreferSameNode', undefined, 'node'],
  ])('%s gives hints from v1.34 only (v1.31: %s, v1.36: %s)', (value, before, after) => {
    const service = { spec: { trafficDistribution: value } };
    expect(hintKind(service, V131)).toBe(before);
    expect(hintKind(service, V136)).toBe(after);
  });
});
