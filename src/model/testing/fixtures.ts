/**
 * Test support, imported by tests only: Clusters and input entries built by hand, so that a test
 * can hold exactly the objects it needs without running the pipeline.
 */
import type { Cluster } from '../cluster-types.ts';
import { DEFAULT_CONFIG, type ClusterConfig } from '../config.ts';
import { objectKey, type Entry, type SourceRef } from '../objects.ts';

interface Named {
  readonly kind?: string;
  readonly metadata?: { readonly name?: string; readonly namespace?: string };
}

type Collections = Omit<Cluster, 'config' | 'diagnostics' | 'events' | 'input'>;

/** Plain objects for any of the Cluster's collections. */
export type ClusterObjects = { readonly [K in keyof Collections]?: readonly Collections[K][number]['object'][] };

/** An object as the input states it, keyed `Kind/namespace/name` by its own kind. */
export function inputEntry<T extends Named>(object: T, source?: SourceRef): Entry<T> {
  const key = objectKey(object.kind ?? '', object.metadata?.name ?? '', object.metadata?.namespace);
  return { key, object, origin: 'input', ...(source === undefined ? {} : { source }), simulated: [] };
}

/** A Cluster holding exactly the given objects (every other collection empty), with no diagnostics. */
export function buildTestCluster(objects: ClusterObjects, config: ClusterConfig = DEFAULT_CONFIG): Cluster {
  const wrap = <T extends Named>(list: readonly T[] | undefined): Entry<T>[] => (list ?? []).map((object) => inputEntry(object));
  return {
    config,
    namespaces: wrap(objects.namespaces),
    nodes: wrap(objects.nodes),
    services: wrap(objects.services),
    pods: wrap(objects.pods),
    deployments: wrap(objects.deployments),
    replicaSets: wrap(objects.replicaSets),
    statefulSets: wrap(objects.statefulSets),
    daemonSets: wrap(objects.daemonSets),
    replicationControllers: wrap(objects.replicationControllers),
    endpoints: wrap(objects.endpoints),
    endpointSlices: wrap(objects.endpointSlices),
    ingresses: wrap(objects.ingresses),
    ingressClasses: wrap(objects.ingressClasses),
    networkPolicies: wrap(objects.networkPolicies),
    gatewayClasses: wrap(objects.gatewayClasses),
    gateways: wrap(objects.gateways),
    httpRoutes: wrap(objects.httpRoutes),
    referenceGrants: wrap(objects.referenceGrants),
    others: wrap(objects.others),
    events: [],
    diagnostics: [],
  };
}
