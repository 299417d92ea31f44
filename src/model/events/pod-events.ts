/**
 * The events that happen to one Pod: deleted, terminating, a readiness probe flipping, labels
 * changed. Each says what kubectl prints, then what the controllers did about it.
 */
import type { RuntimeEvent } from './types.ts';
import type { Entry, Pod } from '../objects.ts';
import { hasSelector } from '../controllers/endpoint-slice-controller.ts';
import { isPodReady } from '../controllers/pod-conditions.ts';
import { controllerOf, controllerRef, uidOf } from '../controllers/pod-template.ts';
import { selectorFromSet, selectorMatches } from '../labels/selector.ts';
import { claimantOf, controllerOfPod, describeReconciled, ownerInfo, ownerMatches, reconcileOwner, type PodOwner } from './owners.ts';
import { describePlacement, findPod, parseRef, putPod, removePod, type EventRun } from './overlay-state.ts';

export interface Applied {
  readonly applied: boolean;
  readonly summary: string;
}

type EventOf<K extends RuntimeEvent['kind']> = Extract<RuntimeEvent, { kind: K }>;

/** The apiserver's 404 as kubectl prints it: `Error from server (NotFound): pods "x" not found`. */
export function notFound(resource: string, name: string): Applied {
  return { applied: false, summary: `Error from server (NotFound): ${resource} "${name}" not found` };
}

function ownerName(owner: PodOwner): string {
  return `${owner.kind} ${owner.entry.object.metadata?.name ?? ''}`;
}

/**
 * Removes a Pod for good, then lets the workload that counted it catch up: a replacement with a
 * new name (a StatefulSet's under the same name, a DaemonSet's on the same Node). Returns what
 * the controller did, or undefined for a Pod no controller counts.
 */
export function removeAndReplace(run: EventRun, entry: Entry<Pod>): string | undefined {
  const owner = claimantOf(run, entry.object);
  const index = run.state.pods.findIndex((pod) => pod.key === entry.key);
  const before = index > 0 ? run.state.pods[index - 1]?.key : undefined;
  removePod(run, entry.key);
  if (!owner) return undefined;
  run.context.dirty.add(owner.entry.key);
  const result = reconcileOwner(run, owner, `${entry.key}@event${run.position}`, before);
  return describeReconciled(owner, result, describePlacement) || `${ownerName(owner)} already has the Pods it wants`;
}

export function deletePod(run: EventRun, event: EventOf<'delete-pod'>): Applied {
  const entry = findPod(run, event.pod);
  if (!entry) return notFound('pods', parseRef(event.pod).name);
  const controllers = removeAndReplace(run, entry) ?? 'no controller owns it, so nothing replaces it';
  return { applied: true, summary: `pod "${entry.object.metadata?.name ?? ''}" deleted; ${controllers}` };
}

/**
 * A graceful delete caught mid-way: the apiserver sets deletionTimestamp and the grace period
 * (pkg/registry/core/pod/strategy.go CheckGracefulDelete: spec.terminationGracePeriodSeconds, 30 by
 * default), the kubelet is still stopping the containers.
 */
export function terminatePod(run: EventRun, event: EventOf<'terminate-pod'>): Applied {
  const entry = findPod(run, event.pod);
  const name = parseRef(event.pod).name;
  if (!entry) return notFound('pods', name);
  const since = entry.object.metadata?.deletionTimestamp;
  if (since !== undefined) return { applied: true, summary: `pod "${name}" deleted; it was already terminating since ${since}` };
  // Counted before it terminates: an orphan is no longer claimable once it has a deletionTimestamp.
  const owner = claimantOf(run, entry.object);
  const grace = entry.object.spec?.terminationGracePeriodSeconds ?? 30;
  const metadata = { ...entry.object.metadata, deletionTimestamp: run.context.config.now, deletionGracePeriodSeconds: grace };
  putPod(run, { ...entry, object: { ...entry.object, metadata } });
  const parts = [`pod "${name}" deleted`, `terminating for up to ${grace}s: its endpoints turn ready=false, terminating=true`];
  if (owner) {
    run.context.dirty.add(owner.entry.key);
    const done = describeReconciled(owner, reconcileOwner(run, owner, `${entry.key}@event${run.position}`, entry.key), describePlacement);
    if (done) parts.push(done);
  } else parts.push('no controller owns it, so nothing replaces it');
  return { applied: true, summary: parts.join('; ') };
}

/** Services in the Pod's namespace whose selector matches it (the EndpointSlice controller's view). */
function selectingServices(run: EventRun, pod: Pod): string[] {
  return run.context.services
    .filter((service) => service.object.metadata?.namespace === pod.metadata?.namespace && hasSelector(service.object))
    .filter((service) => selectorMatches(selectorFromSet(service.object.spec?.selector ?? {}), pod.metadata?.labels))
    .map((service) => service.object.metadata?.name ?? '');
}

