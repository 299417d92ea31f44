/**
 * The simulated kube-controller-manager (and the kubelets' Pod status): from the admitted
 * objects to the Pods, ReplicaSets, Endpoints and EndpointSlices a real cluster would hold once
 * every controller has settled. Pure and deterministic: the same input gives the same output,
 * and invented values (names, Nodes, IPs) derive from hashes of the objects' own identities.
 */
import type { Cluster } from '../cluster-types.ts';
import type { EventOutcome, RuntimeEvent } from '../events/types.ts';
import { admitPod, defaultObject } from '../resources/index.ts';
import { generateNameSuffix } from './hash.ts';
import type { DaemonSet, Deployment, Endpoints, EndpointSlice, Entry, KubeObject, Node, Pod, ReplicaSet, ReplicationController, SourceRef, StatefulSet } from '../objects.ts';
import { applyRuntimeEvents } from '../events/apply-events.ts';
import { creationOrder, fileOrder } from './apply-order.ts';
import { publishBackends } from './backends.ts';
import { keepUnchanged, sameItems, type ControllerMemo, type WorkloadsRecord } from './controller-memo.ts';
import { assignNodePodCidrs } from './node-ipam.ts';
import { withKubeletLabels } from './node-labels.ts';
import { indexPods, type PodIndex } from './pod-index.ts';
import { createPodIpam } from './pod-ipam.ts';
import { completePodStatus } from './pod-status.ts';
import type { DerivedPod } from './pod-template.ts';
import { deploymentReplicaSets } from './replica-set.ts';
import { withReplicaSetStatus } from './replica-set-status.ts';
import { indexReplicaSets, withDaemonSetStatus, withDeploymentStatus, withSample, withStatefulSetStatus } from './workload-status.ts';
import { createPodBudget, type PodLimits } from './pod-budget.ts';
import { mergeUnsimulated, settleUnsimulated, type Unsimulated, type UnsimulatedByOwner } from './unsimulated-pods.ts';
import { makeWorkloadPods, scheduleInputPod } from './workload-pods.ts';

/**
 * What the controllers start from: the Cluster's collections as admission left them. `nodes` is
 * already the final set (input or built-in defaults); `services` are admitted, defaulted, with
 * clusterIPs and nodePorts allocated; `pods`, `endpoints` and `endpointSlices` are those written
 * in the input.
 */
export type ControllerInput = Pick<
  Cluster,
  | 'config'
  | 'namespaces'
  | 'nodes'
  | 'services'
  | 'pods'
  | 'deployments'
  | 'replicaSets'
  | 'statefulSets'
  | 'daemonSets'
  | 'replicationControllers'
  | 'endpoints'
  | 'endpointSlices'
> & {
  /** The runtime overlay, applied in order once the workloads' Pods exist. */
  readonly runtimeEvents?: readonly RuntimeEvent[];
  /** How many Pods the controllers materialise (pod-budget.ts); tests lower them. */
  readonly limits?: PodLimits;
  /** The last build's results, to reuse where their inputs are unchanged (controller-memo.ts). */
  readonly memo?: ControllerMemo;
};

export interface ControllerOutput {
  /** With spec.podCIDR(s) assigned when missing (simulated). */
  readonly nodes: readonly Entry<Node>[];
  /** Input Pods (status filled where missing) + Pods made by workloads. */
  readonly pods: readonly Entry<Pod>[];
  /** Input + the ones Deployments own. */
  readonly replicaSets: readonly Entry<ReplicaSet>[];
  /** With the status their controllers report, unless the input states one. */
  readonly deployments: readonly Entry<Deployment>[];
  readonly statefulSets: readonly Entry<StatefulSet>[];
  readonly daemonSets: readonly Entry<DaemonSet>[];
  /** With the replicas runtime `scale` events set, and the sample of a ReplicationController with too many Pods. */
  readonly replicationControllers: readonly Entry<ReplicationController>[];
  readonly endpoints: readonly Entry<Endpoints>[];
  readonly endpointSlices: readonly Entry<EndpointSlice>[];
  /** What each runtime event did. */
  readonly events: readonly EventOutcome[];
  /** The `pods` above, indexed: the diagnostics look them up by label too, and need not index them again. */
  readonly podIndex: PodIndex;
}

/** Steps 1-3's results, and what step 4 reads of them. */
export interface SettledWorkloads extends Omit<ControllerOutput, 'endpoints' | 'endpointSlices'> {
  /** The Pods each workload counts without simulating them (pod-budget.ts), by owner key. */
  readonly counted: UnsimulatedByOwner;
}

const keyOf = (namespace: string | undefined, name: string | undefined): string => `${namespace ?? ''}/${name ?? ''}`;

