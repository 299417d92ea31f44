/**
 * Test support for the runtime overlay, imported by tests only: clusters built with events, and the
 * views of them the tests compare. Pure, like the model: the tests read the example files.
 */
import { buildCluster } from '../cluster.ts';
import type { Cluster } from '../cluster-types.ts';
import type { ManifestSource } from '../manifest/parse.ts';
import type { Entry, Pod } from '../objects.ts';
import type { RuntimeEvent } from './types.ts';

/** A small cluster with a DaemonSet, a bare Pod and a ReplicationController, on the default Nodes. */
export const DAEMON_MANIFEST: ManifestSource = {
  name: 'daemon.yaml',
  text: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: default}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers: [{name: agent, image: busybox}]
---
apiVersion: v1
kind: Pod
metadata: {name: solo, namespace: default, labels: {app: solo}}
spec:
  containers: [{name: app, image: nginx}]
---
apiVersion: v1
kind: ReplicationController
metadata: {name: legacy, namespace: default}
spec:
  replicas: 2
  selector: {app: legacy}
  template:
    metadata: {labels: {app: legacy}}
    spec:
      containers: [{name: app, image: nginx, ports: [{containerPort: 80}]}]
`,
};

export function build(sources: readonly ManifestSource[], events: readonly RuntimeEvent[] = []): Cluster {
  return buildCluster(sources, { events });
}

export function podsWithPrefix(cluster: Cluster, namespace: string, prefix: string): Entry<Pod>[] {
  return cluster.pods.filter((pod) => pod.object.metadata?.namespace === namespace && (pod.object.metadata?.name ?? '').startsWith(prefix));
}

export function podNamed(cluster: Cluster, namespace: string, name: string): Pod | undefined {
  return cluster.pods.find((pod) => pod.key === `Pod/${namespace}/${name}`)?.object;
}

/** The endpoints of a Service's EndpointSlices, by Pod name: `[name, ready, serving, terminating, address]`. */
export function sliceEndpoints(cluster: Cluster, namespace: string, service: string): [string, boolean, boolean, boolean, string][] {
  return cluster.endpointSlices
    .filter((slice) => slice.object.metadata?.namespace === namespace && slice.object.metadata?.labels?.['kubernetes.io/service-name'] === service)
    .flatMap((slice) => slice.object.endpoints ?? [])
    .map((endpoint): [string, boolean, boolean, boolean, string] => [
      endpoint.targetRef?.name ?? '',
      endpoint.conditions?.ready ?? false,
      endpoint.conditions?.serving ?? false,
      endpoint.conditions?.terminating ?? false,
      endpoint.addresses[0] ?? '',
    ])
    .sort((a, b) => a[0].localeCompare(b[0]));
}

/** The legacy Endpoints' ready and not-ready addresses. */
export function endpointsAddresses(cluster: Cluster, namespace: string, service: string): { ready: string[]; notReady: string[] } {
  const subsets = cluster.endpoints.find((entry) => entry.key === `Endpoints/${namespace}/${service}`)?.object.subsets ?? [];
  return {
    ready: subsets.flatMap((subset) => (subset.addresses ?? []).map((address) => address.ip)).sort(),
    notReady: subsets.flatMap((subset) => (subset.notReadyAddresses ?? []).map((address) => address.ip)).sort(),
  };
}

/** Every Pod's placement, by key: where it runs and its address. */
export function placements(cluster: Cluster): Map<string, string> {
  return new Map(cluster.pods.map((pod) => [pod.key, `${pod.object.spec?.nodeName ?? ''} ${pod.object.status?.podIP ?? ''}`]));
}
