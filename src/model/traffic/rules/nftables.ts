/**
 * The nftables mode: the `kube-proxy` table kube-proxy's syncProxyRules writes for one IP family
 * (kubernetes/kubernetes pkg/proxy/nftables/proxier.go, v1.31). Each rule keeps the `nft -f` line
 * kube-proxy sends to nft and its proxier_test.go compares (`add chain …`, `add rule …`,
 * `add element …`), which does not depend on the nft version; nftables-text.ts re-lists the table
 * as `nft list ruleset` prints it.
 */
import { cidrContains, parseCIDRSloppy } from '../../net/cidr.ts';
import { parseIPSloppy } from '../../net/ip.ts';
import type { ProxyEndpoint } from '../endpoints.ts';
import { externallyAccessible, usesClusterEndpoints, usesLocalEndpoints } from '../service-port.ts';
import { nftablesNameBase } from './chain-names.ts';
import { endpointRef, portChains, type PortChains, type ProxiedPort, type ProxyScope } from './proxied.ts';
import type { ProxyChain, ProxyRule, ProxyTable } from './types.ts';

/** 1 << masqueradeBit (default 14), as fmt's %#08x and kube-proxy's tests print it. */
const MASQ_MARK = '0x4000';
const MARK_MASQ = 'mark-for-masquerade';
const REJECT = 'reject-chain';

interface Block {
  readonly kind: 'chain' | 'set' | 'map';
  readonly header: string;
  readonly rules: ProxyRule[];
  readonly refs: Set<string>;
}

interface Writer {
  readonly scope: ProxyScope;
  /** `ip kube-proxy` or `ip6 kube-proxy`. */
  readonly table: string;
  /** `ip` or `ip6`, the expression prefix of addresses. */
  readonly ipX: string;
  readonly addrType: string;
  readonly nodeRef: string;
  readonly blocks: Map<string, Block>;
}

/** knftables' Chain/Set/Map writeOperation: the object's properties between braces, each ended by ` ;`. */
function declare(w: Writer, kind: Block['kind'], name: string, properties: readonly string[] = [], refs: readonly string[] = []): void {
  const existing = w.blocks.get(name);
  const block = existing ?? { kind, header: `add ${kind} ${w.table} ${name}${properties.length > 0 ? ` { ${properties.map((p) => `${p} ;`).join(' ')} }` : ''}`, rules: [], refs: new Set<string>() };
  w.blocks.set(name, block);
  for (const ref of refs) block.refs.add(ref);
}

function rule(w: Writer, chain: string, refs: readonly string[], text: string, comment?: string): void {
  declare(w, 'chain', chain, [], refs);
  const suffix = comment === undefined ? '' : ` comment "${comment}"`;
  w.blocks.get(chain)?.rules.push({ text: `add rule ${w.table} ${chain} ${text}${suffix}`, refs: [...refs] });
}

/** knftables Element: the key joined by ` . `, then the comment, then ` : value` for a map. */
function element(w: Writer, set: string, refs: readonly string[], key: readonly (string | number)[], value?: string, comment?: string): void {
  const note = comment === undefined ? '' : ` comment "${comment}"`;
  const mapped = value === undefined ? '' : ` : ${value}`;
  w.blocks.get(set)?.rules.push({ text: `add element ${w.table} ${set} { ${key.join(' . ')}${note}${mapped} }`, refs: [...refs] });
}

const BASE_CHAINS: readonly [string, string][] = [
  ['filter-prerouting', 'type filter hook prerouting priority -110'],
  ['filter-input', 'type filter hook input priority -110'],
  ['filter-forward', 'type filter hook forward priority -110'],
  ['filter-output', 'type filter hook output priority -110'],
  ['filter-output-post-dnat', 'type filter hook output priority -90'],
  ['nat-prerouting', 'type nat hook prerouting priority -100'],
  ['nat-output', 'type nat hook output priority -100'],
  ['nat-postrouting', 'type nat hook postrouting priority 100'],
];

/** nftablesJumpChains: [destination, source, extra match]. */
const JUMP_CHAINS: readonly [string, string, string][] = [
  ['nodeport-endpoints-check', 'filter-input', 'ct state new '],
  ['service-endpoints-check', 'filter-input', 'ct state new '],
  ['service-endpoints-check', 'filter-forward', 'ct state new '],
  ['service-endpoints-check', 'filter-output', 'ct state new '],
  ['firewall-check', 'filter-prerouting', 'ct state new '],
  ['firewall-check', 'filter-output', 'ct state new '],
  ['services', 'nat-output', ''],
  ['services', 'nat-prerouting', ''],
  ['masquerading', 'nat-postrouting', ''],
  ['cluster-ips-check', 'filter-forward', 'ct state new '],
  ['cluster-ips-check', 'filter-output-post-dnat', 'ct state new '],
];

