/**
 * The Cluster: an immutable snapshot of every object, from the input, from the default cluster, and
 * from the simulated controllers, with the diagnostics that building it produced.
 */
import type { ClusterConfig } from './config.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { EventOutcome } from './events/types.ts';
import type {
  DaemonSet,
  Deployment,
  Endpoints,
  EndpointSlice,
  Entry,
  Ingress,
  IngressClass,
  KubeObject,
  Namespace,
  NetworkPolicy,
  Node,
  Pod,
  ReplicaSet,
  ReplicationController,
  Service,
  StatefulSet,
} from './objects.ts';

export interface Cluster {
  readonly config: ClusterConfig;
  readonly namespaces: readonly Entry<Namespace>[];
  readonly nodes: readonly Entry<Node>[];
  readonly services: readonly Entry<Service>[];
  readonly pods: readonly Entry<Pod>[];
  readonly deployments: readonly Entry<Deployment>[];
  readonly replicaSets: readonly Entry<ReplicaSet>[];
  readonly statefulSets: readonly Entry<StatefulSet>[];
  readonly daemonSets: readonly Entry<DaemonSet>[];
  readonly replicationControllers: readonly Entry<ReplicationController>[];
  readonly endpoints: readonly Entry<Endpoints>[];
  readonly endpointSlices: readonly Entry<EndpointSlice>[];
  readonly ingresses: readonly Entry<Ingress>[];
  readonly ingressClasses: readonly Entry<IngressClass>[];
  readonly networkPolicies: readonly Entry<NetworkPolicy>[];
  /** Objects of kinds the API serves but the model does not simulate (ConfigMap, ServiceAccount, ...): kept and listed. */
  readonly others: readonly Entry<KubeObject>[];
  /** What each runtime event of the overlay did, in the order they were applied. */
  readonly events: readonly EventOutcome[];
  /** Every diagnostic, in source order. */
  readonly diagnostics: readonly Diagnostic[];
}
