/**
 * The status the ReplicaSet controller reports (pkg/controller/replicaset/replica_set_utils.go
 * calculateStatus) for the ReplicaSets the simulator made; zero counts are omitted, as omitempty does.
 */
import type { ReplicaSet, ReplicaSetStatus } from 'kubernetes-types/apps/v1';
import type { Entry, Pod } from '../objects.ts';
import { isPodReady, isPodTerminal } from './pod-conditions.ts';

export function withReplicaSetStatus(entry: Entry<ReplicaSet>, pods: readonly Entry<Pod>[]): Entry<ReplicaSet> {
  const uid = entry.object.metadata?.uid;
  const owned = pods
    .map((pod) => pod.object)
    .filter((pod) => pod.metadata?.ownerReferences?.some((reference) => reference.controller === true && reference.uid === uid))
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