/** setupNFTables, steps 1–3: base chains, the jumps into kube-proxy's own chains, masquerading. */
function setupChains(w: Writer): void {
  const refs = [w.nodeRef];
  for (const [name, spec] of BASE_CHAINS) declare(w, 'chain', name, [spec], refs);
  for (const [destination, source, extra] of JUMP_CHAINS) {
    declare(w, 'chain', destination, [], refs);
    rule(w, source, refs, `${extra}jump ${destination}`);
  }
  for (const chain of ['services', 'cluster-ips-check', 'masquerading', MARK_MASQ]) declare(w, 'chain', chain, [], refs);
  rule(w, MARK_MASQ, refs, `mark set mark or ${MASQ_MARK}`);
  rule(w, 'masquerading', refs, `mark and ${MASQ_MARK} == 0 return`);
  rule(w, 'masquerading', refs, `mark set mark xor ${MASQ_MARK}`);
  rule(w, 'masquerading', refs, 'masquerade fully-random');
}

/**
 * setupNFTables, steps 4–7: the ClusterIP checks, nodeport-ips, the no-endpoint maps, the
 * firewall map and the dispatch maps. nodeport-ips holds the Node's primary address, the
 * `primary` default of nodePortAddresses that kube-proxy uses in nftables mode.
 */
function setupMaps(w: Writer): void {
  const refs = [w.nodeRef];
  const { ipX, addrType } = w;
  const tuple = `${addrType} . inet_proto . inet_service : verdict`;
  declare(w, 'set', 'cluster-ips', [`type ${addrType}`, 'comment "Active ClusterIPs"'], refs);
  rule(w, 'cluster-ips-check', refs, `${ipX} daddr @cluster-ips reject`, 'Reject traffic to invalid ports of ClusterIPs');
  if (w.scope.serviceCIDRs.length > 0) rule(w, 'cluster-ips-check', refs, `${ipX} daddr { ${w.scope.serviceCIDRs.join(',')} } drop`, 'Drop traffic to unallocated ClusterIPs');
  declare(w, 'set', 'nodeport-ips', [`type ${addrType}`, 'comment "IPs that accept NodePort traffic"'], refs);
  if (w.scope.nodeIP !== undefined) element(w, 'nodeport-ips', refs, [w.scope.nodeIP]);
  declare(w, 'map', 'no-endpoint-services', [`type ${tuple}`, 'comment "vmap to drop or reject packets to services with no endpoints"'], refs);
  declare(w, 'map', 'no-endpoint-nodeports', ['type inet_proto . inet_service : verdict', 'comment "vmap to drop or reject packets to service nodeports with no endpoints"'], refs);
  declare(w, 'chain', REJECT, ['comment "helper for @no-endpoint-services / @no-endpoint-nodeports"'], refs);
  rule(w, REJECT, refs, 'reject');
  rule(w, 'service-endpoints-check', refs, `${ipX} daddr . meta l4proto . th dport vmap @no-endpoint-services`);
  rule(w, 'nodeport-endpoints-check', refs, `${ipX} daddr @nodeport-ips meta l4proto . th dport vmap @no-endpoint-nodeports`);
  declare(w, 'map', 'firewall-ips', [`type ${tuple}`, 'comment "destinations that are subject to LoadBalancerSourceRanges"'], refs);
  rule(w, 'firewall-check', refs, `${ipX} daddr . meta l4proto . th dport vmap @firewall-ips`);
  declare(w, 'map', 'service-ips', [`type ${tuple}`, 'comment "ClusterIP, ExternalIP and LoadBalancer IP traffic"'], refs);
  declare(w, 'map', 'service-nodeports', ['type inet_proto . inet_service : verdict', 'comment "NodePort traffic"'], refs);
  rule(w, 'services', refs, `${ipX} daddr . meta l4proto . th dport vmap @service-ips`);
  rule(w, 'services', refs, `${ipX} daddr @nodeport-ips meta l4proto . th dport vmap @service-nodeports`);
}

/** The names and decisions syncProxyRules derives for one Service port. */
interface PortPlan extends PortChains {
  readonly port: ProxiedPort;
  readonly protocol: string;
  readonly usesExternal: boolean;
  readonly usesFW: boolean;
}

function plan(port: ProxiedPort): PortPlan {
  const { info, sets } = port;
  const protocol = info.protocol.toLowerCase();
  // servicePortChainNameBase: the ServicePortName's parts, slash-separated, readable in the chain name.
  const base = nftablesNameBase(`${info.namespace}/${info.name}/${protocol}/${info.port.name ?? ''}`);
  return {
    port,
    protocol,
    ...portChains(port, { cluster: `service-${base}`, local: `local-${base}`, external: `external-${base}`, firewall: `firewall-${base}` }),
    usesExternal: sets.hasAnyEndpoints && externallyAccessible(info),
    usesFW: info.loadBalancerVIPs.length > 0 && port.sourceRanges.length > 0,
  };
}

