import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../cluster.ts';
import { proxyRules } from './index.ts';
import { cluster as overall } from './overall-cluster.fixture.ts';
import { formatProxyDump } from './text.ts';

function ipvsText(cluster: ReturnType<typeof buildCluster>, node: string): string[] {
  const result = proxyRules(cluster, { node, mode: 'ipvs' });
  if (!result.ok) throw new Error(result.error.message);
  return formatProxyDump(result.dump).split('\n');
}

/** The real-server lines under one virtual server line. */
function realServersOf(lines: readonly string[], server: string): string[] {
  const start = lines.indexOf(server);
  expect(start).toBeGreaterThan(-1);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => !line.startsWith('  -> '));
  return end < 0 ? rest : rest.slice(0, end);
}

const real = (endpoint: string) => `  -> ${endpoint.padEnd(28)} Masq    1      0          0         `;

/** Two Nodes, node-1 (10.0.0.1) being the one whose kube-proxy is dumped. */
function twoNodeCluster(objects: string, serviceCIDRs = ['10.96.0.0/12'], nodeIPs = ['10.0.0.1', '10.0.0.2']) {
  const nodes = nodeIPs
    .map((ip, i) => `apiVersion: v1\nkind: Node\nmetadata: {name: node-${i + 1}}\nstatus:\n  addresses: [{type: InternalIP, address: "${ip}"}]\n  conditions: [{type: Ready, status: "True"}]\n---\n`)
    .join('');
  const cluster = buildCluster([{ name: 'in.yaml', text: `apiVersion: v1\nkind: Namespace\nmetadata: {name: ns1}\n---\n${nodes}${objects}` }], { serviceCIDRs });
  return Object.freeze(cluster);
}

const slice = (endpoints: string, protocol = 'TCP', addressType = 'IPv4') => `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: svc1-1, namespace: ns1, labels: {kubernetes.io/service-name: svc1}}
addressType: ${addressType}
endpoints: ${endpoints}
ports: [{name: p80, port: 80, protocol: ${protocol}}]
---
`;

