/**
 * The status the ReplicaSet controller reports (pkg/controller/replicaset/replica_set_utils.go
 * calculateStatus) for the ReplicaSets the simulator made; zero counts are omitted, as omitempty does.
 */
import type { ReplicaSet, ReplicaSetStatus } from 'kubernetes-types/apps/v1';
import type { Entry } from '../objects.ts';
import type { PodIndex } from './pod-index.ts';
import { isPodReady, isPodTerminal } from './pod-conditions.ts';

export function withReplicaSetStatus(entry: Entry<ReplicaSet>, pods: PodIndex): Entry<ReplicaSet> {
  const owned = pods
    .ownedBy(entry.object.metadata?.uid)
    .filter((pod) => !isPodTerminal(pod) && pod.metadata?.deletionTimestamp === undefined);
  const ready = owned.filter(isPodReady).length;
  const status: ReplicaSetStatus = { replicas: owned.length };
  if (owned.length > 0) status.fullyLabeledReplicas = owned.length;
  if (ready > 0) {
    status.readyReplicas = ready;
    status.availableReplicas = ready;
  }
  status.observedGeneration = entry.object.metadata?.generation ?? 1;
  return { ...entry, object: { ...entry.object, status } };
}
