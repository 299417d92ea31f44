import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEAVY_TEST_TIMEOUT_MS, propertyRuns } from './testing/property.ts';
import { buildCluster } from './cluster.ts';
import type { Cluster } from './cluster-types.ts';

const build = (text: string): Cluster => buildCluster([{ name: 'm.yaml', text }]);
const names = (entries: readonly { key: string }[]) => entries.map((e) => e.key);
const errors = (cluster: Cluster) => cluster.diagnostics.filter((d) => d.severity === 'error');

const service = (name: string, extra = '', namespace = 'default') => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  selector:
    app: ${name}
  ports:
  - port: 80
${extra}`;

describe('buildCluster: the default kubeadm cluster', () => {
  const cluster = build('');

  it('has kubeadm networking, its namespaces and Nodes over zones', () => {
    expect(cluster.services.map((s) => [s.key, s.object.spec?.clusterIP])).toEqual([
      ['Service/default/kubernetes', '10.96.0.1'],
      ['Service/kube-system/kube-dns', '10.96.0.10'],
    ]);
    expect(names(cluster.namespaces)).toEqual([
      'Namespace/default',
      'Namespace/kube-system',
      'Namespace/kube-public',
      'Namespace/kube-node-lease',
    ]);
    expect(cluster.nodes.map((n) => [n.key, n.object.spec?.podCIDR])).toEqual([
      ['Node/control-plane', '10.244.0.0/24'],
      ['Node/worker-1', '10.244.1.0/24'],
      ['Node/worker-2', '10.244.2.0/24'],
      ['Node/worker-3', '10.244.3.0/24'],
    ]);
    expect(cluster.diagnostics).toEqual([]);
  });

  it('runs CoreDNS behind kube-dns, and the apiserver behind kubernetes', () => {
    const coredns = cluster.pods.filter((p) => p.object.metadata?.labels?.['k8s-app'] === 'kube-dns');
    expect(coredns).toHaveLength(2);
    const kubernetesSlice = cluster.endpointSlices.find((s) => s.key === 'EndpointSlice/default/kubernetes');
    expect(kubernetesSlice?.object.endpoints?.map((e) => e.addresses)).toEqual([['172.18.0.2']]);
    expect(kubernetesSlice?.object.ports).toEqual([{ name: 'https', port: 6443, protocol: 'TCP' }]);
  });
});

describe('buildCluster: objects applied in order, as kubectl apply -f', () => {
  it.each([
    [
      'a later Service asking for a taken nodePort is refused, the earlier one kept',
      `${service('a', '    nodePort: 30080\n  type: NodePort\n')}---\n${service('b', '    nodePort: 30080\n  type: NodePort\n')}`,
      ['Service/default/a'],
      ['spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated'],
    ],
    [
      'a clusterIP outside the service CIDR',
      service('a', '  clusterIP: 10.0.0.5\n'),
      [],
      ['spec.clusterIPs: Invalid value: []string{"10.0.0.5"}: failed to allocate IP 10.0.0.5: the provided IP (10.0.0.5) is not in the valid range. The range of valid IPs is 10.96.0.0/12'],
    ],
    [
      'a kind this API server does not serve',
      'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: old\n',
      [],
      ['no matches for kind "Ingress" in version "extensions/v1beta1"'],
    ],
  ])('%s', (_name, text, kept, messages) => {
    const cluster = build(text);
    expect(names(cluster.services).filter((k) => !/kubernetes|kube-dns/.test(k))).toEqual(kept);
    expect(errors(cluster).map((d) => (d.field ? `${d.field}: ${d.message}` : d.message))).toEqual(messages);
  });

  it('refuses an object carrying a resourceVersion when the input is read as manifests (a stored object, not one to create)', () => {
    const cluster = buildCluster([{ name: 'm.yaml', text: service('a').replace('  name: a\n', '  name: a\n  resourceVersion: "123"\n') }], { input: 'manifest' });
    expect(names(cluster.services).filter((k) => !/kubernetes|kube-dns/.test(k))).toEqual([]);
    expect(errors(cluster).map((d) => `${d.field ?? ''}: ${d.message}`)).toEqual(['metadata.resourceVersion: resourceVersion should not be set on objects to be created']);
  });

  it('replaces the built-in default/kubernetes Service with the input one', () => {
    const cluster = build('apiVersion: v1\nkind: Service\nmetadata:\n  name: kubernetes\nspec:\n  clusterIP: 10.96.0.1\n  ports:\n  - port: 443\n');
    expect(cluster.services.filter((s) => s.key === 'Service/default/kubernetes').map((s) => s.origin)).toEqual(['input']);
  });

  it('has exactly the Nodes the input declares', () => {
    const cluster = build('apiVersion: v1\nkind: Node\nmetadata:\n  name: only\nstatus:\n  addresses:\n  - type: InternalIP\n    address: 192.168.1.5\n');
    expect(names(cluster.nodes)).toEqual(['Node/only']);
  });

  it('creates an undeclared namespace, with a note', () => {
    const cluster = build(service('a', '', 'shop'));
    expect(names(cluster.namespaces)).toContain('Namespace/shop');
    // The Service's selector matches no Pod, which is a warning of its own.
    expect(cluster.diagnostics.map((d) => [d.code, d.severity, d.range.line])).toEqual([
      ['NAMESPACE_IMPLICIT', 'info', 5],
      ['SELECTOR_MATCHES_NOTHING', 'warning', 7],
    ]);
  });

  it('marks what it invented as simulated, and keeps what the input states', () => {
    const cluster = build(`${service('a', '  clusterIP: 10.96.5.5\n')}---\n${service('b')}`);
    const [a, b] = ['a', 'b'].map((n) => cluster.services.find((s) => s.key === `Service/default/${n}`));
    expect(a?.simulated).not.toContain('spec.clusterIP');
    expect(a?.object.spec?.clusterIP).toBe('10.96.5.5');
    expect(b?.simulated).toContain('spec.clusterIP');
  });
});

describe('buildCluster: a dump of Deployments and their Pods (kubectl get deploy,pods -o yaml)', () => {
  const pod = (name: string, ip: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  labels: {app: web, pod-template-hash: 5d8f7c9b6d}
  ownerReferences:
  - {apiVersion: apps/v1, kind: ReplicaSet, name: web-5d8f7c9b6d, uid: 0b6c1f2a-0000-4000-8000-000000000001, controller: true, blockOwnerDeletion: true}
spec:
  nodeName: worker-1
  containers: [{name: web, image: nginx}]
status:
  phase: Running
  podIP: ${ip}
  conditions: [{type: Ready, status: "True"}]
`;
  const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: nginx}]}