describe('ipvs virtual servers (pkg/proxy/ipvs/proxier.go syncProxyRules, v1.31)', () => {
  it('lists the overall cluster sorted as ipvsadm sorts it, ClientIP affinity as persistent', () => {
    const lines = ipvsText(overall, 'test-node');
    expect(lines.slice(2, 5)).toEqual([
      'IP Virtual Server version 1.2.1 (size=4096)',
      'Prot LocalAddress:Port Scheduler Flags',
      '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
    ]);
    const servers = lines.filter((line) => /^(TCP|UDP|SCTP) /.test(line));
    expect(servers).toEqual([
      'TCP  1.2.3.4:80 rr',
      'TCP  5.6.7.8:80 rr persistent 10800',
      'TCP  172.30.0.41:80 rr',
      'TCP  172.30.0.42:80 rr',
      'TCP  172.30.0.43:80 rr',
      'TCP  172.30.0.44:80 rr',
      'TCP  172.30.0.45:80 rr persistent 10800',
      'TCP  172.30.0.46:80 rr',
      'TCP  192.168.0.2:3001 rr',
      'TCP  192.168.0.2:3002 rr persistent 10800',
      'TCP  192.168.0.2:3003 rr',
      'TCP  192.168.99.22:80 rr',
      'TCP  192.168.99.33:80 rr',
    ]);
    // A Service without endpoints keeps its virtual server, with no real servers.
    expect(realServersOf(lines, 'TCP  172.30.0.46:80 rr')).toEqual([]);
  });

  it('falls back to Cluster endpoints under externalTrafficPolicy Local when the Node has none (syncEndpoint)', () => {
    const lines = ipvsText(overall, 'test-node');
    for (const server of ['TCP  1.2.3.4:80 rr', 'TCP  192.168.99.22:80 rr', 'TCP  192.168.0.2:3001 rr']) {
      expect(realServersOf(lines, server)).toEqual([real('10.180.0.2:80')]);
    }
  });

  it('gives external virtual servers only the local endpoints under externalTrafficPolicy Local (TestOnlyLocalExternalIPs)', () => {
    const cluster = twoNodeCluster(`apiVersion: v1
kind: Service
metadata: {name: svc1, namespace: ns1}
spec:
  type: NodePort
  clusterIP: 10.96.30.41
  externalIPs: [50.60.70.81]
  externalTrafficPolicy: Local
  ports: [{name: p80, port: 80, protocol: TCP, targetPort: 80, nodePort: 30080}]
---
${slice('[{addresses: [10.180.0.1], nodeName: node-1}, {addresses: [10.180.1.1], nodeName: node-2}]')}`);
    const lines = ipvsText(cluster, 'node-1');
    expect(realServersOf(lines, 'TCP  10.96.30.41:80 rr')).toEqual([real('10.180.0.1:80'), real('10.180.1.1:80')]);
    expect(realServersOf(lines, 'TCP  50.60.70.81:80 rr')).toEqual([real('10.180.0.1:80')]);
    expect(realServersOf(lines, 'TCP  10.0.0.1:30080 rr')).toEqual([real('10.180.0.1:80')]);
  });

  it('leaves an internalTrafficPolicy Local ClusterIP without real servers when the Node has no endpoint', () => {
    const cluster = twoNodeCluster(`apiVersion: v1
kind: Service
metadata: {name: svc1, namespace: ns1}
spec:
  clusterIP: 10.96.30.41
  internalTrafficPolicy: Local
  ports: [{name: p80, port: 80, protocol: TCP, targetPort: 80}]
---
${slice('[{addresses: [10.180.1.1], nodeName: node-2}]')}`);
    expect(realServersOf(ipvsText(cluster, 'node-1'), 'TCP  10.96.30.41:80 rr')).toEqual([]);
    expect(realServersOf(ipvsText(cluster, 'node-2'), 'TCP  10.96.30.41:80 rr')).toEqual([real('10.180.1.1:80')]);
  });

  it('keeps serving, terminating endpoints at weight 1 when no endpoint is ready (CategorizeEndpoints fallback)', () => {
    const cluster = twoNodeCluster(`apiVersion: v1
kind: Service
metadata: {name: svc1, namespace: ns1}
spec:
  clusterIP: 10.96.30.41
  ports: [{name: p80, port: 80, protocol: TCP, targetPort: 80}]
---
${slice('[{addresses: [10.180.1.1], conditions: {ready: false, serving: true, terminating: true}}, {addresses: [10.180.1.2], conditions: {ready: false, serving: false, terminating: true}}]')}`);
    expect(realServersOf(ipvsText(cluster, 'node-1'), 'TCP  10.96.30.41:80 rr')).toEqual([real('10.180.1.1:80')]);
  });

  it('orders virtual servers TCP before UDP and real servers by address value, as ipvsadm sorts them', () => {
    const cluster = twoNodeCluster(`apiVersion: v1
kind: Service
metadata: {name: svc1, namespace: ns1}
spec:
  clusterIP: 10.96.30.41
  ports: [{name: p80, port: 80, protocol: UDP, targetPort: 80}, {name: p81, port: 81, protocol: TCP, targetPort: 81}]
---
${slice('[{addresses: [10.244.10.1]}, {addresses: [10.244.9.1]}]', 'UDP')}`);
    const lines = ipvsText(cluster, 'node-1');
    expect(lines.indexOf('TCP  10.96.30.41:81 rr')).toBeLessThan(lines.indexOf('UDP  10.96.30.41:80 rr'));
    expect(realServersOf(lines, 'UDP  10.96.30.41:80 rr')).toEqual([real('10.244.9.1:80'), real('10.244.10.1:80')]);
  });

  it('skips a load-balancer ingress in ipMode Proxy (LoadBalancerVIPs)', () => {
    const cluster = twoNodeCluster(`apiVersion: v1
kind: Service
metadata: {name: svc1, namespace: ns1}
spec:
  type: LoadBalancer
  clusterIP: 10.96.30.41
  ports: [{name: p80, port: 80, protocol: TCP, targetPort: 80, nodePort: 30080}]
status: {loadBalancer: {ingress: [{ip: 203.0.113.7, ipMode: Proxy}, {ip: 203.0.113.8, ipMode: VIP}]}}
---
`);
    const servers = ipvsText(cluster, 'node-1').filter((line) => line.startsWith('TCP '));
    expect(servers).toContain('TCP  203.0.113.8:80 rr');
    expect(servers.some((line) => line.includes('203.0.113.7'))).toBe(false);
  });

  it('prints IPv6 addresses in brackets', () => {
    const cluster = twoNodeCluster(
      `apiVersion: v1
kind: Service
metadata: {name: svc1, namespace: ns1}
spec:
  clusterIP: fd00:10:96::41
  ports: [{name: p80, port: 80, protocol: TCP, targetPort: 80}]
---
${slice('[{addresses: ["fd00:10:244::5"]}]', 'TCP', 'IPv6')}`,
      ['fd00:10:96::/112'],
      ['fd00::1', 'fd00::2'],
    );
    expect(realServersOf(ipvsText(cluster, 'node-1'), 'TCP  [fd00:10:96::41]:80 rr')).toEqual([real('[fd00:10:244::5]:80')]);
  });
});
