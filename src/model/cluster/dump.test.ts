/**
 * A dump (`kubectl get … -o yaml|json`) loads as the stored state of the cluster it came from:
 * values kept, nothing re-allocated or re-created, the dump's own slices served, and drift between
 * them and what the controllers would write reported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildCluster, type BuildOptions } from '../cluster.ts';
import type { Cluster } from '../cluster-types.ts';
import { intentOf } from './intent.ts';

const KIND_DUMP = readFileSync(join(import.meta.dirname, 'testdata/kind-dump.yaml'), 'utf8');

const build = (text: string, options: BuildOptions = {}): Cluster => buildCluster([{ name: 'dump.yaml', text }], options);
const errors = (cluster: Cluster) => cluster.diagnostics.filter((d) => d.severity === 'error');
const codes = (cluster: Cluster, code: string) => cluster.diagnostics.filter((d) => d.code === code);
const keys = (entries: readonly { key: string }[]) => entries.map((e) => e.key).sort();

/** `kubectl get svc web -o yaml` of one Service, wrapped as `kubectl get svc -o yaml` prints a list. */
const ONE_SERVICE_LIST = `apiVersion: v1
items:
- apiVersion: v1
  kind: Service
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"v1","kind":"Service","metadata":{"annotations":{},"name":"web","namespace":"default"},"spec":{"ports":[{"port":80,"targetPort":8080}],"selector":{"app":"web"}}}
    creationTimestamp: "2024-05-14T09:21:37Z"
    name: web
    namespace: default
    resourceVersion: "48213"
    uid: 6f1b2c4e-9a7d-4b1e-8c3f-2d5e7a9b0c11
  spec:
    clusterIP: 10.96.142.7
    clusterIPs:
    - 10.96.142.7
    internalTrafficPolicy: Cluster
    ipFamilies:
    - IPv4
    ipFamilyPolicy: SingleStack
    ports:
    - port: 80
      protocol: TCP
      targetPort: 8080
    selector:
      app: web
    sessionAffinity: None
    type: ClusterIP
  status:
    loadBalancer: {}
kind: List
metadata:
  resourceVersion: ""
`;

describe('intent of an object', () => {
  const raw = (metadata: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    ({ value: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'a', ...metadata }, ...extra } }) as unknown as Parameters<typeof intentOf>[0];
  it.each([
    ['a written manifest', raw({}), 'manifest'],
    ['kubectl create --dry-run=client -o yaml (creationTimestamp: null, status: {})', raw({ creationTimestamp: null }, { status: {} }), 'manifest'],
    ['a List item with resourceVersion ""', raw({ resourceVersion: '' }), 'manifest'],
    ['metadata.resourceVersion', raw({ resourceVersion: '48213' }), 'dump'],
    ['metadata.uid', raw({ uid: '6f1b2c4e-9a7d-4b1e-8c3f-2d5e7a9b0c11' }), 'dump'],
    ['metadata.managedFields', raw({ managedFields: [{ manager: 'kubectl-client-side-apply', operation: 'Update' }] }), 'dump'],
  ])('%s reads as %s under auto', (_name, object, expected) => {
    expect(intentOf(object, 'auto')).toBe(expected);
  });

  it('follows the mode asked for, whatever the object carries', () => {
    expect(intentOf(raw({ resourceVersion: '1' }), 'manifest')).toBe('manifest');
    expect(intentOf(raw({}), 'dump')).toBe('dump');
  });
});

