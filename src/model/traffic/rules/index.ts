/**
 * proxyRules: the rules kube-proxy programs on one Node for every Service, in iptables, ipvs or
 * nftables mode. Endpoint selection is the one `trace` uses (../endpoints.ts); each mode turns it
 * into its own rules.
 */
import type { Cluster } from '../../cluster-types.ts';
import { parseCIDRSloppy } from '../../net/cidr.ts';
import type { IPFamily } from '../../net/ip.ts';
import { defaultNode, findNode } from '../client.ts';
import { iptablesTables } from './iptables.ts';
import { ipvsTables } from './ipvs.ts';
import { nftablesTables } from './nftables.ts';
import { proxyScope } from './proxied.ts';
import type { ProxyMode, ProxyRulesRequest, ProxyRulesResult, ProxyTable } from './types.ts';
import { featuresOf } from '../../versions/rules.ts';

/** kube-proxy runs one proxier an IP family the cluster serves (NewDualStackProxier): the families of the Service CIDRs. */
function families(cluster: Cluster): IPFamily[] {
  const found = new Set(cluster.config.serviceCIDRs.map((text) => parseCIDRSloppy(text)?.family));
  return (['IPv4', 'IPv6'] as const).filter((family) => found.has(family));
}

const NOTES: Readonly<Partial<Record<ProxyMode, readonly string[]>>> = {
  iptables: ['Service rules only: the jumps from the built-in chains, KUBE-FORWARD and KUBE-FIREWALL are the same on every Node and left out'],
  ipvs: [
    'kube-proxy binds each nodePort on every local address of the Node; only its InternalIP is simulated',
    'the iptables rules and ipsets ipvs mode still uses (masquerading, externalIP and load-balancer access, loadBalancerSourceRanges, KUBE-IPVS-FILTER) are left out',
  ],
  nftables: [
    'printed as nft list ruleset (nft 1.0.x) lists the table just after kube-proxy started; each structured rule keeps the nft -f line kube-proxy writes',
    'nodeport-ips holds the Node\'s InternalIP: nftables mode defaults nodePortAddresses to the primary address',
  ],
};

const BUILDERS: Readonly<Partial<Record<ProxyMode, (scope: ReturnType<typeof proxyScope>) => ProxyTable[]>>> = {
  iptables: iptablesTables,
  ipvs: ipvsTables,
  nftables: nftablesTables,
};

export function proxyRules(cluster: Cluster, request: ProxyRulesRequest = {}): ProxyRulesResult {
  const mode = request.mode ?? 'iptables';
  // validateProxyModeLinux: nftables is a valid mode only with NFTablesProxyMode, beta and on from v1.31.
  if (mode === 'nftables' && !featuresOf(cluster.config.kubeVersion).nftablesProxyMode) {
    return {
      ok: false,
      error: {
        reason: 'BadRequest',
        message: `KubeProxyConfiguration.ProxyMode: Invalid value: "nftables": must be iptables, ipvs or blank (blank means the best-available proxy [currently iptables]) (kube-proxy v${cluster.config.kubeVersion} has the NFTablesProxyMode feature gate alpha and off; it is on from v1.31)`,
      },
    };
  }
  const node = request.node ?? defaultNode(cluster);
  if (node === undefined) return { ok: false, error: { reason: 'BadRequest', message: 'the cluster has no Node to run kube-proxy on' } };
  if (findNode(cluster, node) === undefined) return { ok: false, error: { reason: 'NotFound', message: `nodes "${node}" not found` } };
  const build = BUILDERS[mode];
  if (build === undefined) return { ok: false, error: { reason: 'BadRequest', message: `the ${mode} mode is not simulated yet` } };
  const tables = families(cluster).flatMap((family) => build(proxyScope(cluster, node, family)));
  return { ok: true, dump: { mode, node, tables, notes: NOTES[mode] ?? [] } };
}

export { formatProxyDump } from './text.ts';
export { PROXY_MODES } from './types.ts';
export type { ProxyChain, ProxyDump, ProxyMode, ProxyRule, ProxyRulesError, ProxyRulesRequest, ProxyRulesResult, ProxyTable } from './types.ts';
