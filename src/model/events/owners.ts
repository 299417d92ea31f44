/**
 * The workload controllers, re-run after an event changed a workload's Pods or its replicas:
 * ReplicaSet and ReplicationController (manageReplicas), StatefulSet (stateful_set_control.go) and
 * DaemonSet (daemon_controller.go manage). Each creates what is missing and deletes what is too
 * much, as a settled cluster would show it.
 */
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { labelSelectorAsSelector, selectorFromSet, selectorMatches, type Selector } from '../labels/selector.ts';
import type { PodSpec } from 'kubernetes-types/core/v1';
import type { DaemonSet, Entry, Pod, ReplicaSet, ReplicationController, StatefulSet } from '../objects.ts';
import { daemonPodFits, daemonSetPod, nodeOfPod } from '../controllers/daemon-set.ts';
import { formatCount } from '../controllers/format-count.ts';
import { isPodReady, isPodTerminal } from '../controllers/pod-conditions.ts';
import { spreadPods } from '../controllers/scheduler.ts';
import { mergeUnsimulated, planUnsimulated, removeUnsimulated, settleUnsimulated } from '../controllers/unsimulated-pods.ts';
import { claimPods, controllerOf, groupPodsByNamespace, ownerOf, placeDerivedPod, podFromTemplate, takeGeneratedName, uidOf, type Owner } from '../controllers/pod-template.ts';
import { createPod, grantPods, insertPod, removePod, type EventRun, type Reconciled, type WorkloadCollection } from './overlay-state.ts';
import { podsToDelete } from './pods-to-delete.ts';
import { reconcileStatefulSet } from './stateful-set-owner.ts';

export type PodOwner =
  | { readonly kind: 'ReplicaSet'; readonly entry: Entry<ReplicaSet> }
  | { readonly kind: 'ReplicationController'; readonly entry: Entry<ReplicationController> }
  | { readonly kind: 'StatefulSet'; readonly entry: Entry<StatefulSet> }
  | { readonly kind: 'DaemonSet'; readonly entry: Entry<DaemonSet> };

const COLLECTIONS: Readonly<Record<PodOwner['kind'], WorkloadCollection>> = {
  ReplicaSet: 'replicaSets',
  ReplicationController: 'replicationControllers',
  StatefulSet: 'statefulSets',
  DaemonSet: 'daemonSets',
};
const OWNER_KINDS = Object.keys(COLLECTIONS) as PodOwner['kind'][];

export function apiVersionOf(kind: PodOwner['kind']): string {
  return kind === 'ReplicationController' ? 'v1' : 'apps/v1';
}

export function ownerInfo(owner: PodOwner): Owner {
  return ownerOf(apiVersionOf(owner.kind), owner.kind, owner.entry);
}

/** The label selector as each kind states it: a ReplicationController's is a plain map, defaulted from its template. */
export function selectorOfOwner(owner: PodOwner): LabelSelector | undefined {
  if (owner.kind !== 'ReplicationController') return owner.entry.object.spec?.selector;
  const spec = owner.entry.object.spec;
  return { matchLabels: spec?.selector ?? spec?.template?.metadata?.labels ?? {} };
}

function matcherOf(owner: PodOwner): Selector {
  return owner.kind === 'ReplicationController' ? selectorFromSet(selectorOfOwner(owner)?.matchLabels ?? {}) : labelSelectorAsSelector(selectorOfOwner(owner));
}

export function ownerMatches(owner: PodOwner, pod: Pod): boolean {
  return selectorMatches(matcherOf(owner), pod.metadata?.labels);
}

function workloads(run: EventRun, namespace: string | undefined): PodOwner[] {
  return OWNER_KINDS.flatMap((kind) =>
    (run.state[COLLECTIONS[kind]] as Entry<ReplicaSet>[])
      .filter((entry) => entry.object.metadata?.namespace === namespace)
      .map((entry) => ({ kind, entry }) as PodOwner),
  );
}

/** The workload whose controller reference the Pod carries (same namespace, name, and uid when stated). */
export function controllerOfPod(run: EventRun, pod: Pod): PodOwner | undefined {
  const reference = controllerOf(pod.metadata);
  if (!reference) return undefined;
  return workloads(run, pod.metadata?.namespace).find(
    (owner) =>
      owner.kind === reference.kind &&
      owner.entry.object.metadata?.name === reference.name &&
      (reference.uid === undefined || reference.uid === uidOf(owner.entry.object.metadata, owner.entry.key)),
  );
}

