/**
 * The back half of a trace: kube-proxy's verdict on the captured packet, turned into hops (REJECT,
 * DROP, or DNAT, SNAT and delivery to one endpoint) and the backends it could have chosen.
 */
import type { Cluster } from '../cluster-types.ts';
import { mixedHash } from '../controllers/hash.ts';
import { clientSource, serviceNodeId, type Arrival, type TraceContext } from './arrive.ts';
import { masqueradePort } from './client.ts';
import { joinHostPort, type ProxyEndpoint } from './endpoints.ts';
import type { ProxyDecision } from './proxy.ts';
import type { ServicePortInfo } from './service-port.ts';
import { kubeProxyFirewallDrop } from './source-ranges.ts';
import type { TraceBackend, TraceFinal, TraceHop } from './types.ts';

type Arrived = Extract<Arrival, { kind: 'arrived' }>;

export interface Delivery {
  readonly hops: readonly TraceHop[];
  readonly reason: string | null;
  readonly backends: readonly TraceBackend[];
  readonly final: TraceFinal | null;
  readonly pick: string | null;
  readonly notes: readonly string[];
  readonly simulated: readonly string[];
}

export function toBackend(endpoint: ProxyEndpoint, count: number): TraceBackend {
  const { pod } = endpoint;
  const [sliceNamespace, sliceName] = endpoint.slice.split('/');
  return {
    target: pod === undefined ? `ip:${endpoint.ip}` : `${pod.namespace}/${pod.name}`,
    dst: endpoint.endpoint,
    probability: 1 / count,
    at: pod === undefined ? `ip:${endpoint.ip}` : `pod:${pod.namespace}/${pod.name}`,
    slice: `slice:${sliceNamespace ?? ''}/${sliceName ?? ''}`,
    ...(endpoint.nodeName === undefined ? {} : { node: endpoint.nodeName }),
    ...(endpoint.terminating ? { terminating: true } : {}),
  };
}

/**
 * Without a seed, the first candidate (`first` names what they are: kube-proxy's rules, DNS
 * records); with one, a draw among the equally likely candidates.
 */
export function pickIndex(count: number, seed: string | undefined, first: string): { index: number; pick: string } {
  if (seed === undefined) {
    const pick = count === 1 ? 'the only backend' : `the first of ${first}; each backend gets 1/${count} of new connections`;
    return { index: 0, pick };
  }
  const index = mixedHash(seed) % count;
  return { index, pick: `drawn with seed "${seed}" among ${count} equally likely backends` };
}

function filterVerdict(ctx: TraceContext, arrival: Arrived, decision: Extract<ProxyDecision, { verdict: 'REJECT' | 'DROP' }>): Delivery {
  const chain = arrival.traffic === 'internal' ? 'KUBE-SERVICES' : 'KUBE-EXTERNAL-SERVICES';
  const effect = decision.verdict === 'REJECT' ? 'the client gets ICMP port unreachable (connection refused)' : 'the packet is discarded silently, and the client times out';
  const reason = `${decision.verdict}: ${decision.comment}`;
  const last = arrival.hops.at(-1);
  const src = last?.src ?? clientSource(ctx.client);
  const stop: TraceHop = { at: serviceNodeId(ctx), src, dst: arrival.dst, action: reason, detail: `filter ${chain} on ${arrival.node}: ${effect}` };
  return { hops: [stop], reason, backends: [], final: null, pick: null, notes: decision.notes, simulated: [] };
}

/** KUBE-FW- lets only loadBalancerSourceRanges through to the Service; KUBE-PROXY-FIREWALL drops the rest. */
export function firewallVerdict(ctx: TraceContext, info: ServicePortInfo, arrival: Arrived): Delivery {
  const { comment, detail } = kubeProxyFirewallDrop(info);
  const reason = `DROP: ${comment}`;
  const src = arrival.hops.at(-1)?.src ?? clientSource(ctx.client);
  const stop: TraceHop = { at: serviceNodeId(ctx), src, dst: arrival.dst, action: reason, detail: `filter KUBE-PROXY-FIREWALL on ${arrival.node}: ${detail}` };
  return { hops: [stop], reason, backends: [], final: null, pick: null, notes: [], simulated: [] };
}

