import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster.ts';
import type { Cluster } from '../cluster-types.ts';

/**
 * Objects the input declares replace the built-in ones they stand for (DESIGN "Objects in the
 * input replace the defaults they name"): CoreDNS Pods as `kubectl get pods -n kube-system -o yaml`
 * prints them replace kubeadm's CoreDNS Deployment (cmd/kubeadm/app/phases/addons/dns/manifests.go,
 * selector k8s-app: kube-dns), so kube-dns has the declared endpoints and no others.
 */
const pod = (name: string, ip: string, labels: Record<string, string>, namespace = 'kube-system', owner = '') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: ${namespace}
  labels:
${Object.entries(labels).map(([k, v]) => `    ${k}: ${v}`).join('\n')}${owner}
spec:
  nodeName: worker-1
  containers:
  - name: main
    image: registry.k8s.io/coredns/coredns:v1.11.3
status:
  phase: Running
  podIP: ${ip}
  podIPs:
  - ip: ${ip}
  conditions:
  - type: Ready
    status: "True"
`;

const ownedBy = (replicaSet: string) => `
  ownerReferences:
  - apiVersion: apps/v1
    kind: ReplicaSet
    name: ${replicaSet}
    uid: 6f1c2a40-0000-4000-8000-000000000001
    controller: true`;

const replicaSet = (name: string, labels: string) => `apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: ${name}
  namespace: kube-system
spec:
  replicas: 2
  selector:
    matchLabels:
      ${labels}
  template:
    metadata:
      labels:
        ${labels}
    spec:
      containers:
      - name: coredns
        image: registry.k8s.io/coredns/coredns:v1.11.3
`;

const build = (docs: string[]): Cluster => buildCluster([{ name: 'dump.yaml', text: docs.join('---\n') }]);

function kubeDnsEndpoints(cluster: Cluster): string[] {
  return cluster.endpointSlices
    .filter((e) => e.object.metadata?.namespace === 'kube-system' && e.object.metadata.labels?.['kubernetes.io/service-name'] === 'kube-dns')
    .flatMap((e) => (e.object.endpoints ?? []).flatMap((ep) => ep.addresses))
    .sort();
}

const workloads = (cluster: Cluster): string[] => [...cluster.deployments, ...cluster.daemonSets].map((e) => e.key);
const DNS = { 'k8s-app': 'kube-dns' };

describe('built-in workloads the input stands in for', () => {
  it('the built-in cluster has two CoreDNS endpoints', () => expect(kubeDnsEndpoints(build([]))).toHaveLength(2));
  // 'built-in': the endpoints of the built-in CoreDNS Pods, whose IPs the simulator allocates.
  const builtin = kubeDnsEndpoints(build([]));
  it.each<[string, string[], string[] | 'built-in', string[]]>([
    [
      "a GKE-style dump: kube-dns-* Pods of a ReplicaSet the built-in Deployment would not name",
      [pod('kube-dns-5b8f7c6d4-abcde', '10.244.1.2', { ...DNS, 'pod-template-hash': '5b8f7c6d4' }, 'kube-system', ownedBy('kube-dns-5b8f7c6d4')), pod('kube-dns-5b8f7c6d4-fghij', '10.244.2.3', { ...DNS, 'pod-template-hash': '5b8f7c6d4' }, 'kube-system', ownedBy('kube-dns-5b8f7c6d4'))],
      ['10.244.1.2', '10.244.2.3'],
      ['DaemonSet/kube-system/kube-proxy'],
    ],
    [
      'CoreDNS Pods without owner or pod-template-hash',
      [pod('coredns-a', '10.244.1.2', DNS), pod('coredns-b', '10.244.2.3', DNS)],
      ['10.244.1.2', '10.244.2.3'],
      ['DaemonSet/kube-system/kube-proxy'],
    ],
    [
      'a single declared CoreDNS Pod is not topped up to the built-in two replicas',
      [pod('coredns-7db6d8ff4d-4xk2p', '10.244.1.2', { ...DNS, 'pod-template-hash': '7db6d8ff4d' }, 'kube-system', ownedBy('coredns-7db6d8ff4d'))],
      ['10.244.1.2'],
      ['DaemonSet/kube-system/kube-proxy'],
    ],
    [
      "kube-proxy Pods replace kubeadm's kube-proxy DaemonSet, and only it",
      [pod('kube-proxy-x1', '172.18.0.3', { 'k8s-app': 'kube-proxy' })],
      'built-in',
      ['Deployment/kube-system/coredns'],
    ],
    [
      'a Pod with the label in another namespace stands for nothing',
      [pod('imposter', '10.244.1.9', DNS, 'default')],
      'built-in',
      ['Deployment/kube-system/coredns', 'DaemonSet/kube-system/kube-proxy'],
    ],
    ['no input', [], 'built-in', ['Deployment/kube-system/coredns', 'DaemonSet/kube-system/kube-proxy']],
  ])('%s', (_name, docs, endpoints, remaining) => {
    const cluster = build(docs);
    expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(kubeDnsEndpoints(cluster)).toEqual(endpoints === 'built-in' ? builtin : endpoints);
    expect(workloads(cluster)).toEqual(remaining);
  });

  it('an input ReplicaSet whose template the CoreDNS selector matches replaces the Deployment', () => {
    const cluster = build([replicaSet('coredns-5d78c9869d', 'k8s-app: kube-dns')]);
    expect(workloads(cluster)).toEqual(['DaemonSet/kube-system/kube-proxy']);
    expect(cluster.pods.filter((p) => p.object.metadata?.labels?.['k8s-app'] === 'kube-dns').map((p) => p.object.metadata?.ownerReferences?.[0]?.name)).toEqual([
      'coredns-5d78c9869d',
      'coredns-5d78c9869d',
    ]);
    expect(kubeDnsEndpoints(cluster)).toHaveLength(2);
  });

  it('a workload whose template the selector does not match leaves the built-in alone', () => {
    const cluster = build([replicaSet('metrics-server-7f9c', 'k8s-app: metrics-server')]);
    expect(workloads(cluster)).toEqual(['Deployment/kube-system/coredns', 'DaemonSet/kube-system/kube-proxy']);
  });
});
