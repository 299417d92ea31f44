/**
 * Manifests as a user might paste or half-type them, for fuzz tests: coherent objects of every kind
 * the explorer draws (Services that select Pods, workloads whose selectors match their templates),
 * then a few fields broken at random (a null, a wrong type, a key named like an Object.prototype
 * member, deep nesting, a huge number, a long string), written out as YAML and now and then cut
 * short or garbled. Mostly valid, so that the views downstream of admission are exercised too.
 */
import fc from 'fast-check';
import { dump } from 'js-yaml';

type Json = Record<string, unknown>;

const APP = fc.constantFrom('web', 'db', 'api');
const NAMESPACE = fc.constantFrom('default', 'default', 'shop', 'kube-system');
const PROTO_KEY = fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf');

/** Numbers at and around every limit the model checks: ports, int32, replicas, floats. */
const EDGE_NUMBER = fc.constantFrom(0, -1, 53, 10250, 30000, 32767, 65535, 65536, 2147483647, 2147483648, -2147483649, 1e21, 1.5, Number.MAX_SAFE_INTEGER);

/** Nesting well past what any field expects, but not so deep that the test is about the parser. */
const DEEP = fc.integer({ min: 1, max: 60 }).map((depth) => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
});

/** Anything a YAML value can be, for a field that expects something else. */
const JUNK: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  EDGE_NUMBER,
  fc.boolean(),
  fc.constantFrom('', ' ', 'None', 'x'.repeat(300), '10.96.0.10', '::1', '1.2.3', 'http', 'tcp', '%%{init: {}}%%', '<b>&amp;</b>', 'a\nb', '\u001b[31mred'),
  fc.constant([]),
  fc.constant([null]),
  fc.constant({}),
  PROTO_KEY.map((key) => JSON.parse(`{"${key}": {"x": 1}}`) as unknown),
  DEEP,
);

/** `out[key] = value`, for keys such as `__proto__` too. */
function setOwn(out: Json, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

const labels = (app: string, extra: Json = {}): Json => ({ app, ...extra });

function containers(app: string, port: number, count: number): Json[] {
  return Array.from({ length: count }, (_, i) => ({
    name: i === 0 ? app : `${app}-sidecar`,
    image: 'nginx',
    ports: [{ name: i === 0 ? 'http' : 'metrics', containerPort: port + i }],
  }));
}

const servicePorts = fc.record({ port: fc.constantFrom(80, 443, 53), targetPort: fc.constantFrom<number | string>(8080, 'http', 9090), protocol: fc.constantFrom('TCP', 'TCP', 'UDP') });

const service = fc
  .record({
    app: APP,
    namespace: NAMESPACE,
    type: fc.constantFrom('ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName', 'ClusterIP'),
    headless: fc.boolean(),
    ports: fc.array(servicePorts, { minLength: 1, maxLength: 2 }),
    policy: fc.constantFrom(undefined, 'Local', 'Cluster'),
    lbHostname: fc.constantFrom(undefined, 'lb.example.com', '%%{init: {"themeCSS": "x"}}%%'),
  })
  .map(({ app, namespace, type, headless, ports, policy, lbHostname }): Json => {
    const spec: Json = { type, ports: ports.map((p, i) => ({ name: `p${i}`, ...p, ...(type === 'NodePort' && i === 0 ? { nodePort: 30080 } : {}) })) };
    if (type === 'ExternalName') spec.externalName = 'api.example.com';
    else spec.selector = labels(app);
    if (type === 'ClusterIP' && headless) spec.clusterIP = 'None';
    if ((type === 'NodePort' || type === 'LoadBalancer') && policy !== undefined) spec.externalTrafficPolicy = policy;
    const status = type === 'LoadBalancer' && lbHostname !== undefined ? { loadBalancer: { ingress: [{ hostname: lbHostname }] } } : undefined;
    return { apiVersion: 'v1', kind: 'Service', metadata: { name: app, namespace }, spec, ...(status ? { status } : {}) };
  });

const pod = fc
  .record({ app: APP, namespace: NAMESPACE, index: fc.nat(3), port: fc.constantFrom(8080, 9090), count: fc.integer({ min: 1, max: 2 }), node: fc.constantFrom(undefined, 'worker-1', 'worker-9'), status: fc.boolean(), ready: fc.boolean() })
  .map(({ app, namespace, index, port, count, node, status, ready }): Json => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `${app}-${index}`, namespace, labels: labels(app) },
    spec: { containers: containers(app, port, count), ...(node ? { nodeName: node } : {}) },
    ...(status ? { status: { podIP: `10.244.1.${index + 5}`, conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] } } : {}),
  }));

