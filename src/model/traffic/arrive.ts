/**
 * The front half of a trace: how the packet gets from the client to a Node whose kube-proxy rules
 * capture it, by ClusterIP, by nodePort, or through the load balancer; or why it never gets there.
 */
import type { Cluster } from '../cluster-types.ts';
import type { Entry, Service } from '../objects.ts';
import type { IPFamily } from '../net/ip.ts';
import { defaultNode, findNode, isPodAddress, nodeAddress, type Client } from './client.ts';
import { joinHostPort, type ProxyEndpoint } from './endpoints.ts';
import type { TrafficKind } from './proxy.ts';
import type { ServicePortInfo } from './service-port.ts';
import { cloudFirewallReason, nodePortNote, sourceAdmitted, sourceRanges } from './source-ranges.ts';
import type { TraceError, TraceHop, TraceVia } from './types.ts';

export interface TraceContext {
  readonly cluster: Cluster;
  readonly entry: Entry<Service>;
  /** `ns/name`. */
  readonly key: string;
  readonly via: TraceVia;
  readonly family: IPFamily;
  readonly client: Client;
  /** The Node the request names, if any. */
  readonly node: string | undefined;
}

export type Arrival =
  | {
      readonly kind: 'arrived';
      readonly hops: readonly TraceHop[];
      /** The Node whose rules process the packet, and its address (the masquerade source). */
      readonly node: string;
      readonly nodeIP: string;
      /** The destination the rules match and DNAT: ClusterIP, node address or load-balancer IP, with the port. */
      readonly dst: string;
      readonly traffic: TrafficKind;
      /** The packet reached the Node still addressed to the load-balancer IP, so kube-proxy's KUBE-FW- chain checks its source. */
      readonly firewall?: boolean;
      readonly notes: readonly string[];
      readonly simulated: readonly string[];
    }
  | { readonly kind: 'stopped'; readonly hops: readonly TraceHop[]; readonly reason: string; readonly notes: readonly string[]; readonly simulated: readonly string[] }
  | { readonly kind: 'error'; readonly error: TraceError };

/** A packet that never meets a kube-proxy rule that takes it, or a request that cannot be traced. */
export type NotArrived = Exclude<Arrival, { kind: 'arrived' }>;

const badRequest = (message: string): Arrival => ({ kind: 'error', error: { reason: 'BadRequest', message } });

export const serviceNodeId = (ctx: TraceContext): string => `svc:${ctx.key}`;
export const clientSource = (client: Client): string => joinHostPort(client.ip, client.port);

function hop(at: string, src: string, dst: string, action: string, detail?: string): TraceHop {
  return detail === undefined ? { at, src, dst, action } : { at, src, dst, action, detail };
}

interface NodeAt {
  readonly name: string;
  readonly ip: string;
  readonly simulated: readonly string[];
}

function nodeAt(ctx: TraceContext, name: string | undefined): NodeAt | TraceError {
  if (name === undefined) return { reason: 'BadRequest', message: 'the cluster has no Nodes' };
  const entry = findNode(ctx.cluster, name);
  if (entry === undefined) return { reason: 'NotFound', message: `nodes "${name}" not found` };
  const ip = nodeAddress(entry.object, ctx.family);
  if (ip === undefined) return { reason: 'BadRequest', message: `node "${name}" has no InternalIP address` };
  return { name, ip, simulated: entry.origin === 'builtin' ? [`node ${name} and its address ${ip}: the default cluster's`] : [] };
}

function isError(value: NodeAt | TraceError): value is TraceError {
  return 'reason' in value;
}

