/**
 * The workload controllers, re-run after an event changed a workload's Pods or its replicas:
 * ReplicaSet and ReplicationController (manageReplicas), StatefulSet (stateful_set_control.go) and
 * DaemonSet (daemon_controller.go manage). Each creates what is missing and deletes what is too
 * much, as a settled cluster would show it.
 */
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { labelSelectorAsSelector, selectorFromSet, selectorMatches, type Selector } from '../labels/selector.ts';
import type { DaemonSet, Entry, Pod, ReplicaSet, ReplicationController, StatefulSet } from '../objects.ts';
import { daemonSetPod, nodeOfPod } from '../controllers/daemon-set.ts';
import { isPodTerminal } from '../controllers/pod-conditions.ts';
import { claimPods, controllerOf, groupPodsByNamespace, ownerOf, placeDerivedPod, podFromTemplate, takeGeneratedName, uidOf, type Owner } from '../controllers/pod-template.ts';
import { createPod, insertPod, removePod, type EventRun, type Reconciled, type WorkloadCollection } from './overlay-state.ts';
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

/** manageReplicas: create `replicas - active` Pods named from the owner's prefix, or delete the surplus. */
function reconcileReplicas(run: EventRun, owner: PodOwner & { kind: 'ReplicaSet' | 'ReplicationController' }, cause: string, after?: string): Reconciled {
  const info = ownerInfo(owner);
  const spec = owner.entry.object.spec;
  const namespace = info.metadata.namespace ?? '';
  const prefix = `${info.metadata.name ?? ''}-`;
  const claimed = claimedPods(run, owner);
  // FilterActivePods: a terminating Pod no longer counts, so its replacement is created at once.
  const active = claimed.filter((entry) => !isPodTerminal(entry.object) && entry.object.metadata?.deletionTimestamp === undefined);
  const replicas = spec?.replicas ?? 1;
  const nodes = run.state.nodes.map((entry) => entry.object);
  const created: Entry<Pod>[] = [];
  let previous = after ?? claimed.at(-1)?.key;
  for (let i = 0; i < replicas - active.length; i += 1) {
    const name = takeGeneratedName(prefix, `${cause}#${i}`, namespace, run.context.usedNames);
    const pod = podFromTemplate(spec?.template, info, name, run.context.config);
    pod.metadata = { ...pod.metadata, generateName: prefix };
    const made = createPod(run, placeDerivedPod(pod, info, nodes, active.length + i, ['metadata.name', 'metadata.uid']));
    insertPod(run, made, previous);
    previous = made.key;
    created.push(made);
  }
  const deleted = podsToDelete(active, active.length - replicas).map((victim) => {
    removePod(run, victim.key);
    return victim.object.metadata?.name ?? '';
  });
  return { created, deleted };
}

/** manage: every Node that should run the daemon Pod and has none (a terminating one still counts) gets one. */
function reconcileDaemonSet(run: EventRun, owner: PodOwner & { kind: 'DaemonSet' }, cause: string, after?: string): Reconciled {
  const info = ownerInfo(owner);
  const namespace = info.metadata.namespace ?? '';
  const covered = new Set(claimedPods(run, owner).map((entry) => nodeOfPod(entry.object)));
  const created: Entry<Pod>[] = [];
  for (const { object: node } of run.state.nodes) {
    const nodeName = node.metadata?.name ?? '';
    if (covered.has(nodeName)) continue;
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
  if (result.created.length > 0 || result.deleted.length > 0) run.context.dirty.add(owner.entry.key);
  return result;
}

/** `ReplicaSet web-7d4b9c6f5 created web-7d4b9c6f5-q8r2t on worker-2 (10.244.2.9)`, or an empty string. */
export function describeReconciled(owner: PodOwner, result: Reconciled, describe: (pod: Pod) => string): string {
  const name = owner.entry.object.metadata?.name ?? '';
  const parts: string[] = [];
  if (result.created.length > 0) parts.push(`created ${result.created.map((entry) => describe(entry.object)).join(', ')}`);
  if (result.deleted.length > 0) parts.push(`deleted ${result.deleted.join(', ')}`);
  if (result.waiting) parts.push(result.waiting);
  return parts.length === 0 ? '' : `${owner.kind} ${name} ${parts.join(', ')}`;
}
