/**
 * The StatefulSet controller after an event (pkg/controller/statefulset/stateful_set_control.go
 * updateStatefulSet): each ordinal's Pod is recreated under the same name once the old one is
 * gone, ordinals past `replicas` are deleted from the highest down, and under OrderedReady
 * (`monotonic`) an unhealthy or terminating Pod stops everything after it.
 */
import type { Entry, Pod, StatefulSet } from '../objects.ts';
import { isPodReady } from '../controllers/pod-conditions.ts';
import { claimPods, groupPodsByNamespace, placeDerivedPod, type Owner } from '../controllers/pod-template.ts';
import { formatCount } from '../controllers/format-count.ts';
import { spreadOrder, spreadPods } from '../controllers/scheduler.ts';
import { statefulSetPod } from '../controllers/stateful-set.ts';
import { mergeUnsimulated, orderedReadyCount, planUnsimulated, removeUnsimulated, settleUnsimulated } from '../controllers/unsimulated-pods.ts';
import { createPod, grantPods, insertPod, removePod, type EventRun, type Reconciled } from './overlay-state.ts';

/** isRunningAndReady, and not terminating (isHealthy). */
function isHealthy(pod: Pod): boolean {
  return pod.status?.phase === 'Running' && isPodReady(pod) && pod.metadata?.deletionTimestamp === undefined;
}

/** getOrdinal: the number after the set's name, or -1 for a Pod that is not a member (isMemberOf). */
function ordinalOf(pod: Pod, setName: string): number {
  const match = /^(.*)-(\d+)$/.exec(pod.metadata?.name ?? '');
  return match && match[1] === setName ? Number(match[2]) : -1;
}

export function reconcileStatefulSet(run: EventRun, entry: Entry<StatefulSet>, owner: Owner, after?: string): Reconciled {
  const set = entry.object;
  const setName = set.metadata?.name ?? '';
  const namespace = set.metadata?.namespace;
  const start = set.spec?.ordinals?.start ?? 0;
  const end = start + (set.spec?.replicas ?? 1);
  const monotonic = (set.spec?.podManagementPolicy ?? 'OrderedReady') === 'OrderedReady';
  const inNamespace = run.state.pods.filter((pod) => pod.object.metadata?.namespace === namespace);
  const claimed = new Set(claimPods(owner, set.spec?.selector, groupPodsByNamespace(inNamespace)));
  const byName = new Map(inNamespace.map((pod) => [pod.object.metadata?.name ?? '', pod]));
  const nodes = run.state.nodes.map((node) => node.object);
  // The Pods counted past the budget (pod-budget.ts) hold the highest ordinals, from `from` on.
  const counted = run.context.unsimulated.get(entry.key);
  const countedFrom = counted?.from ?? end;
  const created: Entry<Pod>[] = [];
  const notes: string[] = [];
  let blocked = false;
  let countedNow = 0;
  const wait = (note: string, stop: boolean): void => {
    notes.push(note);
    blocked ||= stop;
  };
  let previous = after;
  // 1. Replicas, in ordinal order.
  for (let ordinal = start; ordinal < Math.min(end, countedFrom) && !blocked; ordinal += 1) {
    const name = `${setName}-${ordinal}`;
    const holder = byName.get(name);
    if (!holder) {
          const grant = counted ? { pods: 1 } : grantPods(run, 1, claimed.size + created.length);
      if (grant.pods === 0) {
        countedNow = countOrdinals(run, entry, owner, ordinal, end, monotonic, grant.limit ?? 'workload');
        if (countedNow < end - ordinal) wait(`waits for the Pods it counts to be Running and Ready`, true);
        break;
      }
      const made = createPod(run, placeDerivedPod(statefulSetPod(entry, ordinal, run.context.config), owner, nodes, ordinal, ['metadata.uid']));
      insertPod(run, made, previous ?? inNamespace.find((pod) => ordinalOf(pod.object, setName) === ordinal - 1)?.key);
      created.push(made);
      if (monotonic && !isHealthy(made.object)) wait(`waits for ${name} to be Running and Ready`, true);
      previous = undefined;
      continue;
    }
    // The apiserver refuses the create (AlreadyExists) while another Pod holds the name.
    if (!claimed.has(holder)) wait(`cannot create ${name}: pods "${name}" already exists`, monotonic);
    // A Pod's identity is its name: the next one may only be created once the old one is gone.
    else if (holder.object.metadata?.deletionTimestamp !== undefined) wait(`waits for ${name} to terminate before creating it again`, monotonic);
    else if (monotonic && !isHealthy(holder.object)) wait(`waits for ${name} to be Running and Ready`, true);
  }
  // 1b. More ordinals past those counted: counted too.
  if (counted && !blocked && countedFrom + counted.pods < end) {
    const first = countedFrom + counted.pods;
    countedNow = countOrdinals(run, entry, owner, first, end, monotonic, counted.limit);
    if (countedNow < end - first) wait(`waits for the Pods it counts to be Running and Ready`, true);
  }
  // 2. Condemned ordinals, highest first, once every replica is healthy (in monotonic mode): the counted ones first.
  const deleted: string[] = [];
  let gone = 0;
  if (counted && !blocked && countedFrom + counted.pods > end) {
    gone = countedFrom + counted.pods - Math.max(end, countedFrom);
    const left = removeUnsimulated(counted, gone);
    if (left) run.context.unsimulated.set(entry.key, left);
    else run.context.unsimulated.delete(entry.key);
  }
  const condemned = [...claimed]
    .filter((pod) => ordinalOf(pod.object, setName) >= end || (ordinalOf(pod.object, setName) >= 0 && ordinalOf(pod.object, setName) < start))
    .sort((a, b) => ordinalOf(b.object, setName) - ordinalOf(a.object, setName));
  for (const pod of blocked ? [] : condemned) {
    if (pod.object.metadata?.deletionTimestamp !== undefined) {
      if (monotonic) break;
      continue;
    }
    removePod(run, pod.key);
    deleted.push(pod.object.metadata?.name ?? '');
  }
  if (gone > 0) deleted.push(`${formatCount(gone)} counted Pods`);
  return { created, deleted, ...(countedNow > 0 ? { counted: countedNow } : {}), ...(notes.length === 0 ? {} : { waiting: notes.join('; ') }) };
}

/**
 * The ordinals from `first` to `end` the budget leaves unmaterialised, counted as the controller
 * would create them: all at once under Parallel, under OrderedReady up to the first that would
 * not be Running and Ready. Returns how many it counted.
 */
function countOrdinals(
  run: EventRun,
  entry: Entry<StatefulSet>,
  owner: Owner,
  first: number,
  end: number,
  monotonic: boolean,
  limit: 'workload' | 'cluster',
): number {
  const spec = entry.object.spec?.template?.spec ?? { containers: [] };
  const nodes = run.state.nodes.map((node) => node.object);
  const nodesByName = new Map(nodes.map((node) => [node.metadata?.name ?? '', node]));
  const room = (node: string): number => (!nodesByName.has(node) ? 0 : spec.hostNetwork ? Infinity : run.context.ipam.room(node));
  const count = monotonic ? orderedReadyCount(spreadOrder(spec, nodes, owner.key, first), end - first, room) : end - first;
  const placement = spreadPods(spec, nodes, owner.key, first, count);
  const before = run.context.unsimulated.get(entry.key);
  const tally = settleUnsimulated(planUnsimulated(entry, spec, placement, limit, before?.from ?? first), { nodes: nodesByName, ipam: run.context.ipam });
  run.context.unsimulated.set(entry.key, mergeUnsimulated(before, tally));
  return tally.pods;
}
