import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster.ts';

// pkg/registry/discovery/endpointslice/strategy.go PrepareForCreate → dropTopologyOnV1.
const slice = (topology: string) => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
  - name: http
    port: 80
    targetPort: 8080
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: web-manual
  namespace: default
  labels:
    kubernetes.io/service-name: web
addressType: IPv4
endpoints:
- addresses: ["10.244.1.5"]
  zone: zone-a
${topology}
ports:
- name: http
  port: 8080
`;

const build = (topology: string) => buildCluster([{ name: 'slice.yaml', text: slice(topology) }]);

describe('deprecatedTopology on a discovery.k8s.io/v1 create (dropTopologyOnV1)', () => {
  it.each([
    ['a zone label', '  deprecatedTopology:\n    topology.kubernetes.io/zone: zone-a'],
    ['an invalid label key', '  deprecatedTopology:\n    "not a key!": x'],
    ['more than maxTopologyLabels (16)', `  deprecatedTopology:\n${Array.from({ length: 17 }, (_, i) => `    k${i}: v`).join('\n')}`],
  ])('is dropped before validation, never an error: %s', (_name, topology) => {
    const cluster = build(topology);
    expect(cluster.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const stored = cluster.endpointSlices.find((e) => e.key === 'EndpointSlice/default/web-manual');
    expect(stored?.object.endpoints).toEqual([{ addresses: ['10.244.1.5'], zone: 'zone-a' }]);
  });

  it('leaves a note where the input wrote it (kubectl itself prints nothing)', () => {
    const notes = build('  deprecatedTopology:\n    kubernetes.io/hostname: worker-1').diagnostics.filter((d) => d.code === 'FIELD_DROPPED');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ code: 'FIELD_DROPPED', severity: 'info', object: 'EndpointSlice/default/web-manual', field: 'endpoints[0].deprecatedTopology' });
    expect(notes[0]?.message).toMatch(/^dropped: a discovery\.k8s\.io\/v1 create clears deprecatedTopology without a warning \(kubectl prints none\)/);
    expect(notes[0]?.range).toMatchObject({ file: 'slice.yaml', line: 22 });
  });

  it('says nothing when there was nothing to drop', () => {
    expect(build('  deprecatedTopology: {}').diagnostics.filter((d) => d.code === 'FIELD_DROPPED')).toEqual([]);
  });
});
