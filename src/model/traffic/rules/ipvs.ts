/**
 * The ipvs mode: the virtual servers kube-proxy's syncProxyRules creates (kubernetes/kubernetes
 * pkg/proxy/ipvs/proxier.go, v1.31) and their real servers, as `ipvsadm -Ln` lists them. Every
 * virtual server uses the configured scheduler (rr by default), ClientIP affinity makes it
 * persistent for the affinity timeout, and each real server is Masq with weight 1 (syncEndpoint).
 * The iptables and ipset rules that ipvs mode adds for masquerading are left out.
 */
import { joinHostPort, type ProxyEndpoint } from '../endpoints.ts';
import { endpointRef, type ProxiedPort, type ProxyScope } from './proxied.ts';
import type { ProxyChain, ProxyTable } from './types.ts';

/** KubeProxyIPVSConfiguration.scheduler default. */
const SCHEDULER = 'rr';

/** syncEndpoint: the Local set when the virtual server's traffic policy is Local, else the Cluster set. */
function realServers(port: ProxiedPort, onlyLocal: boolean): readonly ProxyEndpoint[] {
  if (!port.sets.hasAnyEndpoints) return [];
  return onlyLocal ? port.sets.local : port.sets.cluster;
}

/** ipvsadm's print_service and its real-server line: `%-28s %-7s %-6d %-10u %-10u`. */
function virtualServer(port: ProxiedPort, ip: string, number: number, onlyLocal: boolean, refs: readonly string[]): ProxyChain {
  const { info } = port;
  const persistent = info.stickySeconds === undefined ? '' : ` persistent ${info.stickySeconds}`;
  const rules = [...realServers(port, onlyLocal)]
    .sort((a, b) => (a.endpoint < b.endpoint ? -1 : a.endpoint > b.endpoint ? 1 : 0))
    .map((e) => ({ text: `  -> ${e.endpoint.padEnd(28)} ${'Masq'.padEnd(7)} ${'1'.padEnd(6)} ${'0'.padEnd(10)} ${'0'.padEnd(10)}`, refs: [endpointRef(e)] }));
  return { name: `${info.protocol}  ${joinHostPort(ip, number)} ${SCHEDULER}${persistent}`, rules, refs };
}

/**
 * syncProxyRules' virtual servers for one Service port: the ClusterIP (internal policy), each
 * external IP and load-balancer IP (external policy), and the nodePort on the Node's address.
 * kube-proxy binds the nodePort on every local address; the simulated Node has only its InternalIP.
 */
function portServers(port: ProxiedPort, scope: ProxyScope): ProxyChain[] {
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

export function ipvsTables(scope: ProxyScope): ProxyTable[] {
  return [{ name: 'ipvs', family: scope.family, chains: scope.ports.flatMap((port) => portServers(port, scope)) }];
}
