/**
 * The objects the simulated apiserver accepted, by collection, as etcd would hold them: one object
 * per kind, namespace and name, with the metadata the apiserver fills in on create.
 */
import type { Cluster } from '../cluster-types.ts';
import type { ClusterConfig } from '../config.ts';
import { deriveUid } from '../controllers/hash.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { RawObject } from '../manifest/parse.ts';
import { objectKey, type Entry, type KubeObject, type Namespace, type Origin } from '../objects.ts';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import type { Admission } from './admit.ts';
import type { InputIntent } from './intent.ts';

export type Collection = Exclude<keyof Cluster, 'config' | 'diagnostics' | 'input'>;

/** Where each served kind lives in the Cluster; every other served kind is kept in `others`. */
const COLLECTIONS: Readonly<Record<string, Collection>> = {
  'v1/Namespace': 'namespaces',
  'v1/Node': 'nodes',
  'v1/Service': 'services',
  'v1/Pod': 'pods',
  'v1/Endpoints': 'endpoints',
  'v1/ReplicationController': 'replicationControllers',
  'apps/v1/Deployment': 'deployments',
  'apps/v1/ReplicaSet': 'replicaSets',
  'apps/v1/StatefulSet': 'statefulSets',
  'apps/v1/DaemonSet': 'daemonSets',
  'discovery.k8s.io/v1/EndpointSlice': 'endpointSlices',
  'networking.k8s.io/v1/Ingress': 'ingresses',
  'networking.k8s.io/v1/IngressClass': 'ingressClasses',
  'networking.k8s.io/v1/NetworkPolicy': 'networkPolicies',
  'gateway.networking.k8s.io/v1/GatewayClass': 'gatewayClasses',
  'gateway.networking.k8s.io/v1/Gateway': 'gateways',
  'gateway.networking.k8s.io/v1/HTTPRoute': 'httpRoutes',
  'gateway.networking.k8s.io/v1/ReferenceGrant': 'referenceGrants',
};

/** Built-in objects are as old as the cluster; say a month, as a freshly read cluster would show. */
const BUILTIN_AGE_MS = 30 * 24 * 3600 * 1000;

/**
 * The entries of the last build, kept between builds (cluster/build-cache.ts): an object admitted
 * to the same Admission, from the same source and with the same stamp, is stored as the same
 * Entry, so that the controllers can tell it is unchanged by reference.
 */
export interface StoreMemo {
  now: string;
  entries: WeakMap<Admission, Entry<KubeObject>>;
  /** The implicit Namespaces, by name. */
  namespaces: Map<string, Entry<Namespace>>;
}

export function createStoreMemo(): StoreMemo {
  return { now: '', entries: new WeakMap(), namespaces: new Map() };
}

const isSet = (value: unknown): boolean => value !== undefined && value !== null;

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((item, i) => item === b[i]);

export interface AddOptions {
  readonly intent?: InputIntent;
  readonly simulated?: readonly string[];
}

export interface Store {
  /**
   * Stores an admitted object; returns the diagnostic when an object of that name already exists.
   * `intent: 'dump'` marks an input object loaded as stored state (Entry.intent); `simulated`
   * lists fields the simulator made up beyond what admission allocated.
   */
  add(admission: Extract<Admission, { ok: true }>, raw: RawObject, origin: Origin, options?: AddOptions): Diagnostic | undefined;
  entries<T extends object = KubeObject>(collection: Collection): Entry<T>[];
  /** Declared Namespaces, then the ones objects use without declaring them. */
  namespaces(): Entry<Namespace>[];
  undeclaredNamespaces(): { namespace: string; raw: RawObject }[];
  /** Fills what the apiserver sets on create and the input left out: creationTimestamp and uid. */
  stamp<T extends { metadata?: ObjectMeta }>(object: T, key: string, origin: Origin): T;
}

