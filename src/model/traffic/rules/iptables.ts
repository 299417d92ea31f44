/**
 * The iptables mode: the filter and nat rules kube-proxy's syncProxyRules writes for the Services
 * (kubernetes/kubernetes pkg/proxy/iptables/proxier.go, v1.31), in the iptables-restore form it
 * writes them and its proxier_test.go compares. The jump rules from the built-in chains, KUBE-FORWARD,
 * KUBE-FIREWALL and the canary chains are left out: they are the same on every Node and for every
 * Service.
 */
import { cidrContains, parseCIDRSloppy } from '../../net/cidr.ts';
import { parseIPSloppy } from '../../net/ip.ts';
import { externallyAccessible, usesClusterEndpoints, usesLocalEndpoints } from '../service-port.ts';
import type { ProxyEndpoint } from '../endpoints.ts';
import { endpointChainName, serviceChainName, type ServiceChainPrefix } from './chain-names.ts';
import { endpointRef, portChains, type PortChains, type ProxiedPort, type ProxyScope } from './proxied.ts';
import { tableBuilder, type TableBuilder } from './table-builder.ts';
import type { ProxyTable } from './types.ts';

/** 1 << masqueradeBit (KubeProxyIPTablesConfiguration default 14), as kube-proxy's tests print it. */
const MASQ_MARK = '0x4000';
/** largeClusterEndpointsThreshold: past it kube-proxy drops the per-endpoint comments. */
const LARGE_CLUSTER_ENDPOINTS = 1000;
/** metrics.LocalhostNodePortAcceptedNFAcctCounter. */
const LOCALHOST_NODEPORTS_COUNTER = 'localhost_nps_accepted_pkts';

interface Tables {
  readonly filter: TableBuilder;
  readonly nat: TableBuilder;
  readonly scope: ProxyScope;
  readonly nodeRef: string;
  readonly largeCluster: boolean;
}

/** The chains and names one Service port uses, as syncProxyRules derives them. */
interface PortPlan extends PortChains {
  readonly port: ProxiedPort;
  readonly protocol: string;
  readonly name: string;
  readonly usesFW: boolean;
}

const quote = (text: string): string => `"${text}"`;
const comment = (text: string): string[] => ['-m', 'comment', '--comment', text];

function plan(port: ProxiedPort): PortPlan {
  const { info, sets } = port;
  const name = info.nameString;
  const protocol = info.protocol.toLowerCase();
  const chain = (prefix: ServiceChainPrefix): string => serviceChainName(prefix, name, protocol);
  return {
    port,
    protocol,
    name,
    ...portChains(port, { cluster: chain('KUBE-SVC-'), local: chain('KUBE-SVL-'), external: chain('KUBE-EXT-'), firewall: chain('KUBE-FW-') }),
    usesFW: sets.hasAnyEndpoints && info.loadBalancerVIPs.length > 0 && port.sourceRanges.length > 0,
  };
}

/** The filter verdict for traffic no endpoint takes: REJECT when the Service has none anywhere, DROP when only a Local policy leaves none here. */
function filterVerdict(p: PortPlan): [string, string] {
  return p.hasEndpoints ? ['DROP', quote(`${p.name} has no local endpoints`)] : ['REJECT', quote(`${p.name} has no endpoints`)];
}

/** "Capture the clusterIP" and "Capture externalIPs". */
function captureClusterAndExternalIPs(t: Tables, p: PortPlan): void {
  const { info, ref } = p.port;
  const match = ['-m', p.protocol, '-p', p.protocol];
  const dport = ['--dport', String(info.port.port)];
  if (p.hasInternal) {
    t.nat.add('KUBE-SERVICES', [ref], ['-A', 'KUBE-SERVICES', ...comment(quote(`${p.name} cluster IP`)), ...match, '-d', info.clusterIP ?? '', ...dport, '-j', p.internalChain]);
  } else {
    const [target, text] = filterVerdict(p);
    t.filter.add('KUBE-SERVICES', [ref], ['-A', 'KUBE-SERVICES', ...comment(text), ...match, '-d', info.clusterIP ?? '', ...dport, '-j', target]);
  }
  for (const ip of info.externalIPs) {
    if (p.hasEndpoints) t.nat.add('KUBE-SERVICES', [ref], ['-A', 'KUBE-SERVICES', ...comment(quote(`${p.name} external IP`)), ...match, '-d', ip, ...dport, '-j', p.externalChain]);
    if (!p.hasExternal) {
      const [target, text] = filterVerdict(p);
      t.filter.add('KUBE-EXTERNAL-SERVICES', [ref], ['-A', 'KUBE-EXTERNAL-SERVICES', ...comment(text), ...match, '-d', ip, ...dport, '-j', target]);
    }
  }
}

