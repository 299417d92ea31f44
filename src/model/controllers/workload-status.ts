/**
 * The status the workload controllers report once their Pods are up, so that `kubectl get deploy,sts,ds`
 * reads as on a settled cluster: pkg/controller/deployment/sync.go calculateStatus,
 * pkg/controller/statefulset/stateful_set_control.go updateStatefulSetStatus, and
 * pkg/controller/daemon/daemon_controller.go updateDaemonSetStatus. A status the input states (a
 * `kubectl get -o yaml` dump) is kept as it is.
 */
import type { DaemonSet, DaemonSetStatus, Deployment, DeploymentStatus, ReplicaSet, StatefulSet, StatefulSetStatus } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import type { Entry, PodSample } from '../objects.ts';
import { isPodReady, isPodTerminal } from './pod-conditions.ts';
import { controllerOf } from './pod-template.ts';
import type { PodIndex } from './pod-index.ts';
import { toPodSample, type Unsimulated } from './unsimulated-pods.ts';

/** Pods a controller counts: not finished, not being deleted (controller.FilterActivePods). */
function activePods(pods: readonly Pod[]): Pod[] {
  return pods.filter((pod) => !isPodTerminal(pod) && pod.metadata?.deletionTimestamp === undefined);
}

function withStatus<T extends { status?: object }>(entry: Entry<T>, status: NonNullable<T['status']>): Entry<T> {
  if (entry.object.status && Object.keys(entry.object.status).length > 0) return entry;
  return { ...entry, object: { ...entry.object, status }, simulated: [...entry.simulated, 'status'] };
}

/** omitempty: the API leaves zero counts out. */
function counts<T extends object>(status: T): T {
  return Object.fromEntries(Object.entries(status).filter(([, value]) => value !== 0 && value !== undefined)) as T;
}

/** intstr.GetScaledValueFromIntOrPercent(maxUnavailable, replicas, roundUp=false); Recreate allows none. */
function maxUnavailable(deployment: Deployment, replicas: number): number {
  if (deployment.spec?.strategy?.type === 'Recreate') return 0;
  const value = deployment.spec?.strategy?.rollingUpdate?.maxUnavailable ?? '25%';
  if (typeof value === 'number') return Math.min(value, replicas);
  const percent = /^(\d+)%$/.exec(value);
  return percent ? Math.min(Math.floor((Number(percent[1]) * replicas) / 100), replicas) : 0;
}

/** ReplicaSets by the uid of the Deployment that controls them. */
export function indexReplicaSets(replicaSets: readonly Entry<ReplicaSet>[]): ReadonlyMap<string, Entry<ReplicaSet>[]> {
  const byOwner = new Map<string, Entry<ReplicaSet>[]>();
  for (const rs of replicaSets) {
    const uid = controllerOf(rs.object.metadata)?.uid;
    if (uid === undefined) continue;
    const owned = byOwner.get(uid);
    if (owned) owned.push(rs);
    else byOwner.set(uid, [rs]);
  }
  return byOwner;
}

/** The Pods a controller counts, materialised or only counted, and how many of them are ready. */
function tally(materialised: readonly Pod[], unsimulated: Unsimulated | undefined): { active: Pod[]; pods: number; ready: number } {
  const active = activePods(materialised);
  return { active, pods: active.length + (unsimulated?.pods ?? 0), ready: active.filter(isPodReady).length + (unsimulated?.ready ?? 0) };
}

/** The entry with its sample, when its controller counted Pods it did not materialise. */
function sampled<T extends object>(entry: Entry<T>, sample: PodSample | undefined): Entry<T> {
  if (!sample && !entry.sample) return entry;
  const { sample: _stale, ...rest } = entry;
  return sample ? { ...rest, sample } : rest;
}

/** A Deployment's Pods are its ReplicaSets': their samples, summed. */
function sumSamples(samples: readonly PodSample[]): PodSample | undefined {
  const [first] = samples;
  if (!first) return undefined;
  const byNode = new Map<string, { pods: number; ready: number }>();
  for (const { node, pods, ready } of samples.flatMap((sample) => sample.unsimulated)) {
    const before = byNode.get(node);
    byNode.set(node, { pods: (before?.pods ?? 0) + pods, ready: (before?.ready ?? 0) + ready });
  }
  return {
    pods: samples.reduce((sum, sample) => sum + sample.pods, 0),
    simulated: samples.reduce((sum, sample) => sum + sample.simulated, 0),
    limit: first.limit,
    unsimulated: [...byNode].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([node, t]) => ({ node, ...t })),
  };
}

