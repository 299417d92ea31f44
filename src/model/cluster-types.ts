/**
 * The Cluster: an immutable snapshot of every object, from the input, from the default cluster, and
 * from the simulated controllers, with the diagnostics that building it produced.
 */
import type { ClusterConfig } from './config.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { EventOutcome } from './events/types.ts';
import type { InputIntent, InputMode } from './cluster/intent.ts';
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
import type { Gateway, GatewayClass, HTTPRoute, ReferenceGrant } from './gateway/types.ts';

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
  /** Gateway API objects (gateway/), with the status the simulated Gateway controller writes. */
  readonly gatewayClasses: readonly Entry<GatewayClass>[];
  readonly gateways: readonly Entry<Gateway>[];
  readonly httpRoutes: readonly Entry<HTTPRoute>[];
  readonly referenceGrants: readonly Entry<ReferenceGrant>[];
  /** Objects of kinds the API serves but the model does not simulate (ConfigMap, ServiceAccount, ...): kept and listed. */
  readonly others: readonly Entry<KubeObject>[];
  /** What each runtime event of the overlay did, in the order they were applied. */
  readonly events: readonly EventOutcome[];
  /** Every diagnostic, in source order. */
  readonly diagnostics: readonly Diagnostic[];
  /** How the input was read: as manifests to apply, as a running cluster's stored state, or both. Always set by buildCluster. */
  readonly input?: InputSummary;
}

/**
 * How buildCluster read its input (cluster/intent.ts): what the caller asked, what each object
 * turned out to be, and the ranges a dump made the simulator take from it.
 */
export interface InputSummary {
  /** The mode asked for (`--input`); `auto` decides per object. */
  readonly requested: InputMode;
  /** `manifest` or `dump` when every input object was read one way (`manifest` for no input), else `mixed`. */
  readonly mode: InputIntent | 'mixed';
  /** Input objects read each way (List items count one each; refused objects count too). */
  readonly objects: { readonly manifest: number; readonly dump: number };
  /** Stored objects of kinds the simulator keeps and lists without simulating them (`Cluster.others`). */
  readonly notSimulated: number;
  /**
   * Cluster settings taken from the dump because its addresses lie outside the defaults: the
   * Service CIDRs and nodePort range of the cluster it came from, as far as its objects show them.
   * `Cluster.config` holds the values used.
   */
  readonly inferred: {
    readonly serviceCIDRs?: readonly string[];
    readonly nodePortRange?: { readonly min: number; readonly max: number };
    /** The simulation's clock, set to the dump's newest creationTimestamp so that ages read as they did then. */
    readonly now?: string;
  };
}