describe('a kind: List of one Service, exactly as kubectl prints it', () => {
  it('loads clean, with its clusterIP kept and a note on what kubectl apply would make of it', () => {
    const cluster = build(ONE_SERVICE_LIST);
    expect(errors(cluster)).toEqual([]);
    expect(cluster.services.find((s) => s.key === 'Service/default/web')?.object.spec?.clusterIP).toBe('10.96.142.7');
    expect(cluster.input).toMatchObject({ requested: 'auto', mode: 'dump', objects: { manifest: 0, dump: 1 } });
    const [note] = codes(cluster, 'STORED_STATE');
    expect(note).toMatchObject({ severity: 'info', field: 'metadata.resourceVersion', object: 'Service/default/web' });
    expect(note?.message).toContain('resourceVersion should not be set on objects to be created');
    expect(note?.message).toContain('delete metadata.resourceVersion');
  });

  it('is refused as today when read as a manifest', () => {
    const cluster = build(ONE_SERVICE_LIST, { input: 'manifest' });
    expect(errors(cluster).map((d) => d.message)).toEqual(['resourceVersion should not be set on objects to be created']);
    expect(cluster.input?.mode).toBe('manifest');
  });

  it('reads the same as -o json', () => {
    const json = JSON.stringify(parse(ONE_SERVICE_LIST), null, 4);
    const cluster = build(json);
    expect(errors(cluster)).toEqual([]);
    expect(cluster.services.find((s) => s.key === 'Service/default/web')?.object.spec?.clusterIPs).toEqual(['10.96.142.7']);
  });
});

describe('a kind cluster dumped with kubectl get pods,svc,deploy,endpointslices,cm,secrets,certificates -A -o yaml', () => {
  const cluster = build(KIND_DUMP);

  it('has no errors, and keeps what a bare simulator does not simulate', () => {
    expect(errors(cluster)).toEqual([]);
    expect(keys(cluster.others).filter((k) => !k.includes('kube-proxy'))).toEqual(
      expect.arrayContaining(['Certificate/default/web-tls', 'ConfigMap/kube-system/coredns', 'Secret/default/web-db']),
    );
    expect(cluster.input).toMatchObject({ mode: 'dump', notSimulated: 3 });
  });

  it('has exactly the dumped Pods: the built-in CoreDNS and kube-proxy run none beside them', () => {
    expect(keys(cluster.pods)).toEqual(['Pod/default/web-5d8f7c9b6-4xk2p', 'Pod/default/web-5d8f7c9b6-9lmqz', 'Pod/kube-system/coredns-7db6d8ff4d-6hm2v']);
  });

  it('keeps the dumped addresses and nodePorts, and the Nodes the Pods name', () => {
    const web = cluster.services.find((s) => s.key === 'Service/default/web')?.object;
    expect(web?.spec?.clusterIPs).toEqual(['10.96.142.7']);
    expect(web?.spec?.ports?.[0]?.nodePort).toBe(31380);
    expect(cluster.services.filter((s) => s.key === 'Service/kube-system/kube-dns').map((s) => s.origin)).toEqual(['input']);
    expect(keys(cluster.nodes)).toEqual(['Node/kind-control-plane', 'Node/kind-worker']);
    expect(cluster.pods.find((p) => p.key === 'Pod/default/web-5d8f7c9b6-4xk2p')?.object.status?.podIP).toBe('10.244.1.5');
  });

  it('serves the dumped slices as they are, and writes Endpoints from the Pods ready in status', () => {
    const slice = cluster.endpointSlices.find((s) => s.key === 'EndpointSlice/default/web-q7m4x');
    expect(slice?.object.endpoints?.map((e) => [e.addresses[0], e.conditions?.ready])).toEqual([
      ['10.244.1.5', true],
      ['10.244.1.6', false],
      ['10.244.1.4', true],
    ]);
    expect(cluster.endpointSlices.filter((s) => s.object.metadata?.labels?.['kubernetes.io/service-name'] === 'web')).toHaveLength(1);
    const endpoints = cluster.endpoints.find((e) => e.key === 'Endpoints/default/web')?.object;
    expect(endpoints?.subsets?.flatMap((s) => (s.addresses ?? []).map((a) => a.ip))).toEqual(['10.244.1.5']);
    expect(endpoints?.subsets?.flatMap((s) => (s.notReadyAddresses ?? []).map((a) => a.ip))).toEqual(['10.244.1.6']);
  });

  it('reports the endpoint of a Pod the dump does not have as drift, naming the slice and the Pod', () => {
    const drift = codes(cluster, 'ENDPOINTSLICE_DRIFT');
    expect(drift).toHaveLength(1);
    expect(drift[0]).toMatchObject({ severity: 'warning', object: 'EndpointSlice/default/web-q7m4x', field: 'endpoints[2].targetRef.name', related: ['Pod/default/web-5d8f7c9b6-zz8wq'] });
    expect(drift[0]?.message).toContain('10.244.1.4 belongs to Pod web-5d8f7c9b6-zz8wq, which the dump does not have');
    expect(codes(cluster, 'ENDPOINTSLICE_STALE_ENDPOINT')).toEqual([]);
  });

  it('is re-created from scratch, with every controller running, when read as manifests', () => {
    const applied = build(KIND_DUMP, { input: 'manifest' });
    expect(errors(applied).every((d) => d.message === 'resourceVersion should not be set on objects to be created' || d.message.startsWith('no matches for kind'))).toBe(true);
  });
});