/** servicePortEndpointChainNameBase: IPv6 colons become dots, which chain names allow. */
function endpointBase(p: PortPlan, e: ProxyEndpoint): string {
  const { info } = p.port;
  return nftablesNameBase(`${info.namespace}/${info.name}/${p.protocol}/${info.port.name ?? ''}__${e.ip.replaceAll(':', '.')}/${e.port}`);
}

/** goto reject-chain when the Service has no endpoint anywhere; drop when only a Local policy leaves none here. */
function filterVerdict(p: PortPlan): string {
  return p.hasEndpoints ? 'drop' : `goto ${REJECT}`;
}

/** "Note the endpoint chains" and the ensureChain calls that follow: kube-proxy creates a Service's chains in this order. */
function declareChains(w: Writer, p: PortPlan): void {
  const { info, sets, ref, reachable } = p.port;
  for (const e of reachable) declare(w, 'chain', `endpoint-${endpointBase(p, e)}`, [], [ref, endpointRef(e)]);
  if (sets.cluster.length > 0 && usesClusterEndpoints(info)) declare(w, 'chain', p.clusterChain, [], [ref]);
  if (sets.local.length > 0 && usesLocalEndpoints(info)) declare(w, 'chain', p.localChain, [], [ref]);
  if (p.usesExternal) declare(w, 'chain', p.externalChain, [], [ref]);
  if (p.usesFW) declare(w, 'chain', p.fwChain, [], [`lb:${info.namespace}/${info.name}`, ref]);
}

/** "Capture the clusterIP", "Capture externalIPs", "Capture load-balancer ingress" and "Capture nodeports": the map elements. */
function captureElements(w: Writer, p: PortPlan): void {
  const { info, ref } = p.port;
  const lbRefs = [`lb:${info.namespace}/${info.name}`, ref];
  const key = (ip: string): (string | number)[] => [ip, p.protocol, info.port.port];
  const clusterIP = info.clusterIP ?? '';
  element(w, 'cluster-ips', [ref], [clusterIP]);
  if (p.hasInternal) element(w, 'service-ips', [ref], key(clusterIP), `goto ${p.internalChain}`);
  else element(w, 'no-endpoint-services', [ref], key(clusterIP), filterVerdict(p), info.nameString);
  for (const ip of info.externalIPs) {
    if (p.hasEndpoints) element(w, 'service-ips', [ref], key(ip), `goto ${p.externalChain}`);
    if (!p.hasExternal) element(w, 'no-endpoint-services', [ref], key(ip), filterVerdict(p), info.nameString);
  }
  for (const ip of info.loadBalancerVIPs) {
    if (p.hasEndpoints) element(w, 'service-ips', lbRefs, key(ip), `goto ${p.externalChain}`);
    if (p.usesFW) element(w, 'firewall-ips', lbRefs, key(ip), `goto ${p.fwChain}`);
  }
  if (!p.hasExternal) for (const ip of info.loadBalancerVIPs) element(w, 'no-endpoint-services', lbRefs, key(ip), filterVerdict(p), info.nameString);
  if (info.nodePort === undefined) return;
  const nodeRefs = [w.nodeRef, ref];
  // Nodeports are not subject to loadBalancerSourceRanges: they go straight to the external chain.
  if (p.hasEndpoints) element(w, 'service-nodeports', nodeRefs, [p.protocol, info.nodePort], `goto ${p.externalChain}`);
  if (!p.hasExternal) element(w, 'no-endpoint-nodeports', nodeRefs, [p.protocol, info.nodePort], filterVerdict(p), info.nameString);
}

/** "Set up internal traffic handling" and "Set up external traffic handling" (the local detector is ClusterCIDR's). */
function trafficRules(w: Writer, p: PortPlan): void {
  const { info, ref } = p.port;
  const podCIDR = w.scope.podCIDR;
  if (p.hasInternal && podCIDR !== undefined) {
    rule(w, p.internalChain, [ref], `${w.ipX} daddr ${info.clusterIP ?? ''} ${p.protocol} dport ${info.port.port} ${w.ipX} saddr != ${podCIDR} jump ${MARK_MASQ}`);
  }
  if (!p.usesExternal) return;
  if (!info.externalPolicyLocal) rule(w, p.externalChain, [ref], `jump ${MARK_MASQ}`);
  else {
    if (podCIDR !== undefined) rule(w, p.externalChain, [ref], `${w.ipX} saddr ${podCIDR} goto ${p.clusterChain}`, 'short-circuit pod traffic');
    rule(w, p.externalChain, [ref], `fib saddr type local jump ${MARK_MASQ}`, 'masquerade local traffic');
    rule(w, p.externalChain, [ref], `fib saddr type local goto ${p.clusterChain}`, 'short-circuit local traffic');
  }
  if (p.hasExternal) rule(w, p.externalChain, [ref], `goto ${p.externalPolicyChain}`);
}

