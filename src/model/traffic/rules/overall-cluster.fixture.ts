import { buildCluster } from '../../cluster.ts';

/**
 * The cluster of TestOverallIPTablesRules and TestOverallNFTablesRules (kubernetes/kubernetes
 * pkg/proxy/iptables and pkg/proxy/nftables proxier_test.go), as manifests: the same Services and
 * EndpointSlices on a Node "test-node" (192.168.0.2) with the local-traffic detector on 10.0.0.0/8.
 */
const service = (ns: string, name: string, spec: string, status = '') => `apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: ${ns}}
spec:
${spec}${status}
---
`;
const slice = (ns: string, name: string, endpoints: string) => `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: ${name}-1, namespace: ${ns}, labels: {kubernetes.io/service-name: ${name}}}
addressType: IPv4
endpoints: ${endpoints}
ports: [{name: p80, port: 80, protocol: TCP}]
---
`;
const namespaces = ['ns1', 'ns2', 'ns3', 'ns4', 'ns5', 'ns6'].map((ns) => `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${ns}}\n---\n`).join('');

const manifest = [
  namespaces,
  `apiVersion: v1
kind: Node
metadata: {name: test-node}
status:
  addresses: [{type: InternalIP, address: 192.168.0.2}]
  conditions: [{type: Ready, status: "True"}]
---
`,
  service('ns1', 'svc1', '  clusterIP: 172.30.0.41\n  ports: [{name: p80, port: 80, protocol: TCP}]'),
  service(
    'ns2',
    'svc2',
    '  type: LoadBalancer\n  externalTrafficPolicy: Local\n  clusterIP: 172.30.0.42\n  externalIPs: [192.168.99.22]\n  healthCheckNodePort: 30000\n  ports: [{name: p80, port: 80, protocol: TCP, nodePort: 3001}]',
    '\nstatus: {loadBalancer: {ingress: [{ip: 1.2.3.4}]}}',
  ),
  service('ns3', 'svc3', '  type: NodePort\n  clusterIP: 172.30.0.43\n  ports: [{name: p80, port: 80, protocol: TCP, nodePort: 3003}]'),
  // The test's NodePort Service without a nodePort: an ExternalIP Service, which an API server that allocates nodePorts accepts only as ClusterIP.
  service('ns4', 'svc4', '  clusterIP: 172.30.0.44\n  externalIPs: [192.168.99.33]\n  ports: [{name: p80, port: 80, protocol: TCP, targetPort: 80}]'),
  service(
    'ns5',
    'svc5',
    '  type: LoadBalancer\n  externalTrafficPolicy: Cluster\n  clusterIP: 172.30.0.45\n  loadBalancerSourceRanges: [" 203.0.113.0/25"]\n  sessionAffinity: ClientIP\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 10800}}\n  ports: [{name: p80, port: 80, protocol: TCP, nodePort: 3002}]',
    '\nstatus: {loadBalancer: {ingress: [{ip: 5.6.7.8}]}}',
  ),
  service('ns6', 'svc6', '  clusterIP: 172.30.0.46\n  ports: [{name: p80, port: 80, protocol: TCP, targetPort: 80}]'),
  slice('ns1', 'svc1', '[{addresses: [10.180.0.1]}]'),
  slice('ns2', 'svc2', '[{addresses: [10.180.0.2]}]'),
  slice('ns3', 'svc3', '[{addresses: [10.180.0.3]}]'),
  slice('ns4', 'svc4', '[{addresses: [10.180.0.4]}, {addresses: [10.180.0.5], nodeName: test-node}]'),
  slice('ns5', 'svc5', '[{addresses: [10.180.0.3]}]'),
].join('');

export const cluster = buildCluster([{ name: 'overall.yaml', text: manifest }], {
  serviceCIDRs: ['172.30.0.0/16'],
  podCIDRs: ['10.0.0.0/8'],
  nodePortRange: { min: 3000, max: 30000 },
});
Object.freeze(cluster);
