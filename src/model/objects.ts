/**
 * The objects of the simulated cluster, typed with the API's own types (kubernetes-types), and the
 * small envelope that remembers where each one came from.
 */
import type {
  Endpoints,
  Namespace,
  Node,
  Pod,
  ReplicationController,
  Service,
} from 'kubernetes-types/core/v1';
import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { Ingress, IngressClass, NetworkPolicy } from 'kubernetes-types/networking/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';

export type {
  DaemonSet,
  Deployment,
  Endpoints,
  EndpointSlice,
  Ingress,
  IngressClass,
  Namespace,
  NetworkPolicy,
  Node,
  Pod,
  ReplicaSet,
  ReplicationController,
  Service,
  StatefulSet,
};

/** Any API object: apiVersion, kind and metadata are the only fields the envelope relies on. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}

/** Where an object's text lives: the source file, the YAML document, and the item of a `kind: List`. */
export interface SourceRef {
  readonly file: string;
  /** Index of the YAML document in the file (0-based, counting empty documents too). */
  readonly document: number;
  /** Index in `items` when the object came out of a `kind: List`. */
  readonly item?: number;
  /** 1-based line and column where the object starts (the document, or the List item). */
  readonly line: number;
  readonly column: number;
}

/**
 * - `input`: written by the user (after defaulting);
 * - `builtin`: part of the default kubeadm-like cluster (Nodes, kube-dns, CoreDNS Pods, ...);
 * - `derived`: made by a simulated controller (Pods of a Deployment, EndpointSlices, Endpoints).
 */
export type Origin = 'input' | 'builtin' | 'derived';

export interface Entry<T extends object = KubeObject> {
  /** `Kind/namespace/name`, or `Kind/name` for cluster-scoped kinds. */
  readonly key: string;
  readonly object: T;
  readonly origin: Origin;
  /**
   * `dump` on an input object read as a running cluster's stored state (cluster/intent.ts): kept
   * as given, not created. Absent on an object applied as a manifest, and on built-in and derived ones.
   */
  readonly intent?: 'dump';
  readonly source?: SourceRef;
  /**
   * Field paths whose value the simulator invented because a real cluster gets them from elsewhere
   * (`status.podIP`, `spec.nodeName`, `status.loadBalancer.ingress`, `spec.clusterIP`, ...). The UI
   * marks these "simulated"; values that came from the input never appear here.
   */
  readonly simulated: readonly string[];
  /**
   * On a workload whose controller would run more Pods than the simulator materialises: how many
   * it runs, and how many of them are in `Cluster.pods`. Its status counts them all.
   */
  readonly sample?: PodSample;
}

/**
 * The Pods of one workload when there are too many to simulate each (a Deployment of 2,147,483,647
 * replicas, a DaemonSet over 100,000 Nodes): the first `simulated` are materialised; the others are
 * only counted, placed and given addresses by Node, so that the workload's status stays exact.
 */
export interface PodSample {
  /** Every Pod the controller runs (not terminating), materialised or not. */
  readonly pods: number;
  /** Those materialised in `Cluster.pods`. */
  readonly simulated: number;
  /** The limit that stopped the materialising: the one per workload, or the cluster's budget. */
  readonly limit: 'workload' | 'cluster';
  /** The Pods counted but not materialised, by Node (`''`: no Node fits them), and how many of them are ready. */
  readonly unsimulated: readonly { readonly node: string; readonly pods: number; readonly ready: number }[];
}

/** `Kind/namespace/name` for namespaced objects, `Kind/name` for cluster-scoped ones. */
export function objectKey(kind: string, name: string, namespace?: string): string {
  return namespace === undefined ? `${kind}/${name}` : `${kind}/${namespace}/${name}`;
}
