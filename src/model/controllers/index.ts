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
import type { DaemonSet, Deployment, Endpoints, EndpointSlice, Entry, KubeObject, Node, Pod, ReplicaSet, ReplicationController, Service, SourceRef, StatefulSet } from '../objects.ts';
import { applyRuntimeEvents } from '../events/apply-events.ts';
import { reconcileEndpoints } from './endpoints-controller.ts';
import { hasSelector, reconcileEndpointSlices } from './endpoint-slice-controller.ts';
import { mirrorEndpoints, shouldMirror } from './endpoint-slice-mirroring.ts';
import { creationOrder, fileOrder } from './apply-order.ts';
import { assignNodePodCidrs } from './node-ipam.ts';
import { withKubeletLabels } from './node-labels.ts';
import { indexPods } from './pod-index.ts';
import { createPodIpam } from './pod-ipam.ts';
import { completePodStatus } from './pod-status.ts';
import type { DerivedPod } from './pod-template.ts';
import { deploymentReplicaSets } from './replica-set.ts';
import { withReplicaSetStatus } from './replica-set-status.ts';
import { indexReplicaSets, withDaemonSetStatus, withDeploymentStatus, withSample, withStatefulSetStatus } from './workload-status.ts';
import { createPodBudget, type PodLimits } from './pod-budget.ts';
import { mergeUnsimulated, settleUnsimulated, type Unsimulated } from './unsimulated-pods.ts';
import { createSliceNamer, ENDPOINTSLICE_CONTROLLER, LABEL_MANAGED_BY, LABEL_SERVICE_NAME, MIRRORING_CONTROLLER } from './slice-meta.ts';
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
 *   4. the EndpointSlice, mirroring and Endpoints controllers publish the Services' backends.
 */
export function runControllers(input: ControllerInput): ControllerOutput {
  const { config } = input;
  // 1. Node IPAM.
  const nodes = assignNodePodCidrs(withKubeletLabels(input.nodes), config);
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
  const podIndex = indexPods(overlay.pods);
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
  const eventNodes = new Map(overlay.nodes.map((entry) => [entry.object.metadata?.name ?? '', entry.object]));
  // The ready Pods the selected Pods' workloads count without simulating them: each has an address.
  const countedAddresses = (selected: readonly Pod[]): number => {
    if (counted.size === 0) return 0;
    const owners = new Set<string>();
    for (const pod of selected) {
      const reference = pod.metadata?.ownerReferences?.find((owner) => owner.controller === true);
      if (reference) owners.add(`${reference.kind}/${pod.metadata?.namespace ?? ''}/${reference.name}`);
    }
    return [...owners].reduce((sum, owner) => sum + (counted.get(owner)?.ready ?? 0), 0);
  };

  // 4. Endpoints and EndpointSlices.
  const endpointsByKey = new Map(input.endpoints.map((entry) => [keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name), entry]));
  const selectorServices = input.services.filter((entry) => hasSelector(entry.object));
  const mirrored = input.services.flatMap((entry) => {
    const key = keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name);
    const endpoints = endpointsByKey.get(key);
    // default/kubernetes belongs to the apiserver's endpoint reconciler, whose Endpoints carry skip-mirror.
    if (key === 'default/kubernetes' || Object.keys(entry.object.spec?.selector ?? {}).length > 0) return [];
    return endpoints && shouldMirror(endpoints.object) ? [endpoints] : [];
  });
  const managedServices = new Set(selectorServices.map((entry) => keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name)));
  const mirroredServices = new Set(mirrored.map((entry) => keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name)));
  const replaced = (slice: EndpointSlice): boolean => {
    const owner = keyOf(slice.metadata?.namespace, slice.metadata?.labels?.[LABEL_SERVICE_NAME]);
    const managedBy = slice.metadata?.labels?.[LABEL_MANAGED_BY];
    return (managedBy === ENDPOINTSLICE_CONTROLLER && managedServices.has(owner)) || (managedBy === MIRRORING_CONTROLLER && mirroredServices.has(owner));
  };
  // A dump's own slices and Endpoints are what its cluster serves: kept as they are, in place of
  // what the controllers would write (diagnose/endpoint-drift.ts says where the two differ). Once a
  // runtime event changes the cluster, the controllers sync every Service again, as they would.
  const asDumped = overlay.events.length === 0;
  const storedSlices = new Set(
    input.endpointSlices
      .filter((entry) => asDumped && entry.intent === 'dump' && replaced(entry.object))
      .map((entry) => keyOf(entry.object.metadata?.namespace, entry.object.metadata?.labels?.[LABEL_SERVICE_NAME])),
  );
  const storedEndpoints = new Set(
    input.endpoints.filter((entry) => asDumped && entry.intent === 'dump').map((entry) => keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name)),
  );
  const serviceKey = (entry: Entry<Service>): string => keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name);
  const recycled = input.endpointSlices.filter((entry) => replaced(entry.object) && !storedSlices.has(keyOf(entry.object.metadata?.namespace, entry.object.metadata?.labels?.[LABEL_SERVICE_NAME])));
  const namer = createSliceNamer(recycled, new Set(input.endpointSlices.map((entry) => keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name))));
  const endpointSlices = [
    ...input.endpointSlices.filter((entry) => !recycled.includes(entry)),
    ...selectorServices.filter((entry) => !storedSlices.has(serviceKey(entry))).flatMap((entry) => reconcileEndpointSlices(entry, { pods: podIndex, nodes: eventNodes, namer, config })),
    ...mirrored.flatMap((entry) => mirrorEndpoints(entry, namer, config)),
  ];
  const endpoints = [
    ...input.endpoints.filter((entry) => !managedServices.has(keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name)) || storedEndpoints.has(keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name))),
    ...selectorServices
      .filter((entry) => !storedEndpoints.has(serviceKey(entry)))
      .map((entry) => reconcileEndpoints(entry, podIndex, endpointsByKey.get(serviceKey(entry)), config, countedAddresses)),
  ];
  const replicaSetsByOwner = indexReplicaSets(replicaSets);
  const deployments = overlay.deployments.map((entry) => withDeploymentStatus(fresh(entry), replicaSetsByOwner, podIndex));
  const statefulSets = overlay.statefulSets.map((entry) => withStatefulSetStatus(fresh(entry), podIndex, counted.get(entry.key)));
  const daemonSets = overlay.daemonSets.map((entry) => withDaemonSetStatus(fresh(entry), podIndex, counted.get(entry.key)));
  const replicationControllers = overlay.replicationControllers.map((entry) => withSample(entry, podIndex, counted.get(entry.key)));
  return {
    nodes: overlay.nodes,
    pods: overlay.pods,
    replicaSets,
    deployments,
    statefulSets,
    daemonSets,
    replicationControllers,
    endpoints,
    endpointSlices,
    events: overlay.events,
  };
}