/** Replica counts from none to int32's largest: the simulator must cap what it creates, not hang. */
const REPLICAS = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 5 }) }, { weight: 1, arbitrary: fc.constantFrom(250, 100000, 2147483647) });

const workload = fc
  .record({ kind: fc.constantFrom('Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'), app: APP, namespace: NAMESPACE, replicas: REPLICAS, port: fc.constantFrom(8080, 9090) })
  .map(({ kind, app, namespace, replicas, port }): Json => ({
    apiVersion: 'apps/v1',
    kind,
    metadata: { name: app, namespace },
    spec: {
      ...(kind === 'DaemonSet' ? {} : { replicas }),
      ...(kind === 'StatefulSet' ? { serviceName: app } : {}),
      selector: { matchLabels: labels(app) },
      template: { metadata: { labels: labels(app) }, spec: { containers: containers(app, port, 1) } },
    },
  }));

const node = fc.record({ name: fc.constantFrom('worker-1', 'worker-2', 'edge'), ip: fc.constantFrom('10.0.0.5', '10.0.0.6'), cordoned: fc.boolean() }).map(({ name, ip, cordoned }): Json => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name },
  spec: cordoned ? { unschedulable: true } : {},
  status: { addresses: [{ type: 'InternalIP', address: ip }, { type: 'Hostname', address: name }] },
}));

const endpointSlice = fc.record({ app: APP, ready: fc.boolean(), fqdn: fc.boolean() }).map(({ app, ready, fqdn }): Json => ({
  apiVersion: 'discovery.k8s.io/v1',
  kind: 'EndpointSlice',
  metadata: { name: `${app}-manual`, labels: { 'kubernetes.io/service-name': app } },
  addressType: fqdn ? 'FQDN' : 'IPv4',
  ports: [{ name: 'p0', port: 8080, protocol: 'TCP' }],
  endpoints: [{ addresses: [fqdn ? 'db.example.com' : '10.244.2.9'], conditions: { ready }, deprecatedTopology: { zone: 'a' } }],
}));

const endpoints = fc.record({ app: APP, ip: fc.constantFrom('192.0.2.10', '10.244.1.9') }).map(({ app, ip }): Json => ({
  apiVersion: 'v1',
  kind: 'Endpoints',
  metadata: { name: app },
  subsets: [{ addresses: [{ ip }], ports: [{ name: 'p0', port: 8080 }] }],
}));

const ingress = fc.record({ app: APP, host: fc.constantFrom(undefined, 'app.example.com', '*.example.com'), pathType: fc.constantFrom('Prefix', 'Exact', 'ImplementationSpecific') }).map(({ app, host, pathType }): Json => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { name: app },
  spec: { rules: [{ ...(host ? { host } : {}), http: { paths: [{ path: '/api', pathType, backend: { service: { name: app, port: { number: 80 } } } }] } }] },
}));

const networkPolicy = fc.record({ app: APP, types: fc.constantFrom(['Ingress'], ['Egress'], ['Ingress', 'Egress']) }).map(({ app, types }): Json => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: `${app}-only` },
  spec: { podSelector: { matchLabels: labels(app) }, policyTypes: types, ingress: [{ from: [{ podSelector: {} }] }] },
}));

