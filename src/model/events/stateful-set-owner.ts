/**
 * The StatefulSet controller after an event (pkg/controller/statefulset/stateful_set_control.go
 * updateStatefulSet): each ordinal's Pod is recreated under the same name once the old one is
 * gone, ordinals past `replicas` are deleted from the highest down, and under OrderedReady
 * (`monotonic`) an unhealthy or terminating Pod stops everything after it.
 */
import type { Entry, Pod, StatefulSet } from '../objects.ts';
import { isPodReady } from '../controllers/pod-conditions.ts';
import { claimPods, groupPodsByNamespace, placeDerivedPod, type Owner } from '../controllers/pod-template.ts';
import { statefulSetPod } from '../controllers/stateful-set.ts';
import { createPod, insertPod, removePod, type EventRun, type Reconciled } from './overlay-state.ts';

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
  const created: Entry<Pod>[] = [];
  const notes: string[] = [];
  let blocked = false;
  const wait = (note: string, stop: boolean): void => {
    notes.push(note);
    blocked ||= stop;
  };
  let previous = after;
  // 1. Replicas, in ordinal order.
  for (let ordinal = start; ordinal < end && !blocked; ordinal += 1) {
    const name = `${setName}-${ordinal}`;
    const holder = byName.get(name);
    if (!holder) {
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
  // 2. Condemned ordinals, highest first, once every replica is healthy (in monotonic mode).
  const condemned = [...claimed]
    .filter((pod) => ordinalOf(pod.object, setName) >= end || (ordinalOf(pod.object, setName) >= 0 && ordinalOf(pod.object, setName) < start))
    .sort((a, b) => ordinalOf(b.object, setName) - ordinalOf(a.object, setName));
  const deleted: string[] = [];
  for (const pod of blocked ? [] : condemned) {
    if (pod.object.metadata?.deletionTimestamp !== undefined) {
      if (monotonic) break;
      continue;
    }
    removePod(run, pod.key);
    deleted.push(pod.object.metadata?.name ?? '');
  }
  return { created, deleted, ...(notes.length === 0 ? {} : { waiting: notes.join('; ') }) };
}
