/**
 * Hand-built Clusters for the view tests: every list empty unless given, objects wrapped as input
 * entries, so the printers can be tested without the model's pipeline (types only are imported
 * from the model, so these tests never load it).
 */
import type { Cluster, ClusterConfig, Entry } from '../../model/index.ts';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';

/** kubeadm's defaults, as DEFAULT_CONFIG states them. */
const FIXTURE_CONFIG: ClusterConfig = {
  serviceCIDRs: ['10.96.0.0/12'],
  podCIDRs: ['10.244.0.0/16'],
  nodePortRange: { min: 30000, max: 32767 },
  clusterDomain: 'cluster.local',
  now: '2025-01-01T12:00:00Z',
};

type Lists = Omit<Cluster, 'config' | 'diagnostics'>;

export type ClusterFixture = { readonly [K in keyof Lists]?: readonly (Lists[K][number]['object'])[] } & {
  readonly now?: string;
};

/** A Cluster holding exactly the given objects, at the given clock. */
export function buildFixtureCluster(fixture: ClusterFixture): Cluster {
  const wrap = <T extends object>(kind: string, objects: readonly T[] | undefined): Entry<T>[] =>
    (objects ?? []).map((object) => {
      const metadata = (object as { metadata?: ObjectMeta }).metadata ?? {};
      const key = metadata.namespace === undefined ? `${kind}/${metadata.name ?? ''}` : `${kind}/${metadata.namespace}/${metadata.name ?? ''}`;
      return { key, object, origin: 'input', simulated: [] };
    });
  return {
    config: { ...FIXTURE_CONFIG, ...(fixture.now === undefined ? {} : { now: fixture.now }) },
    namespaces: wrap('Namespace', fixture.namespaces),
    nodes: wrap('Node', fixture.nodes),
    services: wrap('Service', fixture.services),
    pods: wrap('Pod', fixture.pods),
    deployments: wrap('Deployment', fixture.deployments),
    replicaSets: wrap('ReplicaSet', fixture.replicaSets),
    statefulSets: wrap('StatefulSet', fixture.statefulSets),
    daemonSets: wrap('DaemonSet', fixture.daemonSets),
    replicationControllers: wrap('ReplicationController', fixture.replicationControllers),
    endpoints: wrap('Endpoints', fixture.endpoints),
    endpointSlices: wrap('EndpointSlice', fixture.endpointSlices),
    ingresses: wrap('Ingress', fixture.ingresses),
    ingressClasses: wrap('IngressClass', fixture.ingressClasses),
    networkPolicies: wrap('NetworkPolicy', fixture.networkPolicies),
    others: (fixture.others ?? []).flatMap((object) => wrap(object.kind, [object])),
    diagnostics: [],
  };
}