const other = fc.constantFrom<Json>(
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: '1' } },
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } },
  { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec: { size: 3 } },
  { apiVersion: 'extensions/v1beta1', kind: 'Ingress', metadata: { name: 'old' } },
  { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Service', metadata: { name: 'listed' }, spec: { ports: [{ port: 80 }] } }, null] },
);

const OBJECT: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: service },
  { weight: 3, arbitrary: pod },
  { weight: 3, arbitrary: workload },
  { weight: 1, arbitrary: node },
  { weight: 1, arbitrary: endpointSlice },
  { weight: 1, arbitrary: endpoints },
  { weight: 1, arbitrary: ingress },
  { weight: 1, arbitrary: networkPolicy },
  { weight: 1, arbitrary: other },
);

/** Every path to a value of the object, for a mutation to aim at. */
function pathsOf(value: unknown, prefix: readonly (string | number)[] = [], out: (readonly (string | number)[])[] = []): (readonly (string | number)[])[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}

/** One way to break a field: give it junk, drop it, or add a prototype-named key beside it. */
type Mutation = { readonly at: number; readonly kind: 'junk'; readonly value: unknown } | { readonly at: number; readonly kind: 'drop' } | { readonly at: number; readonly kind: 'proto'; readonly key: string; readonly value: unknown };

const MUTATION: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ at: fc.nat(), kind: fc.constant('junk' as const), value: JUNK }) },
  { weight: 2, arbitrary: fc.record({ at: fc.nat(), kind: fc.constant('drop' as const) }) },
  { weight: 1, arbitrary: fc.record({ at: fc.nat(), kind: fc.constant('proto' as const), key: PROTO_KEY, value: JUNK }) },
);

/** The object with one field broken; a mutation aimed at the root replaces the whole document. */
function mutate(object: Json, mutation: Mutation): unknown {
  const copy = JSON.parse(JSON.stringify(object)) as Json; // JSON keeps a `__proto__` key as an own key
  const paths = pathsOf(copy);
  const path = paths[mutation.at % paths.length] ?? [];
  if (path.length === 0) return mutation.kind === 'junk' ? mutation.value : copy;
  const parent = path.slice(0, -1).reduce<unknown>((at, key) => (at as Json)[key as string], copy) as Json;
  const key = path[path.length - 1] as string;
  if (mutation.kind === 'junk') setOwn(parent, key, mutation.value);
  else if (mutation.kind === 'drop') delete parent[key];
  else if (typeof parent[key] === 'object' && parent[key] !== null && !Array.isArray(parent[key])) setOwn(parent[key] as Json, mutation.key, mutation.value);
  return copy;
}

/** An object with up to two fields broken, most of them with none. */
const BROKEN_OBJECT = fc
  .tuple(OBJECT, fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 2, arbitrary: fc.array(MUTATION, { minLength: 1, maxLength: 2 }) }))
  .map(([object, mutations]) => mutations.reduce<unknown>((value, mutation) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? mutate(value as Json, mutation) : value), object));

/** How the text is damaged after it is written: not at all, cut short, or a character swapped in. */
const DAMAGE = fc.oneof(
  { weight: 8, arbitrary: fc.constant((text: string) => text) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((at) => (text: string) => text.slice(0, Math.floor(text.length * at))) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(':', '-', '[', '{', '"', '\t', '&', '*', '!', '|', '\n', '#', '? ')).map(
      ([at, char]) => (text: string) => {
        const i = Math.floor(text.length * at);
        return text.slice(0, i) + char + text.slice(i + 1);
      },
    ),
  },
);

/** A manifest: some objects as YAML documents, possibly damaged. */
export const manifestText: fc.Arbitrary<string> = fc
  .tuple(fc.array(BROKEN_OBJECT, { minLength: 1, maxLength: 6 }), DAMAGE)
  .map(([objects, damage]) => damage(objects.map((object) => dump(object, { noRefs: true, lineWidth: -1, skipInvalid: true })).join('---\n')));