/** A Pod's connection to the ClusterIP, captured by kube-proxy's rules on the Pod's own Node. */
export function arriveClusterIP(ctx: TraceContext, info: ServicePortInfo): Arrival {
  const { client } = ctx;
  const dst = joinHostPort(info.clusterIP ?? '', info.port.port);
  const first = hop(client.id, clientSource(client), dst, `connect to ${dst}`, `the ClusterIP of ${ctx.key}, port ${info.port.name || info.port.port}`);
  if (client.nodeName === undefined) {
    if (client.from !== 'external') return badRequest(`${client.from} is not scheduled to a Node`);
    const reason = `no route: a ClusterIP is virtual, and only kube-proxy's rules on the cluster's Nodes answer it; an external client's packet to ${dst} follows its default route and is lost`;
    return { kind: 'stopped', hops: [first], reason, notes: [], simulated: [] };
  }
  if (ctx.node !== undefined && ctx.node !== client.nodeName) return badRequest(`${client.from} runs on node "${client.nodeName}", not "${ctx.node}"`);
  const node = nodeAt(ctx, client.nodeName);
  if (isError(node)) return { kind: 'error', error: node };
  const notes = [`kube-proxy's rules on ${node.name}, the client's Node, handle the packet before it leaves the Node`];
  return { kind: 'arrived', hops: [first], node: node.name, nodeIP: node.ip, dst, traffic: 'internal', notes, simulated: [] };
}

/** A connection to a Node's address on the nodePort: every Node opens every nodePort (KUBE-NODEPORTS). */
export function arriveNodePort(ctx: TraceContext, info: ServicePortInfo): Arrival {
  const node = nodeAt(ctx, ctx.node ?? defaultNode(ctx.cluster));
  if (isError(node)) return { kind: 'error', error: node };
  const nodePort = info.nodePort ?? 0;
  const src = clientSource(ctx.client);
  const dst = joinHostPort(node.ip, nodePort);
  const hops = [
    hop(ctx.client.id, src, dst, `connect to ${dst}`, `nodePort ${nodePort} of ${ctx.key} on ${node.name}`),
    hop(`node:${node.name}`, src, dst, `accept on nodePort ${nodePort}`, `KUBE-NODEPORTS matches destination port ${nodePort} on any of the Node's addresses`),
  ];
  const ranges = sourceRanges(ctx.entry.object);
  const notes = ranges.length === 0 ? [] : [nodePortNote(ranges, ctx.client.ip)];
  return { kind: 'arrived', hops, node: node.name, nodeIP: node.ip, dst, traffic: 'external', notes, simulated: node.simulated };
}

/** The first Node a health-checking load balancer would send to: one with a local ready endpoint (healthCheckNodePort answers 200). */
function healthyNode(ctx: TraceContext, endpoints: readonly ProxyEndpoint[]): string | undefined {
  const nodes = ctx.cluster.nodes.map((entry) => entry.object.metadata?.name ?? '');
  return nodes.find((name) => endpoints.some((e) => e.ready && e.nodeName === name));
}

/** The load balancer's address, or why there is none yet. */
function loadBalancerAddress(ctx: TraceContext, info: ServicePortInfo): { host: string; address: string; simulated: string[] } | string {
  const ingress = ctx.entry.object.status?.loadBalancer?.ingress?.[0];
  const host = ingress?.ip ?? ingress?.hostname;
  if (!host) return `service "${ctx.entry.object.metadata?.name ?? ''}" has no load balancer address yet (status.loadBalancer.ingress is empty: EXTERNAL-IP <pending>)`;
  const simulated = ctx.entry.simulated.includes('status.loadBalancer.ingress') ? [`load balancer ${host}: the cloud's address, simulated (status.loadBalancer.ingress)`] : [];
  return { host, address: joinHostPort(host, info.port.port), simulated };
}

