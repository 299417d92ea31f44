/**
 * The cluster as the runtime overlay sees it between two events: working copies of the collections
 * the events change, and the bookkeeping one event needs (which objects it touched, which
 * workloads must report a fresh status). Only the overlay's own arrays are written: every object
 * is replaced, never mutated, so the controllers' input stays as it was.
 */
import type { ClusterConfig } from '../config.ts';
import type { DaemonSet, Deployment, Entry, KubeObject, Node, Pod, ReplicaSet, ReplicationController, Service, StatefulSet } from '../objects.ts';
import { admitPod, defaultObject } from '../resources/index.ts';
import { deriveUid, generateNameSuffix } from '../controllers/hash.ts';
import type { Grant, PodBudget } from '../controllers/pod-budget.ts';
import type { PodIpam } from '../controllers/pod-ipam.ts';
import type { Unsimulated } from '../controllers/unsimulated-pods.ts';
import { completePodStatus } from '../controllers/pod-status.ts';
import type { DerivedPod } from '../controllers/pod-template.ts';

export interface OverlayCollections {
  readonly nodes: readonly Entry<Node>[];
  readonly pods: readonly Entry<Pod>[];
  readonly deployments: readonly Entry<Deployment>[];
  readonly replicaSets: readonly Entry<ReplicaSet>[];
  readonly statefulSets: readonly Entry<StatefulSet>[];
  readonly daemonSets: readonly Entry<DaemonSet>[];
  readonly replicationControllers: readonly Entry<ReplicationController>[];
}

export type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

/** What every event may read or extend: the clock, the Services, the Pod IPAM, the names already used. */
export interface OverlayContext {
  readonly config: ClusterConfig;
  readonly services: readonly Entry<Service>[];
  /** Shared with step 3, so a new Pod never gets an address another Pod holds or held. */
  readonly ipam: PodIpam;
  /** Shared with step 2: a scale event materialises Pods only as far as the budget goes. */
  readonly budget: PodBudget;
  /** The Pods each owner counts but does not materialise; the controllers update it. */
  readonly unsimulated: Map<string, Unsimulated>;
  /** `namespace/name` of every Pod that existed at any point: a generated name is never handed out twice. */
  readonly usedNames: Set<string>;
  /** Keys of workloads whose status must be recomputed from their Pods. */
  readonly dirty: Set<string>;
  /** How many more Pods runtime events may materialise, all together (EVENT_PODS). */
  readonly eventPods: { left: number };
  /** The Nodes by name, made again only after an event changed one. */
  nodesByName?: ReadonlyMap<string, Node>;
}

/**
 * The most Pods all runtime events together materialise: scaling a workload up and down a
 * thousand times would otherwise create a million. Past it, the Pods they create are counted
 * (controllers/pod-budget.ts).
 */
export const EVENT_PODS = 20_000;

/** The cluster's budget as runtime events see it, within EVENT_PODS. */
export function grantPods(run: EventRun, wanted: number, existing: number): Grant {
  const grant = run.context.budget.grant(wanted, existing);
  const pods = Math.min(grant.pods, run.context.eventPods.left);
  if (pods < grant.pods) run.context.budget.release(grant.pods - pods);
  run.context.eventPods.left -= pods;
  return pods === grant.pods ? grant : { pods, limit: 'cluster' };
}

/** One event being applied: the state it changes, its position in the sequence, what it touched. */
export interface EventRun {
  readonly state: Mutable<OverlayCollections>;
  readonly context: OverlayContext;
  readonly position: number;
  readonly touched: Set<string>;
}

/** What a workload controller did when it caught up. */
export interface Reconciled {
  readonly created: readonly Entry<Pod>[];
  readonly deleted: readonly string[];
  /** Why the controller stopped short (a StatefulSet waiting for a name to be free). */
  readonly waiting?: string;
  /** Pods created past the budget: counted, not materialised (pod-budget.ts). */
  readonly counted?: number;
}

export type WorkloadCollection = 'deployments' | 'replicaSets' | 'statefulSets' | 'daemonSets' | 'replicationControllers';

/** `namespace/name`, or a bare name in `default`, as kubectl resolves it without `-n`. */
export function parseRef(ref: string): { namespace: string; name: string } {
  const slash = ref.indexOf('/');
  return slash < 0 ? { namespace: 'default', name: ref } : { namespace: ref.slice(0, slash), name: ref.slice(slash + 1) };
}