/** The kubelet's prober result turned into status (pkg/kubelet/status/status_manager.go): Ready and ContainersReady follow the containers. */
export function setReadiness(run: EventRun, event: EventOf<'readiness'>): Applied {
  const entry = findPod(run, event.pod);
  const name = parseRef(event.pod).name;
  if (!entry) return notFound('pods', name);
  const pod = entry.object;
  const phase = pod.status?.phase ?? 'Pending';
  if (phase !== 'Running') return { applied: false, summary: `pod "${name}" is ${phase}: no container runs, so no readiness probe does` };
  const verb = event.ready ? 'passing' : 'failing';
  if (isPodReady(pod) === event.ready) return { applied: true, summary: `pod "${name}" readiness probe already ${verb}; nothing changes` };
  const now = run.context.config.now;
  const status = event.ready ? 'True' : 'False';
  const names = (pod.spec?.containers ?? []).map((container) => container.name).join(' ');
  const why = event.ready ? {} : { reason: 'ContainersNotReady', message: `containers with unready status: [${names}]` };
  const flipped = (type: string) => ({ type, status, lastTransitionTime: now, ...why });
  const others = (pod.status?.conditions ?? []).filter((condition) => condition.type !== 'Ready' && condition.type !== 'ContainersReady');
  const conditions = [...others, flipped('Ready'), flipped('ContainersReady')];
  const containerStatuses = (pod.status?.containerStatuses ?? []).map((container) => ({ ...container, ready: event.ready }));
  putPod(run, { ...entry, object: { ...pod, status: { ...pod.status, conditions, containerStatuses } } });
  const owner = claimantOf(run, pod);
  if (owner) run.context.dirty.add(owner.entry.key);
  const services = selectingServices(run, pod);
  const effect = services.length === 0 ? 'no Service selects it' : `its endpoints in Service ${services.join(', ')} turn ready=${String(event.ready)}, serving=${String(event.ready)}`;
  return { applied: true, summary: `pod "${name}" readiness probe ${verb}: Ready=${status}; ${effect}` };
}

function relabel(labels: Readonly<Record<string, string>>, changes: Readonly<Record<string, string | null>>): Record<string, string> {
  const out: Record<string, string> = { ...labels };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out;
}

/**
 * `kubectl label pod`: a Pod that leaves its owner's selector is released (controller_ref_manager.go
 * ClaimObject → ReleasePod drops the ownerReference), and its owner creates a replacement; an
 * orphan that now matches a ReplicaSet's selector is adopted, and the surplus deleted.
 */
export function labelPod(run: EventRun, event: EventOf<'label-pod'>): Applied {
  const entry = findPod(run, event.pod);
  const name = parseRef(event.pod).name;
  if (!entry) return notFound('pods', name);
  const before = entry.object.metadata?.labels ?? {};
  const labels = relabel(before, event.labels);
  if (JSON.stringify(labels) === JSON.stringify(before)) return { applied: true, summary: `pod/${name} not labeled` };
  const onlyRemoved = Object.values(event.labels).every((value) => value === null);
  const parts = [`pod/${name} ${onlyRemoved ? 'unlabeled' : 'labeled'}`];
  let pod: Pod = { ...entry.object, metadata: { ...entry.object.metadata, labels } };
  const owner = controllerOfPod(run, entry.object);
  if (owner && !ownerMatches(owner, pod)) {
    const uid = uidOf(owner.entry.object.metadata, owner.entry.key);
    const { ownerReferences, ...rest } = pod.metadata ?? {};
    const kept = (ownerReferences ?? []).filter((reference) => reference.uid !== uid);
    pod = { ...pod, metadata: { ...rest, ...(kept.length > 0 ? { ownerReferences: kept } : {}) } };
    putPod(run, { ...entry, object: pod });
    const done = describeReconciled(owner, reconcileOwner(run, owner, `${entry.key}@event${run.position}`, entry.key), describePlacement);
    parts.push(`${ownerName(owner)} released it (its labels no longer match the selector)${done ? `; ${done}` : ''}`);
  }
  const adopter = controllerOf(pod.metadata) ? undefined : claimantOf(run, pod);
  if (adopter && adopter.kind !== 'DaemonSet' && !ownerMatches(adopter, entry.object)) {
    pod = { ...pod, metadata: { ...pod.metadata, ownerReferences: [...(pod.metadata?.ownerReferences ?? []), controllerRef(ownerInfo(adopter))] } };
    putPod(run, { ...entry, object: pod });
    const done = describeReconciled(adopter, reconcileOwner(run, adopter, `${entry.key}@event${run.position}`, entry.key), describePlacement);
    parts.push(`${ownerName(adopter)} adopted it${done ? `; ${done}` : ''}`);
  } else putPod(run, { ...entry, object: pod });
  return { applied: true, summary: parts.join('; ') };
}