/** "Capture load-balancer ingress", with its KUBE-PROXY-FIREWALL drop when source ranges apply. */
function captureLoadBalancer(t: Tables, p: PortPlan): void {
  const { info, ref } = p.port;
  const refs = [`lb:${info.namespace}/${info.name}`, ref];
  const match = ['-m', p.protocol, '-p', p.protocol];
  const dport = ['--dport', String(info.port.port)];
  for (const ip of info.loadBalancerVIPs) {
    if (p.hasEndpoints) {
      t.nat.add('KUBE-SERVICES', refs, ['-A', 'KUBE-SERVICES', ...comment(quote(`${p.name} loadbalancer IP`)), ...match, '-d', ip, ...dport, '-j', p.usesFW ? p.fwChain : p.externalChain]);
    }
    if (p.usesFW) {
      const text = quote(`${p.name} traffic not accepted by ${p.fwChain}`);
      t.filter.add('KUBE-PROXY-FIREWALL', refs, ['-A', 'KUBE-PROXY-FIREWALL', ...comment(text), ...match, '-d', ip, ...dport, '-j', 'DROP']);
    }
  }
  if (p.hasExternal) return;
  const [target, text] = filterVerdict(p);
  for (const ip of info.loadBalancerVIPs) {
    t.filter.add('KUBE-EXTERNAL-SERVICES', refs, ['-A', 'KUBE-EXTERNAL-SERVICES', ...comment(text), ...match, '-d', ip, ...dport, '-j', target]);
  }
}

/** "Capture nodeports" (with the localhost rule that counts accepted packets) and "Capture healthCheckNodePorts". */
function captureNodePorts(t: Tables, p: PortPlan): void {
  const { info, ref, healthCheckNodePort } = p.port;
  const refs = [t.nodeRef, ref];
  const match = ['-m', p.protocol, '-p', p.protocol];
  if (info.nodePort !== undefined) {
    const dport = ['--dport', String(info.nodePort)];
    if (p.hasEndpoints) {
      if (t.scope.family === 'IPv4') {
        const counter = ['-m', 'nfacct', '--nfacct-name', LOCALHOST_NODEPORTS_COUNTER];
        t.nat.add('KUBE-NODEPORTS', refs, ['-A', 'KUBE-NODEPORTS', ...comment(p.name), ...match, '-d', '127.0.0.0/8', ...dport, ...counter, '-j', p.externalChain]);
      }
      t.nat.add('KUBE-NODEPORTS', refs, ['-A', 'KUBE-NODEPORTS', ...comment(p.name), ...match, ...dport, '-j', p.externalChain]);
    }
    if (!p.hasExternal) {
      const [target, text] = filterVerdict(p);
      const local = ['-m', 'addrtype', '--dst-type', 'LOCAL'];
      t.filter.add('KUBE-EXTERNAL-SERVICES', refs, ['-A', 'KUBE-EXTERNAL-SERVICES', ...comment(text), ...local, ...match, ...dport, '-j', target]);
    }
  }
  if (healthCheckNodePort !== undefined) {
    const text = quote(`${p.name} health check node port`);
    t.filter.add('KUBE-NODEPORTS', refs, ['-A', 'KUBE-NODEPORTS', ...comment(text), '-m', 'tcp', '-p', 'tcp', '--dport', String(healthCheckNodePort), '-j', 'ACCEPT']);
  }
}

/** "Set up internal traffic handling": masquerade off-cluster sources (the local-traffic detector's IfNotLocal). */
function internalMasquerade(t: Tables, p: PortPlan): void {
  const { info, ref } = p.port;
  if (!p.hasInternal || t.scope.podCIDR === undefined) return;
  const match = [...comment(quote(`${p.name} cluster IP`)), '-m', p.protocol, '-p', p.protocol, '-d', info.clusterIP ?? '', '--dport', String(info.port.port)];
  t.nat.add(p.internalChain, [ref], ['-A', p.internalChain, ...match, '!', '-s', t.scope.podCIDR, '-j', 'KUBE-MARK-MASQ']);
}

