/**
 * Step 2 of runControllers: every workload's Pods, and the scheduling of the Pods the input
 * writes without a Node. Each derived Pod's `source` is its workload's.
 */
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { DaemonSet, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { ReplicationController } from 'kubernetes-types/core/v1';
import type { ClusterConfig } from '../config.ts';
import type { Entry, SourceRef } from '../objects.ts';
import { creationOrder } from './apply-order.ts';
import { daemonSetPods } from './daemon-set.ts';
import type { PodBudget } from './pod-budget.ts';
import { groupPodsByNamespace, type DerivedPod, type OwnedPods } from './pod-template.ts';
import { replicaSetPods, replicationControllerPods } from './replica-set.ts';
import { schedulePod } from './scheduler.ts';
import { statefulSetPods } from './stateful-set.ts';
import type { UnsimulatedPlan } from './unsimulated-pods.ts';

export interface WorkloadPodsInput {
  readonly config: ClusterConfig;
  readonly nodes: readonly Node[];
  readonly pods: readonly Entry<Pod>[];
  readonly replicaSets: readonly Entry<ReplicaSet>[];
  readonly statefulSets: readonly Entry<StatefulSet>[];
  readonly daemonSets: readonly Entry<DaemonSet>[];
  readonly replicationControllers: readonly Entry<ReplicationController>[];
  /** The files in the order `kubectl apply` reads them (apply-order.ts fileOrder). */
  readonly files: ReadonlyMap<string, number>;
  readonly budget: PodBudget;
}

export interface WorkloadPods {
  /** Every workload's materialised Pods: ReplicaSets', ReplicationControllers', StatefulSets', then DaemonSets'. */
  readonly pods: DerivedPod[];
  /** The Pods the budget left unmaterialised, one plan per workload. */
  readonly unsimulated: UnsimulatedPlan[];
}

export function makeWorkloadPods(input: WorkloadPodsInput): WorkloadPods {
  const taken = new Set(input.pods.map((entry) => `${entry.object.metadata?.namespace ?? ''}/${entry.object.metadata?.name ?? ''}`));
  const context = { pods: groupPodsByNamespace(input.pods), nodes: input.nodes, taken, config: input.config, budget: input.budget };
  const jobs: { readonly source?: SourceRef; readonly run: () => OwnedPods }[] = [
    ...input.replicaSets.map((entry) => ({ source: entry.source, run: () => replicaSetPods(entry, context) })),
    ...input.replicationControllers.map((entry) => ({ source: entry.source, run: () => replicationControllerPods(entry, context) })),
    ...input.statefulSets.map((entry) => ({ source: entry.source, run: () => statefulSetPods(entry, context) })),
    ...input.daemonSets.map((entry) => ({ source: entry.source, run: () => daemonSetPods(entry, context) })),
  ];
  // The budget goes to the workloads in the order they are created; their Pods keep the kinds' order.
  const results = new Array<OwnedPods>(jobs.length);
  for (const index of creationOrder(jobs.map((job) => job.source), input.files)) results[index] = (jobs[index] as (typeof jobs)[number]).run();
  return {
    pods: results.flatMap((result) => result.pods),
    unsimulated: results.flatMap((result) => (result.unsimulated ? [result.unsimulated] : [])),
  };
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
