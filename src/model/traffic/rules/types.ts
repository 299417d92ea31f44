/**
 * What `proxyRules` returns: the rules kube-proxy programs on one Node, as tables of chains of
 * rules, each rule with the graph boxes it acts on, so that a view can link a rule to the
 * Service, Pod, Node or load balancer it concerns.
 */
import type { IPFamily } from '../../net/ip.ts';

export type ProxyMode = 'iptables' | 'ipvs' | 'nftables';

export const PROXY_MODES: readonly ProxyMode[] = ['iptables', 'ipvs', 'nftables'];

export interface ProxyRule {
  /** The rule exactly as the mode's tool prints it (an `-A CHAIN …` line, an nft `add rule`/`add element` line, an ipvsadm real server). */
  readonly text: string;
  /** Graph node ids the rule acts on: `svc:NS/NAME`, `pod:NS/NAME`, `ip:ADDR`, `node:NAME`, `lb:NS/NAME`. */
  readonly refs: readonly string[];
}

export interface ProxyChain {
  /** iptables/nftables: the chain, set or map name; ipvs: the virtual server line. */
  readonly name: string;
  /** nftables only: what the block declares. */
  readonly kind?: 'chain' | 'set' | 'map';
  /** nftables: the `add chain|set|map` line that declares the block. */
  readonly header?: readonly string[];
  readonly rules: readonly ProxyRule[];
  readonly refs: readonly string[];
}

export interface ProxyTable {
  /** `filter`, `nat` (iptables); `ip kube-proxy` (nftables); `ipvs`. */
  readonly name: string;
  readonly family: IPFamily;
  /** nftables only: the `add table` line that creates the table. */
  readonly header?: readonly string[];
  readonly chains: readonly ProxyChain[];
}

export interface ProxyDump {
  readonly mode: ProxyMode;
  /** The Node whose kube-proxy programs these rules. */
  readonly node: string;
  readonly tables: readonly ProxyTable[];
  /** What the dump leaves out or assumes, in words. */
  readonly notes: readonly string[];
}

export interface ProxyRulesRequest {
  readonly mode?: ProxyMode;
  /** Default: the first Ready Node that runs workloads, as `trace` picks it. */
  readonly node?: string;
}

export interface ProxyRulesError {
  readonly reason: 'NotFound' | 'BadRequest';
  readonly message: string;
}

export type ProxyRulesResult = { readonly ok: true; readonly dump: ProxyDump } | { readonly ok: false; readonly error: ProxyRulesError };
