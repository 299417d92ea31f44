/** Finding objects of the cluster as kubectl names them. */
import type { Cluster, Entry, Node, Pod, Service } from '../../model/index.ts';
import { compareStrings } from '../text/label-selector.ts';
import { findResourceType, metadataOf, type ResourceType } from '../text/resources.ts';

export function nameOf(object: object): string {
  return metadataOf(object).name ?? '';
}

export function namespacedName(object: object): string {
  return `${metadataOf(object).namespace ?? ''}/${nameOf(object)}`;
}

/** The objects of a type in a namespace (or every namespace), in the API server's list order. */
export function listIn(cluster: Cluster, type: ResourceType, namespace: string | undefined): Entry<object>[] {
  return type
    .list(cluster)
    .filter((entry) => !type.namespaced || namespace === undefined || metadataOf(entry.object).namespace === namespace)
    .sort((a, b) => compareStrings(namespacedName(a.object), namespacedName(b.object)));
}

export function findPod(cluster: Cluster, namespace: string, name: string): Pod | undefined {
  return cluster.pods.find((entry) => entry.object.metadata?.namespace === namespace && entry.object.metadata.name === name)?.object;
}

export function findService(cluster: Cluster, namespace: string, name: string): Service | undefined {
  return cluster.services.find((entry) => entry.object.metadata?.namespace === namespace && entry.object.metadata.name === name)?.object;
}

export function findNode(cluster: Cluster, name: string): Node | undefined {
  return cluster.nodes.find((entry) => entry.object.metadata?.name === name)?.object;
}

/** `TYPE/NAME` or `TYPE NAME`: the resource type and the name, or why not. */
export function splitTypeName(first: string | undefined, second: string | undefined): { type: string; name: string | undefined; consumed: number } | undefined {
  if (first === undefined) return undefined;
  const slash = first.indexOf('/');
  if (slash >= 0) return { type: first.slice(0, slash), name: first.slice(slash + 1), consumed: 1 };
  return { type: first, name: second, consumed: second === undefined ? 1 : 2 };
}

export function resourceTypeOrError(name: string, cluster: Cluster): ResourceType | string {
  return findResourceType(name, cluster) ?? `error: the server doesn't have a resource type "${name}"`;
}