/** Stated Pod IPs: reserved before anything is allocated (a hostNetwork Pod's IP is its Node's). */
function statedPodIPs(pods: readonly Entry<Pod>[]): string[] {
  return pods
    .filter((entry) => !entry.object.spec?.hostNetwork)
    .flatMap((entry) => [entry.object.status?.podIP, ...(entry.object.status?.podIPs ?? []).map((podIP) => podIP.ip)])
    .filter((ip): ip is string => typeof ip === 'string' && ip !== '');
}

/** Every input source, kinds in the order the pipeline lists them: enough to number the files. */
function inputSources(input: ControllerInput): (SourceRef | undefined)[] {
  return [input.services, input.pods, input.deployments, input.replicaSets, input.statefulSets, input.daemonSets, input.replicationControllers]
    .flat()
    .map((entry) => entry.source);
}

/**
 * Runs the controllers in the order their outputs feed each other:
 *   1. kubelets label their Nodes, nodeipam gives them their podCIDRs;
 *   2. Deployments make ReplicaSets, workloads make Pods, the scheduler places them;
 *   3. kubelets report status: Pod IPs from the Node's podCIDR, Running and Ready;
 *      then the runtime events, in order (a Pod deleted, a Node drained, a workload scaled), each
 *      followed by the workload controllers catching up;
 *   4. the EndpointSlice, mirroring and Endpoints controllers publish the Services' backends
 *      (backends.ts).
 * With a memo (controller-memo.ts), steps 1-3 run again only when what they read changed, and
 * step 4 only for the Services whose own inputs did.
 */
export function runControllers(input: ControllerInput): ControllerOutput {
  const config = JSON.stringify(input.config);
  const workloads = memoisedWorkloads(input, config);
  const { endpoints, endpointSlices } = publishBackends(input, workloads, config);
  return {
    nodes: workloads.nodes,
    pods: workloads.pods,
    replicaSets: workloads.replicaSets,
    deployments: workloads.deployments,
    statefulSets: workloads.statefulSets,
    daemonSets: workloads.daemonSets,
    replicationControllers: workloads.replicationControllers,
    endpoints,
    endpointSlices,
    events: workloads.events,
    podIndex: workloads.podIndex,
  };
}

/** What steps 1-3 read: the workloads, Pods and Nodes by reference, the config and the files' order by value. */
interface WorkloadInputs {
  readonly config: string;
  readonly files: string;
  readonly limits: PodLimits | undefined;
  readonly collections: readonly (readonly object[])[];
}

const workloadCollections = (input: ControllerInput): readonly (readonly object[])[] => [
  input.nodes,
  input.pods,
  input.deployments,
  input.replicaSets,
  input.statefulSets,
  input.daemonSets,
  input.replicationControllers,
];

/**
 * Steps 1-3, from the last build when they read the same: a runtime event leaves its marks in the
 * Pod IPAM that the overlay shares, so with events they always run.
 */
function memoisedWorkloads(input: ControllerInput, config: string): SettledWorkloads {
  const { memo } = input;
  if (memo === undefined || (input.runtimeEvents ?? []).length > 0) return settleWorkloads(input, config);
  const inputs: WorkloadInputs = {
    config,
    files: [...fileOrder(inputSources(input)).keys()].join('\n'),
    limits: input.limits,
    collections: workloadCollections(input),
  };
  const known = memo.workloads as WorkloadsRecord<WorkloadInputs, SettledWorkloads> | undefined;
  if (
    known !== undefined &&
    known.inputs.config === inputs.config &&
    known.inputs.files === inputs.files &&
    known.inputs.limits === inputs.limits &&
    known.inputs.collections.every((collection, i) => sameItems(collection, inputs.collections[i] ?? []))
  ) {
    return known.result;
  }
  const result = settleWorkloads(input, config);
  memo.workloads = { inputs, result };
  return result;
}

/**
 * Step 1, from the last build when the Nodes and the config are the same: so that a Node stays
 * the same object while only workloads change, and the Services' slices can tell.
 */
function readyNodes(input: ControllerInput, config: string): Entry<Node>[] {
  const known = input.memo?.nodes;
  if (known !== undefined && known.config === config && sameItems(known.input, input.nodes)) return known.result;
  const result = assignNodePodCidrs(withKubeletLabels(input.nodes), input.config);
  if (input.memo) input.memo.nodes = { config, input: input.nodes, result };
  return result;
}