export function podRef(pod: Pod): string {
  return `${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}`;
}

export function findPod(run: EventRun, ref: string): Entry<Pod> | undefined {
  const { namespace, name } = parseRef(ref);
  return run.state.pods.find((entry) => entry.object.metadata?.name === name && (entry.object.metadata?.namespace ?? 'default') === namespace);
}

export function findNode(run: EventRun, name: string): Entry<Node> | undefined {
  return run.state.nodes.find((entry) => entry.object.metadata?.name === name);
}

/** Replaces the entry with the same key in place, or appends it. */
function put<T extends object>(list: Entry<T>[], entry: Entry<T>): void {
  const index = list.findIndex((item) => item.key === entry.key);
  if (index < 0) list.push(entry);
  else list[index] = entry;
}

export function putPod(run: EventRun, entry: Entry<Pod>): void {
  put(run.state.pods, entry);
  run.context.usedNames.add(podRef(entry.object));
  run.touched.add(entry.key);
}

/** Inserts a new Pod right after `after` (the Pod it replaces, or its workload's last Pod), else at the end. */
export function insertPod(run: EventRun, entry: Entry<Pod>, after?: string): void {
  const index = after === undefined ? -1 : run.state.pods.findIndex((item) => item.key === after);
  if (index < 0 || run.state.pods.some((item) => item.key === entry.key)) put(run.state.pods, entry);
  else run.state.pods.splice(index + 1, 0, entry);
  run.context.usedNames.add(podRef(entry.object));
  run.touched.add(entry.key);
}

export function removePod(run: EventRun, key: string): void {
  const index = run.state.pods.findIndex((item) => item.key === key);
  if (index >= 0) {
    const [removed] = run.state.pods.splice(index, 1);
    if (removed?.origin === 'derived') run.context.budget.release(1);
  }
  run.touched.add(key);
}

export function putNode(run: EventRun, entry: Entry<Node>): void {
  put(run.state.nodes, entry);
  run.context.nodesByName = undefined;
  run.touched.add(entry.key);
}

export function putWorkload<K extends WorkloadCollection>(run: EventRun, collection: K, entry: OverlayCollections[K][number]): void {
  put(run.state[collection] as Entry<object>[], entry as Entry<object>);
  run.touched.add(entry.key);
  run.context.dirty.add(entry.key);
}

/**
 * A Pod a controller creates during the overlay, carried through what step 2 and 3 do to the
 * manifest's Pods: defaulting and admission, then the kubelet's status with an address from the
 * shared IPAM. It is created now, with a uid of its own even when it reuses a name (a StatefulSet's).
 */
export function createPod(run: EventRun, derived: DerivedPod): Entry<Pod> {
  const { config, ipam } = run.context;
  const namespace = derived.pod.metadata?.namespace ?? '';
  const name = derived.pod.metadata?.name ?? '';
  const seed = `Pod/${namespace}/${name}@event${run.position}`;
  const stamped: Pod = { ...derived.pod, metadata: { ...derived.pod.metadata, uid: deriveUid(seed), creationTimestamp: config.now } };
  const defaulted = defaultObject(stamped as unknown as KubeObject) as unknown as Pod;
  const admitted = admitPod(defaulted, generateNameSuffix(`${seed}#token`));
  run.context.nodesByName ??= new Map(run.state.nodes.map((entry) => [entry.object.metadata?.name ?? '', entry.object]));
  const done = completePodStatus(admitted, derived.unschedulable, { nodes: run.context.nodesByName, ipam, now: config.now });
  return {
    key: `Pod/${namespace}/${name}`,
    object: done.pod,
    origin: 'derived',
    ...(derived.source ? { source: derived.source } : {}),
    simulated: [...derived.simulated, ...done.simulated],
  };
}

/** `web-0 on worker-2 (10.244.2.7)`, or why it is still Pending. */
export function describePlacement(pod: Pod): string {
  const name = pod.metadata?.name ?? '';
  const node = pod.spec?.nodeName;
  if (!node) {
    const reason = pod.status?.conditions?.find((condition) => condition.type === 'PodScheduled')?.message;
    return `${name} (Pending${reason ? `: ${reason}` : ''})`;
  }
  const ip = pod.status?.podIP;
  return ip ? `${name} on ${node} (${ip})` : `${name} on ${node} (Pending: no address left in the Node's podCIDR)`;
}