/**
 * The workload that counts the Pod as its own: its controller, or for an orphan the first one
 * whose selector matches, which adopts it (pkg/controller/controller_ref_manager.go ClaimPods).
 */
export function claimantOf(run: EventRun, pod: Pod): PodOwner | undefined {
  if (controllerOf(pod.metadata)) return controllerOfPod(run, pod);
  if (pod.metadata?.deletionTimestamp !== undefined) return undefined;
  return workloads(run, pod.metadata?.namespace).find((owner) => owner.kind !== 'StatefulSet' && ownerMatches(owner, pod));
}

export function claimedPods(run: EventRun, owner: PodOwner): Entry<Pod>[] {
  return claimPods(ownerInfo(owner), selectorOfOwner(owner), groupPodsByNamespace(run.state.pods.filter((entry) => entry.object.metadata?.namespace === owner.entry.object.metadata?.namespace)));
}

/** The class a Pod falls in for deletion (pods-to-delete.ts rules 1-3): unassigned, not running, running unready, ready. */
function deletionClass(pod: Pod): number {
  if (!pod.spec?.nodeName) return 0;
  if (pod.status?.phase !== 'Running') return 1;
  return isPodReady(pod) ? 3 : 2;
}

/**
 * The surplus, least valuable first. Pods only counted go before materialised ones of the same
 * class (the real order then goes by age and name, which counted Pods do not have), so the sample
 * stays as large as it can.
 */
function deleteSurplus(run: EventRun, owner: PodOwner, active: readonly Entry<Pod>[], surplus: number): string[] {
  if (surplus <= 0) return [];
  let counted = run.context.unsimulated.get(owner.entry.key);
  const ranked = podsToDelete(active, active.length);
  const countedIn = (cls: number): number => {
    const byNode = [...(counted?.byNode ?? new Map<string, { pods: number; ready: number }>())];
    if (cls === 0) return byNode.filter(([node]) => node === '').reduce((n, [, t]) => n + t.pods, 0);
    if (cls === 1) return byNode.filter(([node]) => node !== '').reduce((n, [, t]) => n + t.pods - t.ready, 0);
    return cls === 3 ? (counted?.ready ?? 0) : 0;
  };
  const victims: Entry<Pod>[] = [];
  let left = surplus;
  for (const cls of [0, 1, 2, 3]) {
    const fromCounted = Math.min(left, countedIn(cls));
    if (counted && fromCounted > 0) counted = removeUnsimulated(counted, fromCounted);
    left -= fromCounted;
    for (const pod of ranked) {
      if (left === 0) break;
      if (deletionClass(pod.object) !== cls) continue;
      victims.push(pod);
      left -= 1;
    }
  }
  if (counted) run.context.unsimulated.set(owner.entry.key, counted);
  else run.context.unsimulated.delete(owner.entry.key);
  return victims.map((victim) => {
    removePod(run, victim.key);
    return victim.object.metadata?.name ?? '';
  });
}

/** Counts, places and addresses Pods the budget did not grant, and adds them to the owner's tally. */
function countPods(run: EventRun, owner: PodOwner, spec: PodSpec | undefined, first: number, pods: number, limit: 'workload' | 'cluster'): number {
  const nodes = run.state.nodes.map((entry) => entry.object);
  const placement = spreadPods(spec ?? { containers: [] }, nodes, owner.entry.key, first, pods);
  const tally = settleUnsimulated(planUnsimulated(owner.entry, spec, placement, limit), {
    nodes: new Map(nodes.map((node) => [node.metadata?.name ?? '', node])),
    ipam: run.context.ipam,
  });
  run.context.unsimulated.set(owner.entry.key, mergeUnsimulated(run.context.unsimulated.get(owner.entry.key), tally));
  return tally.pods;
}

/**
 * manageReplicas: create `replicas - active` Pods named from the owner's prefix, as many as the
 * budget grants (the rest counted), or delete the surplus.
 */