`;

  it('keeps the Pods with the ReplicaSet they name, rather than making new ones', () => {
    const cluster = build([deployment, pod('web-5d8f7c9b6d-abcde', '10.244.1.7'), pod('web-5d8f7c9b6d-fghij', '10.244.1.8')].join('---\n'));
    expect(names(cluster.replicaSets)).toContain('ReplicaSet/default/web-5d8f7c9b6d');
    expect(names(cluster.replicaSets).filter((k) => k.includes('/default/'))).toHaveLength(1);
    expect(cluster.pods.filter((p) => p.object.metadata?.labels?.app === 'web').map((p) => [p.key, p.object.status?.podIP])).toEqual([
      ['Pod/default/web-5d8f7c9b6d-abcde', '10.244.1.7'],
      ['Pod/default/web-5d8f7c9b6d-fghij', '10.244.1.8'],
    ]);
  });
});

describe('buildCluster: determinism and stability', () => {
  const base = `${service('web', '  type: NodePort\n')}---\napiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx
`;

  it('gives the same cluster for the same input, byte for byte', () => {
    expect(JSON.stringify(build(base))).toBe(JSON.stringify(build(base)));
  });

  // Picks come from a hash of the object's name; two objects that hash alike are settled in
  // document order, so an object written *before* may, on such a collision, take the slot first.
  it('never moves a Service or a Pod when unrelated objects are added after it', () => {
    const facts = (cluster: Cluster) => ({
      service: cluster.services.find((s) => s.key === 'Service/default/web')?.object.spec,
      pods: cluster.pods
        .filter((p) => p.object.metadata?.labels?.app === 'web')
        .map((p) => [p.key, p.object.spec?.nodeName, p.object.status?.podIP]),
    });
    const before = facts(build(base));
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/), { minLength: 1, maxLength: 6 }), (extra) => {
        const others = [...new Set(extra)].filter((n) => n !== 'web').map((n) => service(n, '  type: NodePort\n', 'other'));
        const text = [base, ...others].join('---\n');
        expect(facts(build(text))).toEqual(before);
      }),
      { numRuns: propertyRuns(60) },
    );
  }, HEAVY_TEST_TIMEOUT_MS);

  it('never throws, whatever the text', () => {
    const fragments = ['apiVersion: v1\n', 'kind: Service\n', 'kind: Pod\n', 'kind: List\nitems:\n- ', 'metadata:\n  name: x\n', 'spec:\n', '  ports:\n  - port: 80\n', '  clusterIP: None\n', '  selector: {app: x}\n', '  type: NodePort\n', '---\n', 'status: {podIP: 1.2.3.4}\n', '  - nodePort: 99999\n', ': [', '"', '\t', 'null\n', '- 1\n', 'kind: Deployment\napiVersion: apps/v1\n', '  replicas: -1\n', '  template: {spec: {containers: 3}}\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 14 }), (parts) => {
        const cluster = build(parts.join(''));
        expect(Array.isArray(cluster.diagnostics)).toBe(true);
      }),
      { numRuns: propertyRuns(400) },
    );
  }, HEAVY_TEST_TIMEOUT_MS);
});
