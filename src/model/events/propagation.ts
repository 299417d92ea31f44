/**
 * What an event costs to propagate: every kube-proxy (one per Node) watches every Endpoints and
 * EndpointSlice object, and the apiserver sends each watcher the whole object on every change. The
 * legacy Endpoints object of a Service holds all its addresses, so one Pod change resends them
 * all; an EndpointSlice holds at most 100 (staging/src/k8s.io/endpointslice: maxEndpointsPerSlice,
 * kube-controller-manager --max-endpoints-per-slice default), so only that slice is resent.
 *
 * Bytes are JSON bytes. kube-proxy actually watches in protobuf, which is smaller: the JSON length
 * stands in for it, and the ratio between the two APIs is what the numbers are for.
 */
import type { Cluster } from '../cluster-types.ts';
import { buildCluster } from '../cluster.ts';
import { MAX_ENDPOINTS_PER_SLICE } from '../controllers/endpoint-slice-controller.ts';
import { MAX_ENDPOINTS_CAPACITY } from '../controllers/endpoints-controller.ts';
import type { Entry } from '../objects.ts';

export interface ObjectChurn {
  readonly added: number;
  readonly updated: number;
  readonly deleted: number;
  /** JSON bytes of every changed object (a deleted one as it was last seen), sent once per watcher. */
  readonly bytesPerWatcher: number;
  readonly bytes: number;
}

export interface Propagation {
  readonly watchers: number;
  readonly endpoints: ObjectChurn;
  readonly endpointSlices: ObjectChurn;
  /**
   * Keys of the workloads, in either snapshot, whose Pods are only partly simulated
   * (controllers/pod-budget.ts): the churn then counts the endpoints of the simulated Pods only,
   * a sample of what a real cluster would send. Empty when every Pod is simulated.
   */
  readonly sampled: readonly string[];
}

/** UTF-8 length of a string, without TextEncoder (the model compiles without DOM or Node typings). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function jsonBytes(object: unknown): number {
  return utf8Length(JSON.stringify(object));
}

function churn(before: readonly Entry<object>[], after: readonly Entry<object>[], watchers: number): ObjectChurn {
  const old = new Map(before.map((entry) => [entry.key, JSON.stringify(entry.object)]));
  const now = new Map(after.map((entry) => [entry.key, JSON.stringify(entry.object)]));
  let added = 0;
  let updated = 0;
  let deleted = 0;
  let bytesPerWatcher = 0;
  for (const [key, json] of now) {
    const previous = old.get(key);
    if (previous === json) continue;
    if (previous === undefined) added += 1;
    else updated += 1;
    bytesPerWatcher += utf8Length(json);
  }
  for (const [key, json] of old) {
    if (now.has(key)) continue;
    deleted += 1;
    bytesPerWatcher += utf8Length(json);
  }
  return { added, updated, deleted, bytesPerWatcher, bytes: bytesPerWatcher * watchers };
}

/** The watch traffic between two snapshots of a cluster (usually without and with some events). */
export function measurePropagation(before: Cluster, after: Cluster, watchers: number): Propagation {
  return {
    watchers,
    endpoints: churn(before.endpoints, after.endpoints, watchers),
    endpointSlices: churn(before.endpointSlices, after.endpointSlices, watchers),
    sampled: sampledWorkloads([before, after]),
  };
}

/** The workloads with Pods counted but not simulated, in either cluster. */
function sampledWorkloads(clusters: readonly Cluster[]): string[] {
  const keys = new Set<string>();
  for (const cluster of clusters) {
    for (const entry of [...cluster.deployments, ...cluster.replicaSets, ...cluster.statefulSets, ...cluster.daemonSets, ...cluster.replicationControllers]) {
      if (entry.sample) keys.add(entry.key);
    }
  }
  return [...keys].sort();
}

export interface ProjectionInput {
  /** Ready endpoints of the Service whose one endpoint changes. */
  readonly endpointsPerService: number;
  /** Nodes, so kube-proxies watching. */
  readonly nodes: number;
}

export interface ProjectedCost {
  /** JSON bytes of the one object resent. */
  readonly objectBytes: number;
  /** objectBytes × nodes. */
  readonly bytes: number;
}

export interface Projection {
  readonly endpoints: ProjectedCost;
  readonly endpointSlices: ProjectedCost;
  /** How many times more the legacy Endpoints send than EndpointSlices. */
  readonly ratio: number;
}

/** Size of an object as `base + perEndpoint × n`, measured from two real objects. */
interface SizeModel {
  readonly base: number;
  readonly perEndpoint: number;
}

/** Two sample sizes, far enough apart that one address's length (10.244.1.5 or 10.244.1.203) averages out. */
const SAMPLE_REPLICAS = [4, 12] as const;

function sampleManifest(replicas: number): string {
  return `apiVersion: v1
kind: Service
metadata: {name: web, namespace: default}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: 8080}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: default}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: nginx, ports: [{containerPort: 8080}]}]
`;
}

/** The sizes of the Endpoints and the EndpointSlice the model's own controllers write for a sample Service. */
function measureSizes(): { endpoints: SizeModel; endpointSlices: SizeModel } {
  const sizes = SAMPLE_REPLICAS.map((replicas) => {
    const cluster = buildCluster([{ name: 'sample.yaml', text: sampleManifest(replicas) }]);
    const endpoints = cluster.endpoints.find((entry) => entry.key === 'Endpoints/default/web');
    const slice = cluster.endpointSlices.find((entry) => entry.object.metadata?.labels?.['kubernetes.io/service-name'] === 'web');
    return { endpoints: jsonBytes(endpoints?.object), slice: jsonBytes(slice?.object) };
  });
  const [small, large] = sizes as [{ endpoints: number; slice: number }, { endpoints: number; slice: number }];
  const [few, many] = SAMPLE_REPLICAS;
  const model = (a: number, b: number): SizeModel => {
    const perEndpoint = (b - a) / (many - few);
    return { perEndpoint, base: a - few * perEndpoint };
  };
  return { endpoints: model(small.endpoints, large.endpoints), endpointSlices: model(small.slice, large.slice) };
}

/**
 * One endpoint of a Service with `endpointsPerService` endpoints changes: the legacy Endpoints
 * object is resent whole (at most 1,000 addresses, where the controller truncates it), one
 * EndpointSlice of at most 100 endpoints is resent; each to every Node.
 */
export function projectPropagation(input: ProjectionInput): Projection {
  const sizes = measureSizes();
  const n = Math.max(input.endpointsPerService, 0);
  const cost = (size: SizeModel, count: number): ProjectedCost => {
    const objectBytes = Math.round(size.base + size.perEndpoint * count);
    return { objectBytes, bytes: objectBytes * input.nodes };
  };
  const endpoints = cost(sizes.endpoints, Math.min(n, MAX_ENDPOINTS_CAPACITY));
  const endpointSlices = cost(sizes.endpointSlices, Math.min(n, MAX_ENDPOINTS_PER_SLICE));
  return { endpoints, endpointSlices, ratio: endpointSlices.bytes === 0 ? 0 : endpoints.bytes / endpointSlices.bytes };
}
