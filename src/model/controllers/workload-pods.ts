/**
 * Step 2 of runControllers: every workload's Pods, and the scheduling of the Pods the input
 * writes without a Node. Each derived Pod's `source` is its workload's.
 */
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { DaemonSet, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { ReplicationController } from 'kubernetes-types/core/v1';
import type { ClusterConfig } from '../config.ts';
import type { Entry } from '../objects.ts';
import { daemonSetPods } from './daemon-set.ts';
import { groupPodsByNamespace, type DerivedPod } from './pod-template.ts';
import { replicaSetPods, replicationControllerPods } from './replica-set.ts';
import { schedulePod } from './scheduler.ts';
import { statefulSetPods } from './stateful-set.ts';

export interface WorkloadPodsInput {
  readonly config: ClusterConfig;
  readonly nodes: readonly Node[];
  readonly pods: readonly Entry<Pod>[];
  readonly replicaSets: readonly Entry<ReplicaSet>[];
  readonly statefulSets: readonly Entry<StatefulSet>[];
  readonly daemonSets: readonly Entry<DaemonSet>[];
  readonly replicationControllers: readonly Entry<ReplicationController>[];
}

export function makeWorkloadPods(input: WorkloadPodsInput): DerivedPod[] {
  const taken = new Set(input.pods.map((entry) => `${entry.object.metadata?.namespace ?? ''}/${entry.object.metadata?.name ?? ''}`));
  const context = { pods: groupPodsByNamespace(input.pods), nodes: input.nodes, taken, config: input.config };
  return [
    ...input.replicaSets.flatMap((entry) => replicaSetPods(entry, context)),
    ...input.replicationControllers.flatMap((entry) => replicationControllerPods(entry, context)),
    ...input.statefulSets.flatMap((entry) => statefulSetPods(entry, context)),
    ...input.daemonSets.flatMap((entry) => daemonSetPods(entry, context)),
  ];
}

/** An input Pod is scheduled unless it names its Node or its status already says the scheduler gave up. */
export function scheduleInputPod(entry: Entry<Pod>, nodes: readonly Node[]): DerivedPod {
  const pod = entry.object;
  const gaveUp = pod.status?.conditions?.some((condition) => condition.type === 'PodScheduled' && condition.status === 'False');
  if (pod.spec?.nodeName || gaveUp) return { pod, source: entry.source, simulated: entry.simulated };
  const result = schedulePod(pod.spec ?? { containers: [] }, nodes, entry.key, 0);
  if (!result.scheduled) return { pod, source: entry.source, simulated: entry.simulated, unschedulable: result.message };
  return {
    pod: { ...pod, spec: { ...pod.spec, containers: pod.spec?.containers ?? [], nodeName: result.nodeName } },
    source: entry.source,
    simulated: [...entry.simulated, 'spec.nodeName'],
  };
}
