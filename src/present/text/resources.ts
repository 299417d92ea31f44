/**
 * The resource types `kse get` knows, with kubectl's names for them (plural, singular, short names,
 * `resource.group`), their table columns and row printers.
 */
import { GATEWAY_CRDS, type Cluster, type CrdInfo, type Entry } from '../../model/index.ts';
import { crdColumns, printCrdRow } from './print-crd.ts';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import { DAEMON_SET_COLUMNS, DEPLOYMENT_COLUMNS, REPLICA_SET_COLUMNS, STATEFUL_SET_COLUMNS } from './print-workloads.ts';
import { printDaemonSetRow, printDeploymentRow, printReplicaSetRow, printStatefulSetRow } from './print-workloads.ts';
import { ENDPOINT_SLICE_COLUMNS, ENDPOINTS_COLUMNS, printEndpointSliceRow, printEndpointsRow } from './print-endpoints.ts';
import { INGRESS_COLUMNS, printIngressRow } from './print-ingress.ts';
import { NAMESPACE_COLUMNS, NODE_COLUMNS, printNamespaceRow, printNodeRow } from './print-node.ts';
import { POD_COLUMNS, printPodRow } from './print-pod.ts';
import { printServiceRow, SERVICE_COLUMNS } from './print-service.ts';
import type { TableColumn } from './table.ts';

export interface ResourceType {
  /** The plural resource name: `services`. */
  readonly resource: string;
  readonly singular: string;
  readonly shortNames: readonly string[];
  /** API group, `''` for the core group. */
  readonly group: string;
  readonly kind: string;
  readonly namespaced: boolean;
  readonly columns: readonly TableColumn[];
  readonly list: (cluster: Cluster) => readonly Entry<object>[];
  /** Whether the cluster's API server serves the type: a custom resource only where its CRD is installed. */
  readonly served: (cluster: Cluster) => boolean;
  /** Every cell of the row, wide ones included. */
  readonly row: (object: object, now: string, wide: boolean) => string[];
}

interface TypedResource<T extends object> extends Omit<ResourceType, 'list' | 'row' | 'served'> {
  readonly list: (cluster: Cluster) => readonly Entry<T>[];
  readonly row: (object: T, now: string, wide: boolean) => string[];
}

function define<T extends object>(type: TypedResource<T>): ResourceType {
  return { ...type, served: () => true, row: (object, now, wide) => type.row(object as T, now, wide) };
}

const core = { group: '', namespaced: true };

/** In the order `kubectl api-resources` lists them. */
export const RESOURCE_TYPES: readonly ResourceType[] = [
  define({ ...core, resource: 'endpoints', singular: 'endpoints', shortNames: ['ep'], kind: 'Endpoints', columns: ENDPOINTS_COLUMNS, list: (c) => c.endpoints, row: printEndpointsRow }),
  define({ ...core, namespaced: false, resource: 'namespaces', singular: 'namespace', shortNames: ['ns'], kind: 'Namespace', columns: NAMESPACE_COLUMNS, list: (c) => c.namespaces, row: printNamespaceRow }),
  define({ ...core, namespaced: false, resource: 'nodes', singular: 'node', shortNames: ['no'], kind: 'Node', columns: NODE_COLUMNS, list: (c) => c.nodes, row: printNodeRow }),
  define({ ...core, resource: 'pods', singular: 'pod', shortNames: ['po'], kind: 'Pod', columns: POD_COLUMNS, list: (c) => c.pods, row: printPodRow }),
  define({ ...core, resource: 'services', singular: 'service', shortNames: ['svc'], kind: 'Service', columns: SERVICE_COLUMNS, list: (c) => c.services, row: printServiceRow }),
  define({ group: 'apps', namespaced: true, resource: 'daemonsets', singular: 'daemonset', shortNames: ['ds'], kind: 'DaemonSet', columns: DAEMON_SET_COLUMNS, list: (c) => c.daemonSets, row: printDaemonSetRow }),
  define({ group: 'apps', namespaced: true, resource: 'deployments', singular: 'deployment', shortNames: ['deploy'], kind: 'Deployment', columns: DEPLOYMENT_COLUMNS, list: (c) => c.deployments, row: printDeploymentRow }),
  define({ group: 'apps', namespaced: true, resource: 'replicasets', singular: 'replicaset', shortNames: ['rs'], kind: 'ReplicaSet', columns: REPLICA_SET_COLUMNS, list: (c) => c.replicaSets, row: printReplicaSetRow }),
  define({ group: 'apps', namespaced: true, resource: 'statefulsets', singular: 'statefulset', shortNames: ['sts'], kind: 'StatefulSet', columns: STATEFUL_SET_COLUMNS, list: (c) => c.statefulSets, row: printStatefulSetRow }),
  define({ group: 'discovery.k8s.io', namespaced: true, resource: 'endpointslices', singular: 'endpointslice', shortNames: [], kind: 'EndpointSlice', columns: ENDPOINT_SLICE_COLUMNS, list: (c) => c.endpointSlices, row: printEndpointSliceRow }),
  define({ group: 'networking.k8s.io', namespaced: true, resource: 'ingresses', singular: 'ingress', shortNames: ['ing'], kind: 'Ingress', columns: INGRESS_COLUMNS, list: (c) => c.ingresses, row: printIngressRow }),
  ...GATEWAY_CRDS.map((crd) => gatewayResource(crd)),
];