describe('drift between a dump’s slices and Endpoints and its Pods', () => {
  it('a ready Pod that no slice of its Service lists', () => {
    const text = KIND_DUMP.replace(/ {2}- addresses:\n {4}- 10\.244\.1\.5\n(?: {4}.*\n)+?(?= {2}- addresses:)/, '');
    const missing = codes(build(text), 'ENDPOINTSLICE_MISSING_ENDPOINT');
    expect(missing.map((d) => [d.object, d.related])).toEqual([['EndpointSlice/default/web-q7m4x', ['Pod/default/web-5d8f7c9b6-4xk2p']]]);
  });

  it('an endpoint listed ready whose Pod is not ready', () => {
    const text = KIND_DUMP.replace('    - 10.244.1.6\n    conditions:\n      ready: false', '    - 10.244.1.6\n    conditions:\n      ready: true');
    const drift = codes(build(text), 'ENDPOINTSLICE_DRIFT');
    expect(drift.map((d) => d.message).join(' ')).toContain('Pod web-5d8f7c9b6-9lmqz is listed ready, but its status says not ready');
    expect(drift.flatMap((d) => d.related ?? [])).toContain('Pod/default/web-5d8f7c9b6-9lmqz');
  });

  it('dumped Endpoints that list a not-ready Pod as ready', () => {
    const endpoints = `- apiVersion: v1
  kind: Endpoints
  metadata:
    creationTimestamp: "2025-03-12T14:39:58Z"
    name: web
    namespace: default
    resourceVersion: "20436"
    uid: 3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d
  subsets:
  - addresses:
    - ip: 10.244.1.5
      nodeName: kind-worker
      targetRef:
        kind: Pod
        name: web-5d8f7c9b6-4xk2p
        namespace: default
        uid: 0d9e7c6b-5a4f-4e3d-a2b1-c0d9e8f7a6b5
    - ip: 10.244.1.6
      nodeName: kind-worker
      targetRef:
        kind: Pod
        name: web-5d8f7c9b6-9lmqz
        namespace: default
        uid: 1e0f9d8c-7b6a-4f5e-b3c2-d1e0f9a8b7c6
    ports:
    - name: http
      port: 8080
      protocol: TCP
`;
    const cluster = build(KIND_DUMP.replace('kind: List\n', `${endpoints}kind: List\n`));
    const stored = cluster.endpoints.find((e) => e.key === 'Endpoints/default/web')?.object;
    expect(stored?.subsets?.[0]?.addresses?.map((a) => a.ip)).toEqual(['10.244.1.5', '10.244.1.6']);
    const drift = codes(cluster, 'ENDPOINTS_DRIFT');
    expect(drift.map((d) => [d.object, d.related])).toEqual([['Endpoints/default/web', ['Pod/default/web-5d8f7c9b6-9lmqz']]]);
  });

  it('no drift when the slices are what the controller would write', () => {
    const text = KIND_DUMP.replace(/ {2}- addresses:\n {4}- 10\.244\.1\.4\n(?: {4}.*\n)+?(?= {2}kind: EndpointSlice)/, '');
    const cluster = build(text);
    expect(cluster.diagnostics.filter((d) => /DRIFT|MISSING_ENDPOINT|STALE/.test(d.code))).toEqual([]);
  });

  it('an endpoint whose nodeName is not the node its Pod runs on', () => {
    const text = KIND_DUMP.replace('    nodeName: kind-worker\n    targetRef:\n      kind: Pod\n      name: web-5d8f7c9b6-4xk2p', '    nodeName: kind-control-plane\n    targetRef:\n      kind: Pod\n      name: web-5d8f7c9b6-4xk2p');
    const drift = codes(build(text), 'ENDPOINTSLICE_DRIFT');
    expect(drift.map((d) => d.message).join(' ')).toContain('the endpoint of Pod web-5d8f7c9b6-4xk2p names node kind-control-plane, but the Pod runs on kind-worker');
    expect(drift.flatMap((d) => d.related ?? [])).toContain('Pod/default/web-5d8f7c9b6-4xk2p');
  });

  it('a slice whose port is not the one its Pods resolve the Service’s targetPort to', () => {
    const at = KIND_DUMP.indexOf('name: web-q7m4x');
    const port = KIND_DUMP.indexOf('port: 8080', at);
    const text = `${KIND_DUMP.slice(0, port)}port: 8081${KIND_DUMP.slice(port + 'port: 8080'.length)}`;
    const drift = codes(build(text), 'ENDPOINTSLICE_DRIFT');
    expect(drift.map((d) => d.message).join(' ')).toContain("its ports are http/TCP 8081, but for Pod web-5d8f7c9b6-4xk2p the Service's ports resolve to http/TCP 8080");
  });

  it('a Service with ready Pods and no slice, in a dump that has other Services’ slices', () => {
    const at = KIND_DUMP.indexOf('name: web-q7m4x');
    const start = KIND_DUMP.lastIndexOf('- addressType: IPv4', at);
    const end = KIND_DUMP.indexOf('\n- apiVersion: v1', at) + 1;
    const cluster = build(KIND_DUMP.slice(0, start) + KIND_DUMP.slice(end));
    const missing = codes(cluster, 'ENDPOINTSLICE_MISSING');
    expect(missing.map((d) => [d.object, d.field, d.related])).toEqual([['Service/default/web', 'spec.selector', ['Pod/default/web-5d8f7c9b6-4xk2p']]]);
    expect(missing[0]?.message).toContain('Service web selects a ready Pod (web-5d8f7c9b6-4xk2p), but the dump has no EndpointSlice of it');
    // kube-dns keeps its own slice: nothing to say about it.
    expect(codes(cluster, 'ENDPOINTSLICE_MISSING')).toHaveLength(1);
  });

  it('once a runtime event changes the cluster, the controllers write the slices again', () => {
    const cluster = build(KIND_DUMP, { events: [{ kind: 'delete-pod', pod: 'default/web-5d8f7c9b6-9lmqz' }] });
    const web = cluster.endpointSlices.filter((s) => s.object.metadata?.labels?.['kubernetes.io/service-name'] === 'web');
    const addresses = web.flatMap((s) => (s.object.endpoints ?? []).map((e) => e.addresses[0]));
    expect(addresses).toContain('10.244.1.5');
    expect(addresses).not.toContain('10.244.1.4');
    expect(addresses).not.toContain('10.244.1.6');
  });
});

describe('helm template output', () => {
  it('reads # Source: comments and empty documents as manifests', () => {
    const text = `---
# Source: web/templates/serviceaccount.yaml
---
# Source: web/templates/service.yaml
apiVersion: v1
kind: Service
metadata:
  name: release-web
  labels:
    helm.sh/chart: web-0.1.0
    app.kubernetes.io/managed-by: Helm
spec:
  type: ClusterIP
  ports:
    - port: 80
      targetPort: http
      protocol: TCP
      name: http
  selector:
    app.kubernetes.io/name: web
---
# Source: web/templates/secret.yaml
apiVersion: v1
kind: Secret
metadata:
  name: release-web
type: Opaque
data:
  token: dG9rZW4=
`;
    const cluster = build(text);
    expect(errors(cluster)).toEqual([]);
    expect(cluster.input).toMatchObject({ mode: 'manifest', objects: { manifest: 2, dump: 0 }, notSimulated: 1 });
  });
});