export function createStore(config: ClusterConfig, memo?: StoreMemo): Store {
  // Stamps depend on the clock: a memo of another clock holds nothing to reuse.
  if (memo !== undefined && memo.now !== config.now) {
    memo.now = config.now;
    memo.entries = new WeakMap();
    memo.namespaces = new Map();
  }
  const implicitNamespaces = new Map<string, Entry<Namespace>>();
  const byCollection = new Map<Collection, Entry<KubeObject>[]>();
  const keys = new Map<string, RawObject>();
  const usedNamespaces = new Map<string, RawObject>();
  const builtinTime = new Date(Date.parse(config.now) - BUILTIN_AGE_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');

  const stamp = <T extends { metadata?: ObjectMeta }>(object: T, key: string, origin: Origin): T => {
    const metadata = object.metadata ?? {};
    // A stored object (every object of a dump) has both: it is kept, not copied.
    if (object.metadata !== undefined && isSet(metadata.creationTimestamp) && isSet(metadata.uid)) return object;
    return {
      ...object,
      metadata: {
        ...metadata,
        creationTimestamp: metadata.creationTimestamp ?? (origin === 'builtin' ? builtinTime : config.now),
        uid: metadata.uid ?? deriveUid(key),
      },
    };
  };

  return {
    add(admission, raw, origin, { intent, simulated: invented = [] } = {}) {
      const { object, info } = admission;
      const name = object.metadata?.name ?? '';
      const namespace = info.namespaced ? object.metadata?.namespace ?? 'default' : undefined;
      const key = objectKey(object.kind, name, namespace);
      const earlier = keys.get(key);
      if (earlier) {
        return {
          code: 'ALREADY_EXISTS',
          severity: 'error',
          object: key,
          // The apiserver's AlreadyExists: `services "foo" already exists`.
          message: `${info.plural} "${name}" already exists (first defined at ${earlier.ref.file}:${earlier.ref.line})`,
          range: raw.locate(['metadata', 'name']),
        };
      }
      keys.set(key, raw);
      if (namespace !== undefined && !usedNamespaces.has(namespace)) usedNamespaces.set(namespace, raw);
      const simulated = [
        ...(object.metadata?.creationTimestamp ? [] : ['metadata.creationTimestamp']),
        ...(object.metadata?.uid ? [] : ['metadata.uid']),
        ...admission.allocated,
        ...invented,
      ];
      const collection = COLLECTIONS[`${info.apiVersion}/${info.kind}`] ?? 'others';
      const list = byCollection.get(collection) ?? [];
      const known = memo?.entries.get(admission);
      const same = known !== undefined && known.key === key && known.origin === origin && known.intent === (intent === 'dump' ? intent : undefined) && known.source === raw.ref && sameList(known.simulated, simulated);
      const entry: Entry<KubeObject> = same ? known : { key, object: stamp(object, key, origin), origin, ...(intent === 'dump' ? { intent } : {}), source: raw.ref, simulated };
      memo?.entries.set(admission, entry);
      list.push(entry);
      byCollection.set(collection, list);
      return undefined;
    },
    entries<T extends object>(collection: Collection) {
      return [...(byCollection.get(collection) ?? [])] as unknown as Entry<T>[];
    },
    undeclaredNamespaces() {
      return [...usedNamespaces.entries()]
        .filter(([namespace]) => !keys.has(objectKey('Namespace', namespace)))
        .map(([namespace, raw]) => ({ namespace, raw }));
    },
    namespaces() {
      const declared = (byCollection.get('namespaces') ?? []) as unknown as Entry<Namespace>[];
      const implicit = this.undeclaredNamespaces().map(({ namespace, raw }): Entry<Namespace> => {
        const known = implicitNamespaces.get(namespace) ?? memo?.namespaces.get(namespace);
        const entry = known?.source === raw.ref ? known : implicitNamespace(namespace, raw);
        implicitNamespaces.set(namespace, entry);
        return entry;
      });
      if (memo) memo.namespaces = new Map(implicitNamespaces);
      return [...declared, ...implicit];
    },
    stamp,
  };

  function implicitNamespace(namespace: string, raw: RawObject): Entry<Namespace> {
    const key = objectKey('Namespace', namespace);
    const object = stamp(
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: namespace, labels: { 'kubernetes.io/metadata.name': namespace } },
        spec: { finalizers: ['kubernetes'] },
        status: { phase: 'Active' },
      },
      key,
      'derived',
    );
    return { key, object: object as Namespace, origin: 'derived', source: raw.ref, simulated: ['metadata'] };
  }
}