export function withDeploymentStatus(entry: Entry<Deployment>, replicaSets: ReadonlyMap<string, Entry<ReplicaSet>[]>, pods: PodIndex): Entry<Deployment> {
  const owned = replicaSets.get(entry.object.metadata?.uid ?? '') ?? [];
  const active = activePods(owned.flatMap((rs) => pods.ownedBy(rs.object.metadata?.uid)));
  const samples = owned.flatMap((rs) => (rs.sample ? [rs.sample] : []));
  // A ReplicaSet's sample counts its materialised Pods too: add only those it left out.
  const counted = samples.reduce((sum, sample) => sum + sample.pods - sample.simulated, 0);
  const countedReady = samples.reduce((sum, sample) => sum + sample.unsimulated.reduce((n, t) => n + t.ready, 0), 0);
  const replicas = active.length + counted;
  const ready = active.filter(isPodReady).length + countedReady;
  const desired = entry.object.spec?.replicas ?? 1;
  const since = entry.object.metadata?.creationTimestamp;
  // deploymentutil.MaxUnavailable: Available holds while ready >= replicas - maxUnavailable.
  const available = ready >= desired - maxUnavailable(entry.object, desired);
  const status: DeploymentStatus = {
    ...counts({ replicas, updatedReplicas: replicas, readyReplicas: ready, availableReplicas: ready, unavailableReplicas: Math.max(desired - ready, 0) }),
    observedGeneration: entry.object.metadata?.generation ?? 1,
    conditions: [
      {
        type: 'Available',
        status: available ? 'True' : 'False',
        reason: available ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
        message: available ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.',
        lastTransitionTime: since,
        lastUpdateTime: since,
      },
      {
        type: 'Progressing',
        status: 'True',
        reason: 'NewReplicaSetAvailable',
        message: `ReplicaSet "${owned[0]?.object.metadata?.name ?? ''}" has successfully progressed.`,
        lastTransitionTime: since,
        lastUpdateTime: since,
      },
    ],
  };
  return sampled(withStatus(entry, status), sumSamples(samples));
}

export function withStatefulSetStatus(entry: Entry<StatefulSet>, pods: PodIndex, unsimulated?: Unsimulated): Entry<StatefulSet> {
  const { active, pods: replicas, ready } = tally(pods.ownedBy(entry.object.metadata?.uid), unsimulated);
  const revision = active[0]?.metadata?.labels?.['controller-revision-hash'];
  const status: StatefulSetStatus = {
    ...counts({ currentReplicas: replicas, updatedReplicas: replicas, readyReplicas: ready, availableReplicas: ready }),
    replicas,
    observedGeneration: entry.object.metadata?.generation ?? 1,
    collisionCount: 0,
    ...(revision ? { currentRevision: revision, updateRevision: revision } : {}),
  };
  return sampled(withStatus(entry, status), unsimulated && toPodSample(unsimulated, active.length));
}

export function withDaemonSetStatus(entry: Entry<DaemonSet>, pods: PodIndex, unsimulated?: Unsimulated): Entry<DaemonSet> {
  const { active, pods: scheduled, ready } = tally(pods.ownedBy(entry.object.metadata?.uid), unsimulated);
  const status: DaemonSetStatus = {
    ...counts({ numberReady: ready, numberAvailable: ready, updatedNumberScheduled: scheduled, numberUnavailable: scheduled - ready }),
    currentNumberScheduled: scheduled,
    desiredNumberScheduled: scheduled,
    numberMisscheduled: 0,
    observedGeneration: entry.object.metadata?.generation ?? 1,
  };
  return sampled(withStatus(entry, status), unsimulated && toPodSample(unsimulated, active.length));
}

/** A workload whose status the simulator does not report (a ReplicationController) still says how many of its Pods it counted. */
export function withSample<T extends object>(entry: Entry<T>, pods: PodIndex, unsimulated?: Unsimulated): Entry<T> {
  const uid = (entry.object as { metadata?: { uid?: string } }).metadata?.uid;
  return sampled(entry, unsimulated && toPodSample(unsimulated, activePods(pods.ownedBy(uid)).length));
}
