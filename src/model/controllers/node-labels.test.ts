import { describe, expect, it } from 'vitest';
import { buildCluster } from '../index.ts';

const node = (labels: string) => `apiVersion: v1
kind: Node
metadata:
  name: edge-1
  labels: {${labels}}
status:
  conditions: [{type: Ready, status: "True"}]
  addresses: [{type: InternalIP, address: 10.0.0.5}]
`;

describe('kubelet labels on input Nodes', () => {
  it('adds the hostname, OS and architecture a kubelet registers, marked simulated, so kube-system runs there', () => {
    const cluster = buildCluster([{ name: 'n.yaml', text: node('topology.kubernetes.io/zone: z1') }]);
    const entry = cluster.nodes.find((n) => n.object.metadata?.name === 'edge-1');
    expect(entry?.object.metadata?.labels).toEqual({
      'topology.kubernetes.io/zone': 'z1',
      'kubernetes.io/arch': 'amd64',
      'kubernetes.io/hostname': 'edge-1',
      'kubernetes.io/os': 'linux',
    });
    expect(entry?.simulated).toEqual(expect.arrayContaining(['metadata.labels[kubernetes.io/os]']));
    const kubeSystem = cluster.pods.filter((p) => p.object.metadata?.namespace === 'kube-system').map((p) => p.object.status?.phase);
    expect(kubeSystem).toEqual(['Running', 'Running', 'Running']);
  });

  it('keeps the values the input states', () => {
    const cluster = buildCluster([{ name: 'n.yaml', text: node('kubernetes.io/os: windows, kubernetes.io/arch: arm64') }]);
    const entry = cluster.nodes.find((n) => n.object.metadata?.name === 'edge-1');
    expect(entry?.object.metadata?.labels).toMatchObject({ 'kubernetes.io/os': 'windows', 'kubernetes.io/arch': 'arm64' });
    expect(entry?.simulated.filter((field) => field.startsWith('metadata.labels'))).toEqual(['metadata.labels[kubernetes.io/hostname]']);
  });
});
