/**
 * The ipvs mode: the virtual servers kube-proxy's syncProxyRules creates (kubernetes/kubernetes
 * pkg/proxy/ipvs/proxier.go, v1.31) and their real servers, as `ipvsadm -Ln` lists them. Every
 * virtual server uses the configured scheduler (rr by default), ClientIP affinity makes it
 * persistent for the affinity timeout, and each real server is Masq with weight 1 (syncEndpoint).
 * What ipvs mode still does with iptables and ipsets (masquerading, the externalIP and
 * load-balancer access rules, loadBalancerSourceRanges, KUBE-IPVS-FILTER) is left out.
 */
import { formatIP, parseIPSloppy } from '../../net/ip.ts';
import { joinHostPort, type ProxyEndpoint } from '../endpoints.ts';
import { endpointRef, type ProxiedPort, type ProxyScope } from './proxied.ts';
import type { ProxyChain, ProxyTable } from './types.ts';

/** KubeProxyIPVSConfiguration.scheduler default. */
const SCHEDULER = 'rr';

/** IPPROTO_* numbers: ipvsadm orders the virtual servers of one family by protocol number first. */
const PROTOCOL_NUMBER: Readonly<Record<string, number>> = { TCP: 6, UDP: 17, SCTP: 132 };

/** A virtual server or real server address as the kernel holds it: parsed, so that ipvsadm orders it by value and prints it canonically. */
interface Address {
  readonly text: string;
  readonly value: bigint;
}

function toAddress(ip: string): Address {
  const parsed = parseIPSloppy(ip);
  return parsed === undefined ? { text: ip, value: 0n } : { text: formatIP(parsed), value: parsed.value };
}

/** libipvs ipvs_cmp_services / ipvs_cmp_dests: address by value, then port. */
function compareAddressPort(a: Address, aPort: number, b: Address, bPort: number): number {
  if (a.value !== b.value) return a.value < b.value ? -1 : 1;
  return aPort - bPort;
}

/**
 * syncEndpoint: CategorizeEndpoints' Cluster set, or its Local set when the virtual server's
 * policy is Local. With no local endpoint the Local case falls back to the Cluster set, so that
 * Pods on the Node still reach the Service; that set is empty unless the Service also uses
 * Cluster endpoints (externalTrafficPolicy Local).
 * A real server that leaves the set is deleted through the graceful-termination manager, which
 * keeps it at weight 0 only while it has connections; the simulated Node has none.
 */
function realServers(port: ProxiedPort, onlyNodeLocalEndpoints: boolean): readonly ProxyEndpoint[] {
  if (onlyNodeLocalEndpoints && port.sets.local.length > 0) return port.sets.local;
  return port.sets.cluster;
}

interface VirtualServer {
  readonly address: Address;
  readonly port: number;
  readonly protocol: number;
  readonly chain: ProxyChain;
}

/** ipvsadm's print_service_entry and its real-server line, `  -> %-28s %-7s %-6d %-10u %-10u`, real servers in ipvs_cmp_dests order. */
function virtualServer(port: ProxiedPort, ip: string, number: number, onlyNodeLocalEndpoints: boolean, refs: readonly string[]): VirtualServer {
  const { info } = port;
  const address = toAddress(ip);
  const persistent = info.stickySeconds === undefined ? '' : ` persistent ${info.stickySeconds}`;
  const rules = realServers(port, onlyNodeLocalEndpoints)
    .map((e) => ({ e, address: toAddress(e.ip) }))
    .sort((a, b) => compareAddressPort(a.address, a.e.port, b.address, b.e.port))
    .map(({ e, address: real }) => ({
      text: `  -> ${joinHostPort(real.text, e.port).padEnd(28)} ${'Masq'.padEnd(7)} ${'1'.padEnd(6)} ${'0'.padEnd(10)} ${'0'.padEnd(10)}`,
      refs: [endpointRef(e)],
    }));
  const name = `${info.protocol}  ${joinHostPort(address.text, number)} ${SCHEDULER}${persistent}`;
  return { address, port: number, protocol: PROTOCOL_NUMBER[info.protocol] ?? 0, chain: { name, rules, refs } };
}

/**
 * syncProxyRules' virtual servers for one Service port: the ClusterIP (internalTrafficPolicy),
 * each externalIP and each load-balancer VIP (externalTrafficPolicy; an ingress in ipMode Proxy
 * is not a VIP), and the nodePort on each node IP. With the default nodePortAddresses those are
 * all the Node's addresses but loopback and kube-ipvs0's; the simulated Node has only its InternalIP.
 */
function portServers(port: ProxiedPort, scope: ProxyScope): VirtualServer[] {
  const { info, ref } = port;
  const servicePort = info.port.port;
  const servers = [virtualServer(port, info.clusterIP ?? '', servicePort, info.internalPolicyLocal, [ref])];
  for (const ip of info.externalIPs) servers.push(virtualServer(port, ip, servicePort, info.externalPolicyLocal, [ref]));
  for (const ip of info.loadBalancerVIPs) servers.push(virtualServer(port, ip, servicePort, info.externalPolicyLocal, [`lb:${info.namespace}/${info.name}`, ref]));
  if (info.nodePort !== undefined && scope.nodeIP !== undefined) {
    servers.push(virtualServer(port, scope.nodeIP, info.nodePort, info.externalPolicyLocal, [`node:${scope.node.name}`, ref]));
  }
  return servers;
}

/** ipvsadm -Ln sorts the virtual servers (ipvs_cmp_services): family, protocol number, address, port. One table is one family. */
function compareServers(a: VirtualServer, b: VirtualServer): number {
  return a.protocol - b.protocol || compareAddressPort(a.address, a.port, b.address, b.port);
}

export function ipvsTables(scope: ProxyScope): ProxyTable[] {
  const servers = scope.ports.flatMap((port) => portServers(port, scope)).sort(compareServers);
  return [{ name: 'ipvs', family: scope.family, chains: servers.map((s) => s.chain) }];
}