/** The firewall chain: drop sources outside loadBalancerSourceRanges, letting in the VIPs when a range holds the Node. */
function firewallRule(w: Writer, p: PortPlan): void {
  if (!p.usesFW) return;
  const { info, ref, sourceRanges } = p.port;
  const nodeIP = w.scope.nodeIP === undefined ? undefined : parseIPSloppy(w.scope.nodeIP);
  const allowFromNode = nodeIP !== undefined && sourceRanges.some((text) => {
    const cidr = parseCIDRSloppy(text);
    return cidr !== undefined && cidrContains(cidr, nodeIP);
  });
  const sources = [...sourceRanges, ...(allowFromNode ? info.loadBalancerVIPs : [])];
  rule(w, p.fwChain, [`lb:${info.namespace}/${info.name}`, ref], `${w.ipX} saddr != { ${sources.join(' , ')} } drop`);
}

/** writeServiceToEndpointRules: affinity lookups first, then one numgen vmap that picks an endpoint uniformly. */
function serviceToEndpointRules(w: Writer, p: PortPlan, chain: string, endpoints: readonly ProxyEndpoint[]): void {
  const { info, ref } = p.port;
  if (info.stickySeconds !== undefined) {
    for (const e of endpoints) rule(w, chain, [ref, endpointRef(e)], `${w.ipX} saddr @affinity-${endpointBase(p, e)} goto endpoint-${endpointBase(p, e)}`);
  }
  const choices = endpoints.map((e, i) => `${i} : goto endpoint-${endpointBase(p, e)}`).join(' , ');
  rule(w, chain, [ref, ...endpoints.map(endpointRef)], `numgen random mod ${endpoints.length} vmap { ${choices} }`);
}

/** The per-endpoint affinity sets and chains: hairpin masquerade, affinity update, DNAT. */
function endpointRules(w: Writer, p: PortPlan): void {
  const { info, ref, reachable } = p.port;
  const sticky = info.stickySeconds;
  if (sticky !== undefined) {
    for (const e of reachable) declare(w, 'set', `affinity-${endpointBase(p, e)}`, [`type ${w.addrType}`, 'flags dynamic,timeout', `timeout ${sticky}s`], [ref, endpointRef(e)]);
  }
  if (p.port.sets.cluster.length > 0 && usesClusterEndpoints(info)) serviceToEndpointRules(w, p, p.clusterChain, p.port.sets.cluster);
  if (p.port.sets.local.length > 0 && usesLocalEndpoints(info)) serviceToEndpointRules(w, p, p.localChain, p.port.sets.local);
  for (const e of reachable) {
    const chain = `endpoint-${endpointBase(p, e)}`;
    const refs = [endpointRef(e)];
    rule(w, chain, refs, `${w.ipX} saddr ${e.ip} jump ${MARK_MASQ}`);
    if (sticky !== undefined) rule(w, chain, refs, `update @affinity-${endpointBase(p, e)} { ${w.ipX} saddr }`);
    rule(w, chain, refs, `meta l4proto ${p.protocol} dnat to ${e.endpoint}`);
  }
}

function writeServicePort(w: Writer, port: ProxiedPort): void {
  const p = plan(port);
  declareChains(w, p);
  captureElements(w, p);
  trafficRules(w, p);
  firewallRule(w, p);
  endpointRules(w, p);
}

export function nftablesTables(scope: ProxyScope): ProxyTable[] {
  const ipX = scope.family === 'IPv4' ? 'ip' : 'ip6';
  const w: Writer = { scope, table: `${ipX} kube-proxy`, ipX, addrType: scope.family === 'IPv4' ? 'ipv4_addr' : 'ipv6_addr', nodeRef: `node:${scope.node.name}`, blocks: new Map() };
  setupChains(w);
  setupMaps(w);
  for (const port of scope.ports) writeServicePort(w, port);
  const chains: ProxyChain[] = [...w.blocks.entries()].map(([name, b]) => ({ name, kind: b.kind, header: [b.header], rules: b.rules, refs: [...b.refs] }));
  return [{ name: w.table, family: scope.family, header: [`add table ${w.table} { comment "rules for kube-proxy" ; }`], chains }];
}