/** Steps 1-3: the Nodes, every Pod with its status, and the workloads with theirs. */
function settleWorkloads(input: ControllerInput, configKey: string): SettledWorkloads {
  const { config } = input;
  // 1. Node IPAM.
  const nodes = readyNodes(input, configKey);
  const nodeObjects = nodes.map((entry) => entry.object);
  const nodesByName = new Map(nodeObjects.map((node) => [node.metadata?.name ?? '', node]));

  // 2. Workloads and scheduling.
  const files = fileOrder(inputSources(input));
  const budget = createPodBudget(input.limits);
  const ownedReplicaSets = deploymentReplicaSets(input.deployments, input.replicaSets, input.pods, config);
  const allReplicaSets = [...input.replicaSets, ...ownedReplicaSets];
  const scheduledInput = input.pods.map((entry) => scheduleInputPod(entry, nodeObjects));
  const workloadPods = makeWorkloadPods({ ...input, nodes: nodeObjects, replicaSets: allReplicaSets, files, budget });
  // The Pods the controllers create are defaulted and pass the admission plugins, as input Pods did.
  const derived = workloadPods.pods.map((item) => {
    const { name, namespace } = item.pod.metadata ?? {};
    const defaulted = defaultObject(item.pod as unknown as KubeObject) as unknown as Pod;
    return { ...item, pod: admitPod(defaulted, generateNameSuffix(`Pod/${namespace ?? ''}/${name ?? ''}#token`)) };
  });

  // 3. Pod status, in creation order: the Pod created first wins a contested address; the Pods
  // only counted take theirs right after their workload's materialised ones.
  const ipam = createPodIpam(nodeObjects, statedPodIPs(input.pods));
  const context = { nodes: nodesByName, ipam, now: config.now };
  const bases: Omit<Entry<Pod>, 'object' | 'simulated'>[] = [
    ...input.pods.map((entry) => ({ key: entry.key, origin: entry.origin, source: entry.source })),
    ...derived.map((item) => ({ key: `Pod/${keyOf(item.pod.metadata?.namespace, item.pod.metadata?.name)}`, origin: 'derived' as const, source: item.source })),
  ];
  const items: DerivedPod[] = [...scheduledInput, ...derived];
  const pods: Entry<Pod>[] = new Array<Entry<Pod>>(items.length);
  const unsimulated = new Map<string, Unsimulated>();
  const plans = workloadPods.unsimulated;
  for (const index of creationOrder([...bases.map((base) => base.source), ...plans.map((plan) => plan.source)], files)) {
    const plan = plans[index - items.length];
    if (plan) {
      unsimulated.set(plan.owner, mergeUnsimulated(unsimulated.get(plan.owner), settleUnsimulated(plan, context)));
      continue;
    }
    const item = items[index] as DerivedPod;
    const done = completePodStatus(item.pod, item.unschedulable, context);
    pods[index] = { ...(bases[index] as Omit<Entry<Pod>, 'object' | 'simulated'>), object: done.pod, simulated: [...item.simulated, ...done.simulated] };
  }

  // 3b. Runtime events, in order, each followed by the workload controllers catching up.
  const overlay = applyRuntimeEvents(
    {
      config,
      services: input.services,
      ipam,
      budget,
      nodes,
      pods,
      deployments: input.deployments,
      replicaSets: allReplicaSets,
      statefulSets: input.statefulSets,
      daemonSets: input.daemonSets,
      replicationControllers: input.replicationControllers,
      unsimulated,
    },
    input.runtimeEvents ?? [],
  );
  const settledPods = keepUnchanged(overlay.pods, input.memo?.pods);
  if (input.memo) input.memo.pods = new Map(settledPods.map((entry) => [entry.key, entry]));
  const podIndex = indexPods(settledPods);
  // A status stated in the input describes the cluster before the events: a workload they touched reports afresh.
  const fresh = <T extends { status?: object }>(entry: Entry<T>): Entry<T> => {
    if (!overlay.dirty.has(entry.key) || entry.object.status === undefined) return entry;
    const { status: _stale, ...object } = entry.object;
    return { ...entry, object: object as T };
  };
  const counted = overlay.unsimulated;
  const replicaSets = overlay.replicaSets.map((entry) =>
    entry.origin === 'derived' || overlay.dirty.has(entry.key) || counted.has(entry.key) ? withReplicaSetStatus(entry, podIndex, counted.get(entry.key)) : entry,
  );
  const replicaSetsByOwner = indexReplicaSets(replicaSets);
  const deployments = overlay.deployments.map((entry) => withDeploymentStatus(fresh(entry), replicaSetsByOwner, podIndex));
  const statefulSets = overlay.statefulSets.map((entry) => withStatefulSetStatus(fresh(entry), podIndex, counted.get(entry.key)));
  const daemonSets = overlay.daemonSets.map((entry) => withDaemonSetStatus(fresh(entry), podIndex, counted.get(entry.key)));
  const replicationControllers = overlay.replicationControllers.map((entry) => withSample(entry, podIndex, counted.get(entry.key)));
  return {
    nodes: overlay.nodes,
    pods: settledPods,
    replicaSets,
    deployments,
    statefulSets,
    daemonSets,
    replicationControllers,
    events: overlay.events,
    podIndex,
    counted,
  };
}
