/**
 * Runtime events: what happens to a cluster after `kubectl apply`, that no manifest says. They are
 * an overlay the pipeline applies in order on top of the manifest's objects (DESIGN.md), never
 * edits to the text, so the same sources and events always give the same Cluster.
 *
 * Pods and Nodes are named as `kubectl` names them (`namespace/name`, `name`); a workload as its
 * object key (`Deployment/namespace/name`).
 */

export type RuntimeEvent =
  /** `kubectl delete pod`: gone at once; its controller (if any) creates a replacement with a new name and IP. */
  | { readonly kind: 'delete-pod'; readonly pod: string }
  /** The Pod is deleted but still shutting down: deletionTimestamp set, endpoint `terminating`, a replacement created. */
  | { readonly kind: 'terminate-pod'; readonly pod: string }
  /** The kubelet's readiness probe starts failing (`ready: false`) or passing again. */
  | { readonly kind: 'readiness'; readonly pod: string; readonly ready: boolean }
  /** `kubectl label pod NAME key=value key-`: `null` removes a label. */
  | { readonly kind: 'label-pod'; readonly pod: string; readonly labels: Readonly<Record<string, string | null>> }
  /** `kubectl cordon` / `uncordon`: new Pods avoid (or may use again) the Node; running Pods stay. */
  | { readonly kind: 'cordon'; readonly node: string; readonly unschedulable: boolean }
  /** `kubectl drain --ignore-daemonsets --force`: cordon, then evict every Pod but DaemonSet ones. */
  | { readonly kind: 'drain'; readonly node: string }
  /** `kubectl scale`: a Deployment, ReplicaSet, StatefulSet or ReplicationController gets `replicas`. */
  | { readonly kind: 'scale'; readonly workload: string; readonly replicas: number };

export type RuntimeEventKind = RuntimeEvent['kind'];

/** What one event did to the cluster, in kubectl's words where kubectl prints any. */
export interface EventOutcome {
  readonly event: RuntimeEvent;
  /** False when the event no longer applies (its Pod, Node or workload is gone); `summary` says why. */
  readonly applied: boolean;
  /** One line: `pod "web-7d4b9c6f5-x2x9z" deleted; ReplicaSet web-7d4b9c6f5 created web-7d4b9c6f5-q8r2t on node-2 (10.244.2.9)`. */
  readonly summary: string;
  /** Keys (`Pod/ns/name`, `Node/name`, ...) of the objects the event created, changed or removed. */
  readonly touched: readonly string[];
}
