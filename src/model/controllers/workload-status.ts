/**
 * The status the workload controllers report once their Pods are up, so that `kubectl get deploy,sts,ds`
 * reads as on a settled cluster: pkg/controller/deployment/sync.go calculateStatus,
 * pkg/controller/statefulset/stateful_set_control.go updateStatefulSetStatus, and
 * pkg/controller/daemon/daemon_controller.go updateDaemonSetStatus. A status the input states (a
 * `kubectl get -o yaml` dump) is kept as it is.
 */
import type { DaemonSet, DaemonSetStatus, Deployment, DeploymentStatus, ReplicaSet, StatefulSet, StatefulSetStatus } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import type { Entry } from '../objects.ts';
import { isPodReady, isPodTerminal } from './pod-conditions.ts';
import { controllerOf } from './pod-template.ts';
import type { PodIndex } from './pod-index.ts';

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

export function withDeploymentStatus(entry: Entry<Deployment>, replicaSets: ReadonlyMap<string, Entry<ReplicaSet>[]>, pods: PodIndex): Entry<Deployment> {
  const owned = replicaSets.get(entry.object.metadata?.uid ?? '') ?? [];
  const active = activePods(owned.flatMap((rs) => pods.ownedBy(rs.object.metadata?.uid)));
  const ready = active.filter(isPodReady).length;
  const desired = entry.object.spec?.replicas ?? 1;
  const since = entry.object.metadata?.creationTimestamp;
  // deploymentutil.MaxUnavailable: Available holds while ready >= replicas - maxUnavailable.
  const available = ready >= desired - maxUnavailable(entry.object, desired);
  const status: DeploymentStatus = {
    ...counts({ replicas: active.length, updatedReplicas: active.length, readyReplicas: ready, availableReplicas: ready, unavailableReplicas: Math.max(desired - ready, 0) }),
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
  return withStatus(entry, status);
}

export function withStatefulSetStatus(entry: Entry<StatefulSet>, pods: PodIndex): Entry<StatefulSet> {
  const active = activePods(pods.ownedBy(entry.object.metadata?.uid));
  const ready = active.filter(isPodReady).length;
  const revision = active[0]?.metadata?.labels?.['controller-revision-hash'];
  const status: StatefulSetStatus = {
    ...counts({ currentReplicas: active.length, updatedReplicas: active.length, readyReplicas: ready, availableReplicas: ready }),
    replicas: active.length,
    observedGeneration: entry.object.metadata?.generation ?? 1,
    collisionCount: 0,
    ...(revision ? { currentRevision: revision, updateRevision: revision } : {}),
  };
  return withStatus(entry, status);
}

export function withDaemonSetStatus(entry: Entry<DaemonSet>, pods: PodIndex): Entry<DaemonSet> {
  const active = activePods(pods.ownedBy(entry.object.metadata?.uid));
  const ready = active.filter(isPodReady).length;
  const status: DaemonSetStatus = {
    ...counts({ numberReady: ready, numberAvailable: ready, updatedNumberScheduled: active.length, numberUnavailable: active.length - ready }),
    currentNumberScheduled: active.length,
    desiredNumberScheduled: active.length,
    numberMisscheduled: 0,
    observedGeneration: entry.object.metadata?.generation ?? 1,
  };
  return withStatus(entry, status);
}
