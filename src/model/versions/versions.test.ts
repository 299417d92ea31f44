import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster.ts';
import { DEFAULT_KUBE_VERSION, parseKubeVersion, SUPPORTED_KUBE_VERSIONS } from './kube-version.ts';
import { featuresOf, VERSION_RULES } from './rules.ts';

describe('Kubernetes versions', () => {
  it('supports every minor from 1.29 to 1.36, the newest by default', () => {
    expect(SUPPORTED_KUBE_VERSIONS).toEqual(['1.29', '1.30', '1.31', '1.32', '1.33', '1.34', '1.35', '1.36']);
    expect(DEFAULT_KUBE_VERSION).toBe('1.36');
  });

  it.each([
    ['1.31', '1.31'],
    ['v1.33', '1.33'],
    ['1.34.2', '1.34'],
    ['1.28', undefined],
    ['1.37', undefined],
    ['2.0', undefined],
    ['1.3x', undefined],
  ])('parses %s as %s', (text, want) => {
    expect(parseKubeVersion(text)).toBe(want);
  });

  it('changes every rule at a version inside the range, after the oldest', () => {
    for (const since of Object.values(VERSION_RULES)) {
      expect(since).toBeGreaterThan(29);
      expect(since).toBeLessThanOrEqual(36);
    }
  });

  it('turns each rule on at its version and not before', () => {
    expect(featuresOf('1.29').trafficDistribution).toBe('unknown');
    expect(featuresOf('1.30').trafficDistribution).toBe('dropped');
    expect(featuresOf('1.31').trafficDistribution).toBe('on');
    expect(featuresOf('1.33').trafficDistributionValues).toEqual(['PreferClose']);
    expect(featuresOf('1.34').trafficDistributionValues).toEqual(['PreferClose', 'PreferSameZone', 'PreferSameNode']);
    expect(featuresOf('1.32').kubeletPortRefusedOnLoadBalancer).toBe(true);
    expect(featuresOf('1.33').kubeletPortRefusedOnLoadBalancer).toBe(false);
  });

  it('notes a field that the version drops on write, where the input wrote it', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n  trafficDistribution: PreferClose\n';
    const notes = (kubeVersion: '1.30' | '1.31') => buildCluster([{ name: 'svc.yaml', text }], { kubeVersion }).diagnostics.filter((d) => d.code === 'FIELD_DROPPED');
    const [note] = notes('1.30');
    expect(note).toMatchObject({ severity: 'info', field: 'spec.trafficDistribution', range: { line: 8, column: 3 } });
    expect(note?.message).toMatch(/^dropped: the ServiceTrafficDistribution feature gate is alpha and off in v1\.30/);
    expect(notes('1.31')).toEqual([]);
  });
});