/** A Gateway API kind, printed with its CRD's columns. */
function gatewayResource(crd: CrdInfo): ResourceType {
  const lists: Readonly<Record<string, (c: Cluster) => readonly Entry<object>[]>> = {
    GatewayClass: (c) => c.gatewayClasses,
    Gateway: (c) => c.gateways,
    HTTPRoute: (c) => c.httpRoutes,
    ReferenceGrant: (c) => c.referenceGrants,
  };
  const row = printCrdRow(crd.printerColumns);
  return {
    group: crd.group,
    namespaced: crd.namespaced,
    resource: crd.plural,
    singular: crd.singular,
    shortNames: crd.shortNames,
    kind: crd.kind,
    columns: crdColumns(crd.printerColumns),
    list: lists[crd.kind] ?? (() => []),
    served: (cluster) => gatewayApiServed(cluster, crd, lists[crd.kind]),
    row: (object, now) => row(object, now),
  };
}

/**
 * A Gateway API kind is served where its CRD is installed: the cluster was built with the Gateway
 * API (`--gateway-api`), the input applies the CRD, or the input holds objects of that kind (a
 * dump of a cluster that has them). Elsewhere kubectl answers as for any unknown type.
 */
function gatewayApiServed(cluster: Cluster, crd: CrdInfo, list: ((c: Cluster) => readonly Entry<object>[]) | undefined): boolean {
  if (cluster.config.gatewayApi || (list !== undefined && list(cluster).length > 0)) return true;
  const name = `${crd.plural}.${crd.group}`;
  return cluster.others.some((entry) => entry.key === `CustomResourceDefinition/${name}`);
}

/**
 * The RESTMapper's lookup: `svc`, `service`, `services`, `Service`, `services.` + group, `service.` + group.
 * Given the cluster, only the types its API server serves are found.
 */
export function findResourceType(name: string, cluster?: Cluster): ResourceType | undefined {
  const wanted = name.toLowerCase();
  const type = RESOURCE_TYPES.find((candidate) => {
    const names = [candidate.resource, candidate.singular, ...candidate.shortNames];
    if (candidate.group !== '') names.push(`${candidate.resource}.${candidate.group}`, `${candidate.singular}.${candidate.group}`);
    return names.includes(wanted);
  });
  return type !== undefined && (cluster === undefined || type.served(cluster)) ? type : undefined;
}

/** `service`, `endpointslice.discovery.k8s.io`: the lower-cased GroupKind kubectl prefixes names with. */
export function kindPrefix(type: ResourceType): string {
  const kind = type.kind.toLowerCase();
  return type.group === '' ? kind : `${kind}.${type.group}`;
}

/** `services`, `endpointslices.discovery.k8s.io`: the GroupResource of NotFound errors. */
export function groupResource(type: ResourceType): string {
  return type.group === '' ? type.resource : `${type.resource}.${type.group}`;
}

export function metadataOf(object: object): ObjectMeta {
  return (object as { metadata?: ObjectMeta }).metadata ?? {};
}
