/**
 * kube-proxy's endpoint selection: the endpoints of one Service port as its EndpointSlice cache
 * holds them (pkg/proxy/endpointslicecache.go), and the sets each traffic policy uses on one Node
 * (pkg/proxy/topology.go CategorizeEndpoints). Every proxy mode shares this step.
 */
import type { Cluster } from '../cluster-types.ts';
import type { EndpointSlice } from '../objects.ts';
import { familyOf, type IPFamily } from '../net/ip.ts';
import { featuresOf } from '../versions/rules.ts';
import { LABEL_SERVICE_PROXY_NAME, usesClusterEndpoints, usesLocalEndpoints, type ServicePortInfo } from './service-port.ts';

const LABEL_SERVICE_NAME = 'kubernetes.io/service-name';
const LABEL_HEADLESS = 'service.kubernetes.io/headless';
const LABEL_ZONE = 'topology.kubernetes.io/zone';

export interface ProxyEndpoint {
  readonly ip: string;
  readonly port: number;
  /** BaseEndpointInfo.String(): net.JoinHostPort(ip, port); kube-proxy orders its rules by it. */
  readonly endpoint: string;
  readonly nodeName: string | undefined;
  readonly zoneHints: readonly string[];
  /** hints.forNodes (v1.33+ API; written by the controller for PreferSameNode from v1.34). */
  readonly nodeHints: readonly string[];
  readonly ready: boolean;
  readonly serving: boolean;
  readonly terminating: boolean;
  /** The Pod the endpoint's targetRef names, if any. */
  readonly pod: { readonly namespace: string; readonly name: string } | undefined;
  /** `ns/name` of the EndpointSlice that lists it. */
  readonly slice: string;
}

/** The Node kube-proxy runs on, as CategorizeEndpoints needs it. */
export interface ProxyNode {
  readonly name: string;
  readonly zone: string | undefined;
  /** Whether this kube-proxy follows node hints: PreferSameTrafficDistribution, on from v1.34. */
  readonly nodeHints?: boolean;
}

export interface EndpointSets {
  /** Endpoints for Cluster traffic policy (topology hints applied); empty when the port never uses them. */
  readonly cluster: readonly ProxyEndpoint[];
  /** Endpoints on this Node for Local traffic policy; empty when the port never uses them. */
  readonly local: readonly ProxyEndpoint[];
  /** Whether the Service has a usable endpoint anywhere; false makes kube-proxy REJECT. */
  readonly hasAnyEndpoints: boolean;
  /** Which set fell back to serving, terminating endpoints because it had no ready one. */
  readonly clusterFallback: boolean;
  readonly localFallback: boolean;
  /** The zone the Cluster set was narrowed to by topology hints, if it was. */
  readonly topologyZone: string | undefined;
  /** The Node the Cluster set was narrowed to by node hints (PreferSameNode), if it was. */
  readonly topologyNode?: string;
}

export function joinHostPort(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/**
 * The slices kube-proxy reads for a Service: labelled with its name, in its namespace, and not
 * filtered out by its informers (cmd/kube-proxy/app/server.go: no service-proxy-name, not
 * headless; EndpointsChangeTracker: IPv4 and IPv6 address types only). In name order, so that
 * the result does not depend on the order the cluster lists them in.
 */
function proxiedSlices(cluster: Cluster, namespace: string, name: string): EndpointSlice[] {
  return cluster.endpointSlices
    .map((entry) => entry.object)
    .filter((slice) => {
      const labels = slice.metadata?.labels ?? {};
      return (
        slice.metadata?.namespace === namespace &&
        labels[LABEL_SERVICE_NAME] === name &&
        !(LABEL_SERVICE_PROXY_NAME in labels) &&
        !(LABEL_HEADLESS in labels) &&
        (slice.addressType === 'IPv4' || slice.addressType === 'IPv6')
      );
    })
    .sort((a, b) => ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1));
}

function toEndpoint(slice: EndpointSlice, endpoint: EndpointSlice['endpoints'][number], port: number): ProxyEndpoint {
  const ip = endpoint.addresses[0] ?? '';
  const ref = endpoint.targetRef;
  const conditions = endpoint.conditions ?? {};
  return {
    ip,
    port,
    endpoint: joinHostPort(ip, port),
    nodeName: endpoint.nodeName,
    zoneHints: (endpoint.hints?.forZones ?? []).map((zone) => zone.name),
    nodeHints: ((endpoint.hints as { forNodes?: { name: string }[] } | undefined)?.forNodes ?? []).map((node) => node.name),
    // newEndpointSliceInfo: a missing ready or serving condition counts as true, a missing terminating as false.
    ready: conditions.ready !== false,
    serving: conditions.serving !== false,
    terminating: conditions.terminating === true,
    pod: ref?.kind === 'Pod' && ref.name ? { namespace: ref.namespace ?? slice.metadata?.namespace ?? '', name: ref.name } : undefined,
    slice: `${slice.metadata?.namespace ?? ''}/${slice.metadata?.name ?? ''}`,
  };
}

