/**
 * Small readings of a Cluster that several challenges share: the learner's own Services, the
 * EndpointSlices of a Service, the Pods they list, a Node's address.
 */
import type { Cluster, EndpointSlice, Entry, Service } from '../../model/index.ts';

/** The label that ties an EndpointSlice to its Service (discovery.k8s.io/v1). */
export const LABEL_SERVICE_NAME = 'kubernetes.io/service-name';

export const nameOf = (entry: Entry<{ readonly metadata?: { readonly name?: string } }>): string => entry.object.metadata?.name ?? '';

export function namespaceOf(entry: Entry<{ readonly metadata?: { readonly namespace?: string } }>): string {
  return entry.object.metadata?.namespace ?? 'default';
}

/** `ns/name`, as `trace` names Services and Pods. */
export const refOf = (entry: Entry<{ readonly metadata?: { readonly name?: string; readonly namespace?: string } }>): string =>
  `${namespaceOf(entry)}/${nameOf(entry)}`;

/** Services the manifest declares: the built-in `kubernetes` and `kube-dns` are no question of the learner's. */
export function inputServices(cluster: Cluster): Entry<Service>[] {
  return cluster.services.filter((entry) => entry.origin === 'input');
}

export function findService(cluster: Cluster, namespace: string, name: string): Entry<Service> | undefined {
  return cluster.services.find((entry) => namespaceOf(entry) === namespace && nameOf(entry) === name);
}

export function slicesOf(cluster: Cluster, service: Entry<Service>): Entry<EndpointSlice>[] {
  const namespace = namespaceOf(service);
  const name = nameOf(service);
  return cluster.endpointSlices.filter((slice) => namespaceOf(slice) === namespace && slice.object.metadata?.labels?.[LABEL_SERVICE_NAME] === name);
}

/** How `trace` names an endpoint: `ns/pod`, or `ip:ADDR` when no Pod stands behind it. */
export function endpointTarget(namespace: string, endpoint: NonNullable<EndpointSlice['endpoints']>[number]): string {
  const ref = endpoint.targetRef;
  if (ref?.kind === 'Pod' && ref.name !== undefined) return `${ref.namespace ?? namespace}/${ref.name}`;
  return `ip:${endpoint.addresses[0] ?? ''}`;
}

/** Every endpoint target the Service's slices list, each once, in slice order. */
export function sliceTargets(cluster: Cluster, service: Entry<Service>, only?: (endpoint: NonNullable<EndpointSlice['endpoints']>[number]) => boolean): string[] {
  const targets = slicesOf(cluster, service).flatMap((slice) =>
    (slice.object.endpoints ?? []).filter((endpoint) => only?.(endpoint) ?? true).map((endpoint) => endpointTarget(namespaceOf(slice), endpoint)),
  );
  return [...new Set(targets)];
}

/** A Node's InternalIP, as kube-proxy and the load balancer use it. */
export function nodeAddress(cluster: Cluster, node: string): string | undefined {
  const entry = cluster.nodes.find((n) => nameOf(n) === node);
  return entry?.object.status?.addresses?.find((a) => a.type === 'InternalIP')?.address;
}

export function podIP(cluster: Cluster, ref: string): string | undefined {
  const pod = cluster.pods.find((p) => refOf(p) === ref);
  return pod?.object.status?.podIP;
}

/** `ip:port` or `[ip]:port` → the address. */
export function hostOf(hostPort: string): string {
  const at = hostPort.lastIndexOf(':');
  return hostPort.slice(0, at).replace(/^\[|\]$/g, '');
}

export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/** Ends the text with one full stop: DNS names already end with a dot. */
export const sentence = (text: string): string => (text.endsWith('.') ? text : `${text}.`);
