/**
 * The lookups the findings share, built once per cluster: a check that looked a Service or a Pod up
 * by scanning every object would make 10,000 Services cost 10,000 scans.
 */
import type { Cluster } from '../cluster-types.ts';
import type {
  DaemonSet,
  Deployment,
  EndpointSlice,
  Entry,
  Node,
  Pod,
  PodSample,
  ReplicaSet,
  ReplicationController,
  Service,
  SourceRef,
  StatefulSet,
} from '../objects.ts';

const LABEL_SERVICE_NAME = 'kubernetes.io/service-name';

/** An input object whose Pod template made Pods: its template sits at spec.template. */
export type Workload = Entry<Deployment | ReplicaSet | StatefulSet | DaemonSet | ReplicationController>;

export interface ClusterIndex {
  readonly clusterDomain: string;
  service(namespace: string, name: string): Service | undefined;
  pod(namespace: string, name: string): Entry<Pod> | undefined;
  /** The EndpointSlices labelled for a Service, the controllers' and the input's alike. */
  slicesOf(namespace: string, service: string): readonly EndpointSlice[];
  hasNamespace(name: string): boolean;
  /** Names of the Nodes an ordinary Pod can run on, so where in-cluster clients live. */
  readonly workerNodes: readonly string[];
  /**
   * The input object a Pod comes from: the workload whose template made it (a Deployment's Pods
   * come from the Deployment, through its ReplicaSet), even when the input states the Pod too, as
   * a `kubectl get deploy,pods -o yaml` dump does; else the Pod itself.
   */
  inputOf(pod: Pod): { readonly entry: Entry<Pod> | Workload; readonly template: boolean } | undefined;
  /** The sample of the workload that owns the Pod, when its controller counted more Pods than it materialised. */
  sampleOf(pod: Pod): PodSample | undefined;
}

const keyOf = (namespace: string | undefined, name: string | undefined) => `${namespace ?? 'default'}/${name ?? ''}`;

/** Schedulable and without a NoSchedule or NoExecute taint: what a control-plane Node is not. */
function runsOrdinaryPods(node: Node): boolean {
  if (node.spec?.unschedulable === true) return false;
  return !(node.spec?.taints ?? []).some((taint) => taint.effect === 'NoSchedule' || taint.effect === 'NoExecute');
}

export function indexCluster(cluster: Omit<Cluster, 'diagnostics'>): ClusterIndex {
  const services = new Map(cluster.services.map((entry) => [keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name), entry.object]));
  const pods = new Map(cluster.pods.map((entry) => [keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name), entry]));
  const podEntries = new Map(cluster.pods.map((entry) => [entry.object, entry]));
  const slices = new Map<string, EndpointSlice[]>();
  for (const { object: slice } of cluster.endpointSlices) {
    const service = slice.metadata?.labels?.[LABEL_SERVICE_NAME];
    if (!service) continue;
    const key = keyOf(slice.metadata?.namespace, service);
    const list = slices.get(key);
    if (list) list.push(slice);
    else slices.set(key, [slice]);
  }
  const workloads = new Map<SourceRef, Workload>();
  const owners = new Map<string, Workload>();
  const allWorkloads: readonly Workload[] = [
    ...cluster.deployments,
    ...cluster.replicaSets,
    ...cluster.statefulSets,
    ...cluster.daemonSets,
    ...cluster.replicationControllers,
  ];
  for (const entry of allWorkloads) {
    if (entry.origin === 'input' && entry.source) workloads.set(entry.source, entry);
    owners.set(entry.key, entry);
  }
  // The controllers' objects (a Deployment's ReplicaSet, its Pods) keep the source of the input object behind them.
  const inputWorkload = (entry: Entry<object> | undefined) => (entry?.source ? workloads.get(entry.source) : undefined);
  const ownerOf = (pod: Pod) => {
    const reference = pod.metadata?.ownerReferences?.find((r) => r.controller === true);
    return reference && owners.get(`${reference.kind}/${pod.metadata?.namespace ?? 'default'}/${reference.name}`);
  };
  const namespaces = new Set(cluster.namespaces.map((entry) => entry.object.metadata?.name ?? ''));
  return {
    clusterDomain: cluster.config.clusterDomain,
    service: (namespace, name) => services.get(keyOf(namespace, name)),
    pod: (namespace, name) => pods.get(keyOf(namespace, name)),
    slicesOf: (namespace, service) => slices.get(keyOf(namespace, service)) ?? [],
    hasNamespace: (name) => namespaces.has(name),
    workerNodes: cluster.nodes.filter((entry) => runsOrdinaryPods(entry.object)).map((entry) => entry.object.metadata?.name ?? ''),
    inputOf: (pod) => {
      const entry = podEntries.get(pod);
      if (entry === undefined) return undefined;
      const workload = entry.origin === 'derived' ? inputWorkload(entry) : entry.origin === 'input' ? inputWorkload(ownerOf(pod)) : undefined;
      if (workload) return { entry: workload, template: true };
      return entry.origin === 'input' ? { entry, template: false } : undefined;
    },
    sampleOf: (pod) => ownerOf(pod)?.sample,
  };
}