/**
 * The endpoints of one Service port on one IP family, in kube-proxy's order.
 * endpointSliceCache.endpointInfoByServicePort: a slice port belongs to the Service port of the
 * same name and protocol (not number), and its number is the target for that slice's endpoints;
 * addEndpoints skips empty addresses and other families, and keeps one endpoint per ip:port
 * across slices, preferring one on `nodeName`. endpointsMapFromEndpointInfo sorts by ip:port.
 */
export function serviceEndpoints(cluster: Cluster, info: ServicePortInfo, family: IPFamily, nodeName?: string): ProxyEndpoint[] {
  const byEndpoint = new Map<string, ProxyEndpoint>();
  for (const slice of proxiedSlices(cluster, info.namespace, info.name)) {
    for (const port of slice.ports ?? []) {
      if ((port.name ?? '') !== (info.port.name ?? '') || (port.protocol ?? 'TCP') !== info.protocol || !port.port) continue;
      for (const endpoint of slice.endpoints ?? []) {
        const ip = endpoint.addresses[0];
        if (ip === undefined || ip === '' || familyOf(ip) !== family) continue;
        const candidate = toEndpoint(slice, endpoint, port.port);
        const existing = byEndpoint.get(candidate.endpoint);
        if (existing === undefined || (nodeName !== undefined && candidate.nodeName === nodeName)) byEndpoint.set(candidate.endpoint, candidate);
      }
    }
  }
  return [...byEndpoint.values()].sort((a, b) => (a.endpoint < b.endpoint ? -1 : a.endpoint > b.endpoint ? 1 : 0));
}

/**
 * topologyModeFromHints: with PreferSameTrafficDistribution (v1.34+), the Node itself when every
 * ready endpoint has a node hint and one is for this Node; else the Node's zone when every ready
 * endpoint has a zone hint and one is for that zone; else no topology.
 */
function topologyMode(endpoints: readonly ProxyEndpoint[], node: ProxyNode): { zone?: string; node?: string } {
  const ready = endpoints.filter((e) => e.ready);
  if (ready.length === 0) return {};
  if (node.nodeHints === true && ready.every((e) => e.nodeHints.length > 0) && ready.some((e) => e.nodeHints.includes(node.name))) {
    return { node: node.name };
  }
  const zone = node.zone;
  if (zone === undefined || !ready.every((e) => e.zoneHints.length > 0)) return {};
  return ready.some((e) => e.zoneHints.includes(zone)) ? { zone } : {};
}

const isServingTerminating = (e: ProxyEndpoint): boolean => e.serving && e.terminating;

/**
 * CategorizeEndpoints: "usable" means ready, falling back (separately for Cluster and Local) to
 * serving, terminating endpoints when the set has no ready one.
 */
export function categorizeEndpoints(endpoints: readonly ProxyEndpoint[], info: ServicePortInfo, node: ProxyNode): EndpointSets {
  let cluster: readonly ProxyEndpoint[] = [];
  let local: readonly ProxyEndpoint[] = [];
  let hasAnyEndpoints = false;
  let clusterFallback = false;
  let localFallback = false;
  let topology: { zone?: string; node?: string } = {};
  if (usesClusterEndpoints(info)) {
    topology = topologyMode(endpoints, node);
    // availableForTopology: the endpoints hinted for this Node, or for its zone.
    const { zone, node: hintedNode } = topology;
    cluster = endpoints.filter((e) => e.ready && (hintedNode !== undefined ? e.nodeHints.includes(hintedNode) : zone === undefined || e.zoneHints.includes(zone)));
    if (cluster.length === 0) {
      cluster = endpoints.filter(isServingTerminating);
      clusterFallback = cluster.length > 0;
    }
    hasAnyEndpoints = cluster.length > 0;
  }
  if (usesLocalEndpoints(info)) {
    const isLocal = (e: ProxyEndpoint): boolean => e.nodeName === node.name;
    hasAnyEndpoints ||= endpoints.some((e) => e.ready || isServingTerminating(e));
    local = endpoints.filter((e) => isLocal(e) && e.ready);
    if (local.length === 0) {
      local = endpoints.filter((e) => isLocal(e) && isServingTerminating(e));
      localFallback = local.length > 0;
    }
  }
  return { cluster, local, hasAnyEndpoints, clusterFallback, localFallback, topologyZone: topology.zone, ...(topology.node !== undefined ? { topologyNode: topology.node } : {}) };
}

/** The Node as kube-proxy knows it: its name and its topology.kubernetes.io/zone label. */
export function proxyNode(cluster: Cluster, name: string): ProxyNode {
  const node = cluster.nodes.find((entry) => entry.object.metadata?.name === name)?.object;
  return { name, zone: node?.metadata?.labels?.[LABEL_ZONE], nodeHints: featuresOf(cluster.config.kubeVersion).preferSameNode };
}
