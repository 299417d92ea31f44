/**
 * Graph node ids, exactly as DESIGN.md ("Graph node ids") lists them; outside tests and docs
 * pages find boxes by these. `dns:` and `ip:` are this module's additions for the DNS answer of a
 * headless or ExternalName Service and for an endpoint that has no Pod; `group:Service/NS/NAME`
 * is a Service folded into one box by focus mode (focus.ts). Past a size (aggregate.ts) a
 * workload's Pods are `group:<Kind>/NS/NAME` (Deployment, StatefulSet, DaemonSet, ReplicaSet,
 * ReplicationController), a Service's slices `group:EndpointSlice/NS/<service>`, and the Nodes
 * `group:Node//nodes` (NODES_GROUP).
 */
export const CLIENT_EXTERNAL = 'client:external';

export const serviceId = (namespace: string, name: string): string => `svc:${namespace}/${name}`;
export const podId = (namespace: string, name: string): string => `pod:${namespace}/${name}`;
export const nodeId = (name: string): string => `node:${name}`;
export const sliceId = (namespace: string, name: string): string => `slice:${namespace}/${name}`;
export const loadBalancerId = (namespace: string, name: string): string => `lb:${namespace}/${name}`;
export const ingressId = (namespace: string, name: string): string => `ingress:${namespace}/${name}`;
export const gatewayId = (namespace: string, name: string): string => `gateway:${namespace}/${name}`;
export const routeId = (namespace: string, name: string): string => `route:${namespace}/${name}`;
export const externalId = (hostname: string): string => `external:${hostname}`;
export const clientPodId = (namespace: string, name: string): string => `client:pod/${namespace}/${name}`;
export const dnsAnswerId = (namespace: string, name: string): string => `dns:${namespace}/${name}`;
export const addressId = (address: string): string => `ip:${address}`;
/**
 * Every Node of the cluster in one box. Nodes are cluster-scoped, so the namespace part of
 * `group:KIND/NS/NAME` is empty, as in the API's own `Kind/name` keys; `nodes` names the set.
 */
export const NODES_GROUP = 'group:Node//nodes';
export const groupId = (service: string): string => `group:Service/${service.slice('svc:'.length)}`;

/** The Service a folded box stands for: `svc:NS/NAME`, or undefined for any other id. */
export function serviceOfGroup(id: string): string | undefined {
  return id.startsWith('group:Service/') ? `svc:${id.slice('group:Service/'.length)}` : undefined;
}