function reconcileReplicas(run: EventRun, owner: PodOwner & { kind: 'ReplicaSet' | 'ReplicationController' }, cause: string, after?: string): Reconciled {
  const info = ownerInfo(owner);
  const spec = owner.entry.object.spec;
  const namespace = info.metadata.namespace ?? '';
  const prefix = `${info.metadata.name ?? ''}-`;
  const claimed = claimedPods(run, owner);
  // FilterActivePods: a terminating Pod no longer counts, so its replacement is created at once.
  const active = claimed.filter((entry) => !isPodTerminal(entry.object) && entry.object.metadata?.deletionTimestamp === undefined);
  const replicas = spec?.replicas ?? 1;
  const alreadyCounted = run.context.unsimulated.get(owner.entry.key)?.pods ?? 0;
  const missing = replicas - active.length - alreadyCounted;
  const grant = grantPods(run, missing, active.length);
  const nodes = run.state.nodes.map((entry) => entry.object);
  const created: Entry<Pod>[] = [];
  let previous = after ?? claimed.at(-1)?.key;
  for (let i = 0; i < grant.pods; i += 1) {
    const name = takeGeneratedName(prefix, `${cause}#${i}`, namespace, run.context.usedNames);
    const pod = podFromTemplate(spec?.template, info, name, run.context.config);
    pod.metadata = { ...pod.metadata, generateName: prefix };
    // Counted Pods hold ordinals too: a replacement lands where it would among all of them.
    const made = createPod(run, placeDerivedPod(pod, info, nodes, active.length + alreadyCounted + i, ['metadata.name', 'metadata.uid']));
    insertPod(run, made, previous);
    previous = made.key;
    created.push(made);
  }
  const counted = grant.limit === undefined ? 0 : countPods(run, owner, spec?.template?.spec, active.length + alreadyCounted + grant.pods, missing - grant.pods, grant.limit);
  const deleted = deleteSurplus(run, owner, active, active.length + alreadyCounted - replicas);
  return { created, deleted, ...(counted > 0 ? { counted } : {}) };
}

/** manage: every Node that should run the daemon Pod and has none (a terminating one still counts) gets one, as far as the budget goes. */
function reconcileDaemonSet(run: EventRun, owner: PodOwner & { kind: 'DaemonSet' }, cause: string, after?: string): Reconciled {
  const info = ownerInfo(owner);
  const namespace = info.metadata.namespace ?? '';
  const claimed = claimedPods(run, owner);
  const counted = run.context.unsimulated.get(owner.entry.key);
  const covered = new Set([...claimed.map((entry) => nodeOfPod(entry.object)), ...(counted?.byNode.keys() ?? [])]);
  const uncovered = run.state.nodes.filter(({ object: node }) => !covered.has(node.metadata?.name ?? ''));
  const grant = grantPods(run, uncovered.filter(({ object: node }) => daemonPodFits(owner.entry.object, node)).length, claimed.length);
  const created: Entry<Pod>[] = [];
  for (const [index, { object: node }] of uncovered.entries()) {
    if (grant.limit !== undefined && created.length === grant.pods) {
      const rest = uncovered.slice(index).filter(({ object: other }) => daemonPodFits(owner.entry.object, other));
      const placement = new Map(rest.map(({ object: other }) => [other.metadata?.name ?? '', 1]));
      const tally = settleUnsimulated(planUnsimulated(owner.entry, owner.entry.object.spec?.template?.spec, placement, grant.limit), {
        nodes: new Map(run.state.nodes.map((entry) => [entry.object.metadata?.name ?? '', entry.object])),
        ipam: run.context.ipam,
      });
      run.context.unsimulated.set(owner.entry.key, mergeUnsimulated(counted, tally));
      return { created, deleted: [], counted: tally.pods };
    }
    const nodeName = node.metadata?.name ?? '';
    const name = takeGeneratedName(`${info.metadata.name ?? ''}-`, `${cause}#${nodeName}`, namespace, run.context.usedNames);
    const pod = daemonSetPod(owner.entry, node, name, run.context.config);
    if (!pod) continue;
    const made = createPod(run, { pod, source: info.source, simulated: ['metadata.name', 'metadata.uid'] });
    insertPod(run, made, after);
    created.push(made);
  }
  return { created, deleted: [] };
}

