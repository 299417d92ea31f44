/**
 * The status the ReplicaSet controller reports (pkg/controller/replicaset/replica_set_utils.go
 * calculateStatus) for the ReplicaSets the simulator made; zero counts are omitted, as omitempty does.
 */
import type { ReplicaSet, ReplicaSetStatus } from 'kubernetes-types/apps/v1';
import type { Entry } from '../objects.ts';
import type { PodIndex } from './pod-index.ts';
import { isPodReady, isPodTerminal } from './pod-conditions.ts';
import { toPodSample, type Unsimulated } from './unsimulated-pods.ts';

export function withReplicaSetStatus(entry: Entry<ReplicaSet>, pods: PodIndex, unsimulated?: Unsimulated): Entry<ReplicaSet> {
  const owned = pods
    .ownedBy(entry.object.metadata?.uid)
    .filter((pod) => !isPodTerminal(pod) && pod.metadata?.deletionTimestamp === undefined);
  // The Pods only counted (pod-budget.ts) count as the materialised ones do.
  const replicas = owned.length + (unsimulated?.pods ?? 0);
  const ready = owned.filter(isPodReady).length + (unsimulated?.ready ?? 0);
  const status: ReplicaSetStatus = { replicas };
  if (replicas > 0) status.fullyLabeledReplicas = replicas;
  if (ready > 0) {
    status.readyReplicas = ready;
    status.availableReplicas = ready;
  }
  status.observedGeneration = entry.object.metadata?.generation ?? 1;
  const { sample: _stale, ...rest } = entry;
  return { ...rest, object: { ...entry.object, status }, ...(unsimulated ? { sample: toPodSample(unsimulated, owned.length) } : {}) };
}
