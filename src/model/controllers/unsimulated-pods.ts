/**
 * The Pods a controller would create past the budget (pod-budget.ts): not materialised, but
 * counted as the simulator would have made them. They are placed as the scheduler places replicas
 * (its round-robin in closed form), and they take their Nodes' addresses by count, in creation
 * order, so a Pod is Running and Ready exactly when one materialised in its place would be, and
 * the Pods created after them find the ranges as full as they would. The workload's status counts
 * them; EndpointSlices, DNS and the graph, which list Pods one by one, see only the materialised.
 */
import type { Node, PodSpec } from 'kubernetes-types/core/v1';
import type { Entry, PodSample, SourceRef } from '../objects.ts';
import type { PodIpam } from './pod-ipam.ts';

/** Per Node (`''`: no Node fits), the Pods counted there and how many of them are ready. */
export type NodeTally = ReadonlyMap<string, { readonly pods: number; readonly ready: number }>;

/** What one owner's controller did not materialise. */
export interface Unsimulated {
  /** `pods` and `ready` summed over the Nodes. */
  readonly pods: number;
  readonly ready: number;
  readonly byNode: NodeTally;
  readonly limit: 'workload' | 'cluster';
  /** A StatefulSet's counted Pods hold the ordinals from this one on (the highest). */
  readonly from?: number;
}

/** Unsimulated Pods by the key of the owner that counts them (`ReplicaSet/ns/name`). */
export type UnsimulatedByOwner = ReadonlyMap<string, Unsimulated>;

/** Pods a controller counts but does not materialise, placed and waiting for their addresses. */
export interface UnsimulatedPlan {
  /** The owner's entry key. */
  readonly owner: string;
  /** The owner's source: the plan takes its addresses right after the owner's materialised Pods. */
  readonly source?: SourceRef;
  /** Pods per Node, as spreadPods placed them. */
  readonly placement: ReadonlyMap<string, number>;
  readonly hostNetwork: boolean;
  readonly limit: 'workload' | 'cluster';
  readonly from?: number;
}

export interface SettleContext {
  readonly nodes: ReadonlyMap<string, Node>;
  readonly ipam: PodIpam;
}

export function planUnsimulated(
  owner: Entry<object>,
  spec: PodSpec | undefined,
  placement: ReadonlyMap<string, number>,
  limit: 'workload' | 'cluster',
  from?: number,
): UnsimulatedPlan {
  return { owner: owner.key, ...(owner.source ? { source: owner.source } : {}), placement, hostNetwork: spec?.hostNetwork === true, limit, ...(from === undefined ? {} : { from }) };
}

/**
 * The kubelets' part (pod-status.ts completePodStatus), by count: on a Node that exists, a Pod with
 * an address runs and is ready; a hostNetwork Pod uses the Node's own; the rest stay Pending.
 */
export function settleUnsimulated(plan: UnsimulatedPlan, context: SettleContext): Unsimulated {
  const byNode = new Map<string, { pods: number; ready: number }>();
  for (const [node, pods] of plan.placement) {
    const exists = node !== '' && context.nodes.has(node);
    const ready = !exists ? 0 : plan.hostNetwork ? pods : context.ipam.reserve(node, pods);
    byNode.set(node, { pods, ready });
  }
  return { ...sumOf(byNode), byNode, limit: plan.limit, ...(plan.from === undefined ? {} : { from: plan.from }) };
}

/**
 * Under OrderedReady a StatefulSet creates a Pod only once the one before is Running and Ready
 * (stateful_set_control.go): of `count` Pods going round-robin over `order`, how many it creates
 * before the first that gets no address, that one included. A Node's Pods are unready from its
 * `room`-th on, so the first unready Pod is found per Node, not Pod by Pod.
 */
export function orderedReadyCount(order: readonly string[], count: number, room: (node: string) => number): number {
  if (order.length === 0) return Math.min(count, 1);
  let firstUnready = Infinity;
  order.forEach((node, index) => {
    firstUnready = Math.min(firstUnready, room(node) * order.length + index);
  });
  return Math.min(count, firstUnready + 1);
}

function sumOf(byNode: NodeTally): { pods: number; ready: number } {
  let pods = 0;
  let ready = 0;
  for (const tally of byNode.values()) {
    pods += tally.pods;
    ready += tally.ready;
  }
  return { pods, ready };
}

/** Two tallies of one owner, as one (a scale event adds Pods to those counted before). */
export function mergeUnsimulated(a: Unsimulated | undefined, b: Unsimulated): Unsimulated {
  if (!a) return b;
  const byNode = new Map(a.byNode);
  for (const [node, tally] of b.byNode) {
    const before = byNode.get(node);
    byNode.set(node, before ? { pods: before.pods + tally.pods, ready: before.ready + tally.ready } : tally);
  }
  return { ...sumOf(byNode), byNode, limit: b.limit, ...(a.from === undefined ? {} : { from: a.from }) };
}

/**
 * The tally once `count` of its Pods are gone, those the controllers give up first: a Pod no Node
 * fits, then a Pending one, then a ready one; on the Node with the most first
 * (pods-to-delete.ts ranks doubled-up Pods lower). Returns undefined when none is left.
 */
export function removeUnsimulated(tally: Unsimulated, count: number): Unsimulated | undefined {
  let left = Math.min(count, tally.pods);
  const byNode = new Map([...tally.byNode].map(([node, t]) => [node, { ...t }]));
  const take = (node: string, n: number, kind: 'pending' | 'ready'): void => {
    const t = byNode.get(node);
    if (!t || n <= 0) return;
    t.pods -= n;
    if (kind === 'ready') t.ready -= n;
    left -= n;
  };
  take('', Math.min(left, byNode.get('')?.pods ?? 0), 'pending');
  for (const kind of ['pending', 'ready'] as const) {
    const count = (node: string): number => {
      const t = byNode.get(node);
      return t === undefined ? 0 : kind === 'pending' ? t.pods - t.ready : t.ready;
    };
    // One at a time from the fullest Node would be exact but slow; levelling by rounds is the same.
    while (left > 0) {
      const nodes = [...byNode.keys()].filter((node) => count(node) > 0).sort((a, b) => count(b) - count(a) || (a < b ? -1 : 1));
      const top = nodes[0];
      if (top === undefined) break;
      const next = nodes[1] === undefined ? 0 : count(nodes[1]);
      const level = nodes.filter((node) => count(node) === count(top));
      const each = Math.max(Math.min(count(top) - next, Math.floor(left / level.length)), 1);
      for (const node of level) take(node, Math.min(each, left, count(node)), kind);
    }
  }
  for (const [node, t] of byNode) if (t.pods === 0) byNode.delete(node);
  const sum = sumOf(byNode);
  return sum.pods === 0 ? undefined : { ...sum, byNode, limit: tally.limit, ...(tally.from === undefined ? {} : { from: tally.from }) };
}

/** The public form on the workload's entry: the exact count, and how many of the Pods are in Cluster.pods. */
export function toPodSample(tally: Unsimulated, simulated: number): PodSample {
  const unsimulated = [...tally.byNode]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([node, t]) => ({ node, pods: t.pods, ready: t.ready }));
  return { pods: simulated + tally.pods, simulated, limit: tally.limit, unsimulated };
}