/** A Pod's packet to a VIP-mode load-balancer IP never leaves its Node: kube-proxy there captures it ("loadbalancer IP" rule). */
function arriveLoadBalancerFromPod(ctx: TraceContext, dst: string, simulated: readonly string[]): Arrival {
  const node = nodeAt(ctx, ctx.client.nodeName);
  if (isError(node)) return { kind: 'error', error: node };
  const first = hop(ctx.client.id, clientSource(ctx.client), dst, `connect to ${dst}`, `the load balancer of ${ctx.key}`);
  const notes = [`kube-proxy on ${node.name} captures a Pod's traffic to the load balancer's IP ("loadbalancer IP" rule): it never reaches the load balancer`];
  return { kind: 'arrived', hops: [first], node: node.name, nodeIP: node.ip, dst, traffic: 'external', firewall: true, notes, simulated: [...simulated, ...node.simulated] };
}

/** Through the load balancer to a Node's nodePort, or (no nodePorts) to a Node that captures the load-balancer IP itself. */
export function arriveLoadBalancer(ctx: TraceContext, info: ServicePortInfo, endpoints: readonly ProxyEndpoint[]): Arrival {
  const lb = loadBalancerAddress(ctx, info);
  if (typeof lb === 'string') return badRequest(lb);
  if (ctx.client.nodeName !== undefined && info.loadBalancerVIPs.includes(lb.host)) return arriveLoadBalancerFromPod(ctx, lb.address, lb.simulated);
  const notes: string[] = [];
  let nodeName = ctx.node;
  if (nodeName === undefined && info.externalPolicyLocal) {
    nodeName = healthyNode(ctx, endpoints);
    const healthPort = ctx.entry.object.spec?.healthCheckNodePort;
    if (nodeName !== undefined) notes.push(`the load balancer health-checks each Node${healthPort ? ` on healthCheckNodePort ${healthPort}` : ''} and sends only to Nodes with a local ready endpoint, such as ${nodeName}`);
  }
  const node = nodeAt(ctx, nodeName ?? defaultNode(ctx.cluster));
  if (isError(node)) return { kind: 'error', error: node };
  const src = clientSource(ctx.client);
  const first = hop(ctx.client.id, src, lb.address, `connect to ${lb.address}`, `the load balancer of ${ctx.key}${lb.simulated.length > 0 ? ' (simulated address)' : ''}`);
  const lbId = `lb:${ctx.key}`;
  const simulated = [...lb.simulated, ...node.simulated];
  const ranges = sourceRanges(ctx.entry.object);
  if (!sourceAdmitted(ranges, ctx.client.ip)) {
    const reason = cloudFirewallReason(ranges, ctx.client.ip);
    const drop = hop(lbId, src, lb.address, 'DROP', 'loadBalancerSourceRanges admit only these sources; the client times out');
    return { kind: 'stopped', hops: [first, drop], reason, notes: [nodePortNote(ranges, ctx.client.ip)], simulated: lb.simulated };
  }
  if (info.nodePort === undefined) {
    const forward = hop(lbId, src, lb.address, `forward to ${node.name}`, 'no nodePorts (allocateLoadBalancerNodePorts: false): the load balancer delivers the packet, still addressed to its own IP, to a Node, whose kube-proxy captures it ("loadbalancer IP" rule)');
    return { kind: 'arrived', hops: [first, forward], node: node.name, nodeIP: node.ip, dst: lb.address, traffic: 'external', firewall: true, notes, simulated };
  }
  const dst = joinHostPort(node.ip, info.nodePort);
  const hops = [
    first,
    hop(lbId, src, dst, `forward ${lb.address} → ${dst}`, `the load balancer sends to nodePort ${info.nodePort} of ${node.name}, keeping the client's source address`),
    hop(`node:${node.name}`, src, dst, `accept on nodePort ${info.nodePort}`, `KUBE-NODEPORTS matches destination port ${info.nodePort}`),
  ];
  return { kind: 'arrived', hops, node: node.name, nodeIP: node.ip, dst, traffic: 'external', notes, simulated };
}

/** Whether the source passes kube-proxy's local-traffic detector (a Pod address). */
export function sourceIsPod(ctx: TraceContext): boolean {
  return isPodAddress(ctx.cluster, ctx.client.ip);
}
