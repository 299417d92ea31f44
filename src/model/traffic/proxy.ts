/**
 * What kube-proxy's iptables rules on one Node do with a new connection to a Service port:
 * reject it, drop it, or DNAT it to one of a set of endpoints, masquerading or not
 * (pkg/proxy/iptables/proxier.go syncProxyRules, for one service port).
 */
import { categorizeEndpoints, type ProxyEndpoint, type ProxyNode } from './endpoints.ts';
import type { ServicePortInfo } from './service-port.ts';

/** Internal: to the ClusterIP. External: to a nodePort, a load-balancer IP or an external IP. */
export type TrafficKind = 'internal' | 'external';

export type ProxyDecision =
  | { readonly verdict: 'REJECT' | 'DROP'; readonly comment: string; readonly notes: readonly string[] }
  | {
      readonly verdict: 'DNAT';
      readonly endpoints: readonly ProxyEndpoint[];
      /** KUBE-MARK-MASQ before DNAT: the source becomes the Node's address on the way out. */
      readonly masquerade: string | undefined;
      readonly notes: readonly string[];
    };

export interface ProxyInput {
  readonly info: ServicePortInfo;
  readonly endpoints: readonly ProxyEndpoint[];
  readonly node: ProxyNode;
  readonly traffic: TrafficKind;
  /** The local-traffic detector's verdict on the source (ClusterCIDR mode: inside the Pod CIDRs). */
  readonly sourceIsPod: boolean;
}

interface Chain {
  readonly endpoints: readonly ProxyEndpoint[] | 'drop';
  readonly masquerade: string | undefined;
  readonly fallback: boolean;
  readonly notes: readonly string[];
}

/** The internal (ClusterIP) side: internalPolicyChain, and the "cluster IP" masquerade rule for sources outside the Pod network. */
function internalChain(input: ProxyInput, sets: ReturnType<typeof categorizeEndpoints>): Chain {
  const masquerade = input.sourceIsPod ? undefined : 'the source is not a Pod address, and the "cluster IP" rule masquerades off-cluster traffic';
  if (!input.info.internalPolicyLocal) return { endpoints: sets.cluster, masquerade, fallback: sets.clusterFallback, notes: [] };
  const notes = [`internalTrafficPolicy Local: only endpoints on ${input.node.name}, the client's Node`];
  return { endpoints: sets.local.length > 0 ? sets.local : 'drop', masquerade, fallback: sets.localFallback, notes };
}

/** The external side: the EXT chain, its short-circuit for Pod sources, and externalPolicyChain. */
function externalChain(input: ProxyInput, sets: ReturnType<typeof categorizeEndpoints>): Chain {
  if (!input.info.externalPolicyLocal) {
    const why = 'externalTrafficPolicy Cluster masquerades external traffic, so that the reply comes back through this Node';
    return { endpoints: sets.cluster, masquerade: why, fallback: sets.clusterFallback, notes: [] };
  }
  if (input.sourceIsPod) {
    const note = 'externalTrafficPolicy Local does not apply to traffic from Pods: kube-proxy sends it to any endpoint ("pod traffic for external destinations")';
    return { endpoints: sets.cluster, masquerade: undefined, fallback: sets.clusterFallback, notes: [note] };
  }
  const note = `externalTrafficPolicy Local: only endpoints on ${input.node.name}, and the client's source address is kept`;
  return { endpoints: sets.local.length > 0 ? sets.local : 'drop', masquerade: undefined, fallback: sets.localFallback, notes: [note] };
}

export function decide(input: ProxyInput): ProxyDecision {
  const sets = categorizeEndpoints(input.endpoints, input.info, input.node);
  const name = input.info.nameString;
  // "The service has no endpoints at all": only filter rules rejecting its addresses.
  if (!sets.hasAnyEndpoints) return { verdict: 'REJECT', comment: `${name} has no endpoints`, notes: [] };
  const chain = input.traffic === 'internal' ? internalChain(input, sets) : externalChain(input, sets);
  if (chain.endpoints === 'drop') return { verdict: 'DROP', comment: `${name} has no local endpoints`, notes: chain.notes };
  const notes = [...chain.notes];
  if (chain.fallback) notes.push('no endpoint is ready: kube-proxy falls back to the serving, terminating ones (topology.go CategorizeEndpoints)');
  if (sets.topologyNode !== undefined && chain.endpoints === sets.cluster) notes.push(`topology hints (from trafficDistribution PreferSameNode): only endpoints hinted for Node ${sets.topologyNode}, this Node`);
  if (sets.topologyZone !== undefined && chain.endpoints === sets.cluster) notes.push(`topology hints (from trafficDistribution PreferClose, or Topology Aware Routing): only endpoints hinted for zone ${sets.topologyZone}, the Node's zone`);
  return { verdict: 'DNAT', endpoints: chain.endpoints, masquerade: chain.masquerade, notes };
}
