/**
 * The workloads a learner can scale from the page, summarised: the controllers' own objects stay
 * in the worker.
 */
import type { Cluster, Entry } from '../model/index.ts';

export interface WorkloadSummary {
  /** The object key, `Deployment/NS/NAME`: what a scale event names. */
  readonly key: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly replicas: number;
}

interface Scalable {
  readonly metadata?: { readonly name?: string; readonly namespace?: string; readonly ownerReferences?: readonly unknown[] };
  readonly spec?: { readonly replicas?: number };
}

/**
 * The manifest's Deployments, StatefulSets, and the ReplicaSets and ReplicationControllers nobody
 * owns: `kubectl scale`'s targets. The built-in CoreDNS stays a terminal command away.
 */
export function scalableWorkloads(cluster: Cluster): WorkloadSummary[] {
  const summarise = (kind: string, entries: readonly Entry<Scalable>[]): WorkloadSummary[] =>
    entries
      .filter((entry) => entry.origin === 'input' && (entry.object.metadata?.ownerReferences ?? []).length === 0)
      .map((entry) => ({
        key: entry.key,
        kind,
        namespace: entry.object.metadata?.namespace ?? 'default',
        name: entry.object.metadata?.name ?? '',
        // apps/v1 defaulting gives replicas 1 when the manifest leaves it out.
        replicas: entry.object.spec?.replicas ?? 1,
      }));
  return [
    ...summarise('Deployment', cluster.deployments),
    ...summarise('StatefulSet', cluster.statefulSets),
    ...summarise('ReplicaSet', cluster.replicaSets),
    ...summarise('ReplicationController', cluster.replicationControllers),
  ];
}
