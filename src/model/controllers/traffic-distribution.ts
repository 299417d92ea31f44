/**
 * spec.trafficDistribution in the EndpointSlice controller (v1.31,
 * staging/src/k8s.io/endpointslice/trafficdist/trafficdist.go ReconcileHints): with PreferClose,
 * preferCloseHeuristic.update gives each ready endpoint that has a zone a hint for its own zone;
 * kube-proxy then keeps a client's traffic in its zone (pkg/proxy/topology.go).
 */
import type { Service } from 'kubernetes-types/core/v1';
import type { Endpoint } from 'kubernetes-types/discovery/v1';

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

export function usesPreferClose(service: Service): boolean {
  return service.spec?.trafficDistribution === 'PreferClose' && !topologyHintsEnabled(service);
}

/** preferCloseHeuristic.update: a not-ready endpoint is left as it is, a ready one without a zone gets no hint. */
export function withZoneHints(endpoints: readonly Endpoint[]): Endpoint[] {
  return endpoints.map((endpoint) => {
    if (endpoint.conditions?.ready !== true || endpoint.zone === undefined) return endpoint;
    return { ...endpoint, hints: { forZones: [{ name: endpoint.zone }] } };
  });
}
