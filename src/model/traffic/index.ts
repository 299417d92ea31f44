/**
 * Traffic through Services as kube-proxy (iptables mode, the default) handles it: endpoint
 * selection per traffic policy (endpoints.ts, shared by every proxy mode), and the hop-by-hop
 * path of a packet.
 *
 * Semantics: kubernetes/kubernetes pkg/proxy/iptables/proxier.go (syncProxyRules,
 * writeServiceToEndpointRules), pkg/proxy/topology.go (CategorizeEndpoints),
 * pkg/proxy/endpointslicecache.go, pkg/proxy/serviceport.go, cmd/kube-proxy/app/server.go.
 */
export { trace } from './trace.ts';
export type { Listener, Trace, TraceBackend, TraceError, TraceFinal, TraceHop, TraceRequest, TraceResult, TraceVia } from './types.ts';
export { formatProxyDump, PROXY_MODES, proxyRules } from './rules/index.ts';
export type { ProxyChain, ProxyDump, ProxyMode, ProxyRule, ProxyRulesError, ProxyRulesRequest, ProxyRulesResult, ProxyTable } from './rules/index.ts';