/** Why the source is rewritten, if it is: the chain's masquerade rule, or hairpin (the endpoint is the client itself). */
function masqueradeWhy(ctx: TraceContext, decision: Extract<ProxyDecision, { verdict: 'DNAT' }>, endpoint: ProxyEndpoint): string | undefined {
  if (decision.masquerade !== undefined) return decision.masquerade;
  // The endpoint chain's "-s <endpoint IP> -j KUBE-MARK-MASQ": traffic that loops back to its sender.
  return endpoint.ip === ctx.client.ip ? 'the chosen endpoint is the client itself (hairpin)' : undefined;
}

export function deliver(ctx: TraceContext, info: ServicePortInfo, arrival: Arrived, decision: ProxyDecision, seed: string | undefined): Delivery {
  if (decision.verdict !== 'DNAT') return filterVerdict(ctx, arrival, decision);
  const count = decision.endpoints.length;
  const backends = decision.endpoints.map((e) => toBackend(e, count));
  const { index, pick } = pickIndex(count, seed, `kube-proxy's ${count} rules`);
  const endpoint = decision.endpoints[index] ?? decision.endpoints[0];
  const backend = backends[index] ?? backends[0];
  if (endpoint === undefined || backend === undefined) return { hops: [], reason: null, backends, final: null, pick: null, notes: decision.notes, simulated: [] };
  const svc = serviceNodeId(ctx);
  const src = arrival.hops.at(-1)?.src ?? clientSource(ctx.client);
  const chosen = count === 1 ? 'its only endpoint' : `one of ${count} endpoints, at random (iptables statistic)`;
  const hops: TraceHop[] = [{ at: svc, src, dst: endpoint.endpoint, action: `DNAT ${arrival.dst} → ${endpoint.endpoint}`, detail: `kube-proxy on ${arrival.node} sends ${info.nameString} to ${chosen}` }];
  const simulated: string[] = [];
  let seen = src;
  const why = masqueradeWhy(ctx, decision, endpoint);
  if (why !== undefined) {
    const port = masqueradePort(`${ctx.client.from}|${ctx.key}|${info.port.port}`);
    seen = joinHostPort(arrival.nodeIP, port);
    hops.push({ at: svc, src: seen, dst: endpoint.endpoint, action: `SNAT ${src} → ${seen}`, detail: `MASQUERADE (KUBE-POSTROUTING) to ${arrival.node}'s address: ${why}` });
    simulated.push(`SNAT source port ${port}: MASQUERADE --random-fully picks one at random`);
  }
  const where = endpoint.nodeName === undefined ? '' : ` on ${endpoint.nodeName}`;
  const state = endpoint.terminating ? ' (terminating, still serving)' : '';
  hops.push({ at: backend.at, src: seen, dst: endpoint.endpoint, action: `deliver to ${endpoint.endpoint}`, detail: `${backend.target}${where}${state}` });
  const notes = [...decision.notes];
  if (why === undefined && arrival.traffic === 'external' && ctx.client.nodeName !== undefined && ctx.client.nodeName !== arrival.node && endpoint.nodeName !== arrival.node) {
    // The Pod's reply goes straight back over the Pod network, never through the Node that translated the request.
    notes.push(`the reply will not work: ${backend.target} answers ${ctx.client.ip} directly, not through ${arrival.node}, so the reply is never translated back and the client's Node drops it; the connection never opens`);
  }
  if (info.stickySeconds !== undefined) {
    notes.push(`sessionAffinity ClientIP: kube-proxy's "recent" match sends every new connection from ${ctx.client.ip} to the same endpoint for ${info.stickySeconds}s after its last one`);
  }
  return { hops, reason: null, backends, final: { pod: backend.target, src: seen, dst: endpoint.endpoint }, pick, notes, simulated };
}

/** The chosen Pod's address, when the simulator allocated it. */
export function simulatedPodIPs(cluster: Cluster, target: string | undefined): string[] {
  const pod = cluster.pods.find((p) => `${p.object.metadata?.namespace ?? ''}/${p.object.metadata?.name ?? ''}` === target);
  return pod?.simulated.includes('status.podIP') ? [`Pod IP ${pod.object.status?.podIP ?? ''} of ${target ?? ''}: allocated from its Node's Pod CIDR`] : [];
}