/** "Set up external traffic handling": the EXT chain, with the short-circuits of externalTrafficPolicy Local. */
function externalChain(t: Tables, p: PortPlan): void {
  const { info, ref } = p.port;
  if (!p.hasEndpoints || !externallyAccessible(info)) return;
  const chain = p.externalChain;
  const add = (words: readonly string[]): void => t.nat.add(chain, [ref], ['-A', chain, ...words]);
  t.nat.declare(chain, [ref]);
  if (!info.externalPolicyLocal) {
    add([...comment(quote(`masquerade traffic for ${p.name} external destinations`)), '-j', 'KUBE-MARK-MASQ']);
  } else {
    if (t.scope.podCIDR !== undefined) add([...comment(quote(`pod traffic for ${p.name} external destinations`)), '-s', t.scope.podCIDR, '-j', p.clusterChain]);
    add([...comment(quote(`masquerade LOCAL traffic for ${p.name} external destinations`)), '-m', 'addrtype', '--src-type', 'LOCAL', '-j', 'KUBE-MARK-MASQ']);
    add([...comment(quote(`route LOCAL traffic for ${p.name} external destinations`)), '-m', 'addrtype', '--src-type', 'LOCAL', '-j', p.clusterChain]);
  }
  if (p.hasExternal) add(['-j', p.externalPolicyChain]);
}

/** "Set up firewall chain": loadBalancerSourceRanges, and the Node's own address when a range holds it. */
function firewallChain(t: Tables, p: PortPlan): void {
  if (!p.usesFW) return;
  const { info, ref } = p.port;
  const nodeIP = t.scope.nodeIP === undefined ? undefined : parseIPSloppy(t.scope.nodeIP);
  const nodeInRange = nodeIP !== undefined && p.port.sourceRanges.some((text) => {
    const cidr = parseCIDRSloppy(text);
    return cidr !== undefined && cidrContains(cidr, nodeIP);
  });
  const refs = [`lb:${info.namespace}/${info.name}`, ref];
  const head = ['-A', p.fwChain, ...comment(quote(`${p.name} loadbalancer IP`))];
  for (const cidr of p.port.sourceRanges) t.nat.add(p.fwChain, refs, [...head, '-s', cidr, '-j', p.externalChain]);
  if (nodeInRange) for (const ip of info.loadBalancerVIPs) t.nat.add(p.fwChain, refs, [...head, '-s', ip, '-j', p.externalChain]);
  t.nat.add(p.fwChain, refs, ['-A', p.fwChain, ...comment(quote(`other traffic to ${p.name} will be dropped by KUBE-PROXY-FIREWALL`))]);
}

/** writeServiceToEndpointRules: session-affinity checks first, then one rule an endpoint, each taking 1/(n-i) of what is left. */
function serviceToEndpointRules(t: Tables, p: PortPlan, chain: string, endpoints: readonly ProxyEndpoint[]): void {
  const { info, ref } = p.port;
  t.nat.declare(chain, [ref]);
  const epComment = (e: ProxyEndpoint): string[] => (t.largeCluster ? [] : comment(quote(`${p.name} -> ${e.endpoint}`)));
  const sepName = (e: ProxyEndpoint): string => endpointChainName(p.name, p.protocol, e.endpoint);
  if (info.stickySeconds !== undefined) {
    for (const e of endpoints) {
      const recent = ['-m', 'recent', '--name', sepName(e), '--rcheck', '--seconds', String(info.stickySeconds), '--reap'];
      t.nat.add(chain, [ref, endpointRef(e)], ['-A', chain, ...epComment(e), ...recent, '-j', sepName(e)]);
    }
  }
  endpoints.forEach((e, i) => {
    const n = endpoints.length;
    const statistic = i < n - 1 ? ['-m', 'statistic', '--mode', 'random', '--probability', (1 / (n - i)).toFixed(10)] : [];
    t.nat.add(chain, [ref, endpointRef(e)], ['-A', chain, ...epComment(e), ...statistic, '-j', sepName(e)]);
  });
}

