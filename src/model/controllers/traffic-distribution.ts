/**
 * spec.trafficDistribution in the EndpointSlice controller
 * (staging/src/k8s.io/endpointslice/trafficdist/trafficdist.go ReconcileHints): with PreferClose
 * (and, from v1.34, its new name PreferSameZone), preferCloseHeuristic.update gives each ready
 * endpoint that has a zone a hint for its own zone; with PreferSameNode (v1.34+) it adds a hint
 * for the endpoint's own Node. kube-proxy then keeps a client's traffic in its zone, or on its
 * Node (pkg/proxy/topology.go).
 */
import type { Service } from 'kubernetes-types/core/v1';
import type { Endpoint } from 'kubernetes-types/discovery/v1';
import type { VersionFeatures } from '../versions/rules.ts';

/**
 * reconciler.go hintsEnabled: Topology Aware Routing is on when the deprecated
 * topology-aware-hints annotation (which wins when both are set), else topology-mode, says Auto.
 * Then the topology cache, not trafficdist, owns the hints (`canUseTrafficDistribution`).
 */
function topologyHintsEnabled(service: Service): boolean {
  const annotations = service.metadata?.annotations ?? {};
  const value = annotations['service.kubernetes.io/topology-aware-hints'] ?? annotations['service.kubernetes.io/topology-mode'];
  return value === 'Auto' || value === 'auto';
}

/** Which hints the controller writes for a Service: zone hints, zone and node hints, or none. */
export type HintKind = 'zone' | 'node' | undefined;

/**
 * reconciler.go validTrafficDistribution: PreferClose when the ServiceTrafficDistribution gate is
 * on (v1.31+; a v1.30 create has already dropped the field), PreferSameZone and PreferSameNode only
 * with PreferSameTrafficDistribution (v1.34+).
 */
export function hintKind(service: Service, features: Pick<VersionFeatures, 'trafficDistribution' | 'preferSameNode'>): HintKind {
  if (features.trafficDistribution !== 'on' || topologyHintsEnabled(service)) return undefined;
  const value = service.spec?.trafficDistribution;
  if (value === 'PreferClose') return 'zone';
  if (!features.preferSameNode) return undefined;
  return value === 'PreferSameZone' ? 'zone' : value === 'PreferSameNode' ? 'node' : undefined;
}

/** An EndpointHints with v1.33's forNodes, which kubernetes-types 1.30 does not have. */
interface Hints {
  forZones?: { name: string }[];
  forNodes?: { name: string }[];
}

/** preferCloseHeuristic.update: a not-ready endpoint is left as it is; a ready one gets the hints it can have. */
export function withHints(endpoints: readonly Endpoint[], kind: HintKind): Endpoint[] {
  if (kind === undefined) return [...endpoints];
  return endpoints.map((endpoint) => {
    if (endpoint.conditions?.ready !== true) return endpoint;
    const hints: Hints = {};
    if (endpoint.zone !== undefined) hints.forZones = [{ name: endpoint.zone }];
    if (kind === 'node' && endpoint.nodeName !== undefined) hints.forNodes = [{ name: endpoint.nodeName }];
    if (hints.forZones === undefined && hints.forNodes === undefined) return endpoint;
    return { ...endpoint, hints };
  });
}