/**
 * Lets the owner's controller catch up with the Pods as they now are. `cause` seeds the names of
 * the Pods it creates (the Pod replaced and the event's position); `after` is where they go in
 * the list of Pods.
 */
export function reconcileOwner(run: EventRun, owner: PodOwner, cause: string, after?: string): Reconciled {
  const result =
    owner.kind === 'StatefulSet'
      ? reconcileStatefulSet(run, owner.entry, ownerInfo(owner), after)
      : owner.kind === 'DaemonSet'
        ? reconcileDaemonSet(run, owner, cause, after)
        : reconcileReplicas(run, owner, cause, after);
  if (result.created.length > 0 || result.deleted.length > 0 || (result.counted ?? 0) > 0) run.context.dirty.add(owner.entry.key);
  return result;
}

/** `ReplicaSet web-7d4b9c6f5 created web-7d4b9c6f5-q8r2t on worker-2 (10.244.2.9)`, or an empty string. */
export function describeReconciled(owner: PodOwner, result: Reconciled, describe: (pod: Pod) => string): string {
  const name = owner.entry.object.metadata?.name ?? '';
  const parts: string[] = [];
  if (result.created.length > 0) parts.push(`created ${describeCreated(result.created.map((entry) => describe(entry.object)))}`);
  if ((result.counted ?? 0) > 0) parts.push(`counted ${formatCount(result.counted ?? 0)} more Pods without simulating them (see the note on the workload)`);
  if (result.deleted.length > 0) parts.push(`deleted ${describeCreated(result.deleted)}`);
  if (result.waiting) parts.push(result.waiting);
  return parts.length === 0 ? '' : `${owner.kind} ${name} ${parts.join(', ')}`;
}

/** A thousand Pods named one by one would make the event's line a page long. */
function describeCreated(names: readonly string[]): string {
  const shown = 10;
  return names.length > shown ? `${names.slice(0, shown).join(', ')} and ${formatCount(names.length - shown)} more` : names.join(', ');
}

/**
 * Drain evicts the counted Pods on the Node too (a DaemonSet's stay): each owner recreates them
 * elsewhere, as counted Pods, spread over the Nodes that fit them now that this one is cordoned.
 */
export function evictCounted(run: EventRun, nodeName: string): string[] {
  const lines: string[] = [];
  const nodes = run.state.nodes.map((entry) => entry.object);
  for (const [key, tally] of [...run.context.unsimulated]) {
    const onNode = tally.byNode.get(nodeName)?.pods ?? 0;
    if (onNode === 0 || key.startsWith('DaemonSet/')) continue;
    const owner = workloads(run, key.split('/')[1]).find((candidate) => candidate.entry.key === key);
    if (!owner) continue;
    const byNode = new Map(tally.byNode);
    byNode.delete(nodeName);
    const { pods, ready } = [...byNode.values()].reduce((sum, t) => ({ pods: sum.pods + t.pods, ready: sum.ready + t.ready }), { pods: 0, ready: 0 });
    const rest = { ...tally, pods, ready, byNode };
    const spec = owner.entry.object.spec?.template?.spec;
    const replicas = (owner.entry.object.spec as { replicas?: number } | undefined)?.replicas ?? 1;
    // A ReplicaSet replaces each evicted Pod on its own, at the ordinal one past the others
    // (reconcileReplicas), so every replacement lands where that ordinal does; a StatefulSet
    // recreates each ordinal, which spread as before.
    const placement =
      owner.kind === 'StatefulSet'
        ? spreadPods(spec ?? { containers: [] }, nodes, key, tally.from ?? 0, onNode)
        : new Map([...spreadPods(spec ?? { containers: [] }, nodes, key, replicas - 1, 1).keys()].map((node) => [node, onNode]));
    const again = settleUnsimulated(planUnsimulated(owner.entry, spec, placement, tally.limit), {
      nodes: new Map(nodes.map((node) => [node.metadata?.name ?? '', node])),
      ipam: run.context.ipam,
    });
    run.context.unsimulated.set(key, mergeUnsimulated(rest, again));
    run.context.dirty.add(key);
    lines.push(`${owner.kind} ${owner.entry.object.metadata?.name ?? ''} recreated its ${formatCount(onNode)} counted Pods of ${nodeName} elsewhere`);
  }
  return lines;
}
