import { describe, expect, it } from 'vitest';
import type { Node } from 'kubernetes-types/core/v1';
import type { Ingress } from 'kubernetes-types/networking/v1';
import { printNodeRow } from './print-node.ts';
import { formatHosts, printIngressRow } from './print-ingress.ts';

const NOW = '2025-01-01T12:00:00Z';

function node(labels: Record<string, string>, ready: string | undefined, unschedulable = false): Node {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: 'node-1', labels, creationTimestamp: '2024-12-01T12:00:00Z' },
    spec: { unschedulable },
    status: {
      ...(ready ? { conditions: [{ type: 'Ready', status: ready }] } : {}),
      addresses: [{ type: 'InternalIP', address: '172.18.0.2' }, { type: 'Hostname', address: 'node-1' }],
      nodeInfo: { kubeletVersion: 'v1.31.0', osImage: 'Debian GNU/Linux 12 (bookworm)', kernelVersion: '6.1.0', containerRuntimeVersion: 'containerd://1.7.18', architecture: 'amd64', bootID: '', machineID: '', operatingSystem: 'linux', systemUUID: '', kubeProxyVersion: '' },
    },
  };
}

// pkg/printers/internalversion/printers.go printNode and findNodeRoles.
describe('printNodeRow', () => {
  it.each([
    { name: 'control plane, ready', n: node({ 'node-role.kubernetes.io/control-plane': '' }, 'True'), status: 'Ready', roles: 'control-plane' },
    { name: 'worker without roles', n: node({}, 'True'), status: 'Ready', roles: '<none>' },
    { name: 'not ready and cordoned', n: node({ 'kubernetes.io/role': 'edge' }, 'False', true), status: 'NotReady,SchedulingDisabled', roles: 'edge' },
    { name: 'no Ready condition', n: node({}, undefined), status: 'Unknown', roles: '<none>' },
  ])('$name', ({ n, status, roles }) => {
    expect(printNodeRow(n, NOW)).toEqual(['node-1', status, roles, '31d', 'v1.31.0', '172.18.0.2', '<none>', 'Debian GNU/Linux 12 (bookworm)', '6.1.0', 'containerd://1.7.18']);
  });
});

// pkg/printers/internalversion/printers.go printIngress and formatHosts.
describe('ingress columns', () => {
  it.each([
    [[], '*'],
    [[{}], '*'],
    [[{ host: 'a' }, { host: 'b' }], 'a,b'],
    [[{ host: 'a' }, { host: 'b' }, { host: 'c' }, { host: 'd' }, {}], 'a,b,c + 2 more...'],
  ])('formatHosts(%j) = %s', (rules, expected) => {
    expect(formatHosts(rules)).toBe(expected);
  });

  it('prints class, address and TLS ports', () => {
    const ingress: Ingress = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'shop', creationTimestamp: '2025-01-01T11:00:00Z' },
      spec: { ingressClassName: 'nginx', tls: [{ hosts: ['shop.example.com'] }], rules: [{ host: 'shop.example.com' }] },
      status: { loadBalancer: { ingress: [{ ip: '203.0.113.10' }] } },
    };
    expect(printIngressRow(ingress, NOW, false)).toEqual(['shop', 'nginx', 'shop.example.com', '203.0.113.10', '80, 443', '60m']);
  });
});