/** "Generate the per-endpoint chains": hairpin masquerade, then DNAT (recording the client for affinity). */
function endpointChains(t: Tables, p: PortPlan): void {
  const { info } = p.port;
  for (const e of p.port.reachable) {
    const chain = endpointChainName(p.name, p.protocol, e.endpoint);
    const refs = [endpointRef(e)];
    const head = ['-A', chain, ...(t.largeCluster ? [] : comment(p.name))];
    t.nat.add(chain, refs, [...head, '-s', e.ip, '-j', 'KUBE-MARK-MASQ']);
    const recent = info.stickySeconds !== undefined ? ['-m', 'recent', '--name', chain, '--set'] : [];
    t.nat.add(chain, refs, [...head, ...recent, '-m', p.protocol, '-p', p.protocol, '-j', 'DNAT', '--to-destination', e.endpoint]);
  }
}

function writeServicePort(t: Tables, port: ProxiedPort): void {
  const p = plan(port);
  const { info, sets } = port;
  captureClusterAndExternalIPs(t, p);
  captureLoadBalancer(t, p);
  captureNodePorts(t, p);
  internalMasquerade(t, p);
  externalChain(t, p);
  firewallChain(t, p);
  if (sets.cluster.length > 0 && usesClusterEndpoints(info)) serviceToEndpointRules(t, p, p.clusterChain, sets.cluster);
  if (sets.local.length > 0 && usesLocalEndpoints(info)) serviceToEndpointRules(t, p, p.localChain, sets.local);
  endpointChains(t, p);
}

/** The masquerade machinery every Service's rules lead to; written before any Service's. */
function writeMasquerade(t: Tables): void {
  const refs = [t.nodeRef];
  t.nat.add('KUBE-POSTROUTING', refs, ['-A', 'KUBE-POSTROUTING', '-m', 'mark', '!', '--mark', `${MASQ_MARK}/${MASQ_MARK}`, '-j', 'RETURN']);
  t.nat.add('KUBE-POSTROUTING', refs, ['-A', 'KUBE-POSTROUTING', '-j', 'MARK', '--xor-mark', MASQ_MARK]);
  // --random-fully: every iptables a v1.31 Node ships (1.6.2 and later) has it (HasRandomFully).
  t.nat.add('KUBE-POSTROUTING', refs, ['-A', 'KUBE-POSTROUTING', ...comment(quote('kubernetes service traffic requiring SNAT')), '-j', 'MASQUERADE', '--random-fully']);
  t.nat.add('KUBE-MARK-MASQ', refs, ['-A', 'KUBE-MARK-MASQ', '-j', 'MARK', '--or-mark', MASQ_MARK]);
}

/** The tail call to KUBE-NODEPORTS, for nodePortAddresses unset (match all) and iptables.localhostNodePorts true, kubeadm's defaults. */
function writeNodePortsJump(t: Tables): void {
  const destinations = ['-m', 'addrtype', '--dst-type', 'LOCAL', ...(t.scope.family === 'IPv6' ? ['!', '-d', '::1/128'] : [])];
  const text = quote('kubernetes service nodeports; NOTE: this must be the last rule in this chain');
  t.nat.add('KUBE-SERVICES', [t.nodeRef], ['-A', 'KUBE-SERVICES', ...comment(text), ...destinations, '-j', 'KUBE-NODEPORTS']);
}

const FIRST_CHAINS = ['KUBE-NODEPORTS', 'KUBE-SERVICES', 'KUBE-EXTERNAL-SERVICES'];

/** proxier_test.go sortIPTablesRules: KUBE-NODEPORTS, KUBE-SERVICES, KUBE-EXTERNAL-SERVICES, then by name. */
function chainOrder(a: string, b: string): number {
  const rank = (name: string): number => (FIRST_CHAINS.includes(name) ? FIRST_CHAINS.indexOf(name) : FIRST_CHAINS.length);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function iptablesTables(scope: ProxyScope): ProxyTable[] {
  const nodeRef = `node:${scope.node.name}`;
  const total = scope.ports.reduce((sum, port) => sum + port.endpointCount, 0);
  const t: Tables = { filter: tableBuilder(), nat: tableBuilder(), scope, nodeRef, largeCluster: total > LARGE_CLUSTER_ENDPOINTS };
  for (const chain of ['KUBE-SERVICES', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING', 'KUBE-MARK-MASQ']) t.nat.declare(chain);
  writeMasquerade(t);
  for (const port of scope.ports) writeServicePort(t, port);
  writeNodePortsJump(t);
  const filter = t.filter.chains(chainOrder);
  const nat = { name: 'nat', family: scope.family, chains: t.nat.chains(chainOrder) };
  return filter.length > 0 ? [{ name: 'filter', family: scope.family, chains: filter }, nat] : [nat];
}
