/**
 * The network plugin's word on a delivered packet. NetworkPolicy rules name Pods, namespaces,
 * CIDRs and ports, never Services (network-policies.md): plugins enforce them at the Pods'
 * interfaces, after kube-proxy's DNAT, so a policy sees the backend Pod and its port. Egress is
 * judged on the client Pod as it sent the packet; ingress on what the backend sees, a masqueraded
 * source included, which is why an ipBlock for an external client does not match behind
 * externalTrafficPolicy Cluster.
 */
import type { Cluster } from '../cluster-types.ts';
import { networkPolicyVerdict } from '../netpol/index.ts';
import type { Peer } from '../netpol/types.ts';
import type { Entry, Pod } from '../objects.ts';
import type { Trace, TraceHop } from './types.ts';

function podNamed(cluster: Cluster, key: string): Entry<Pod> | undefined {
  const [namespace, name] = key.split('/');
  return cluster.pods.find((p) => p.object.metadata?.namespace === namespace && p.object.metadata?.name === name);
}

/** `10.0.0.1:80` or `[fd00::1]:80` → the address and the port. */
function splitHostPort(text: string): { ip: string; port: number } {
  const at = text.lastIndexOf(':');
  return { ip: text.slice(0, at).replace(/^\[|\]$/g, ''), port: Number(text.slice(at + 1)) };
}

function peer(cluster: Cluster, ip: string, podKey: string | undefined): Peer {
  const pod = podKey === undefined ? undefined : podNamed(cluster, podKey);
  return pod?.object.status?.podIP === ip ? { pod, ip } : { ip };
}

/** The trace as the network plugin leaves it: unchanged when policies allow it (with a note when some apply), stopped when they do not. */
export function enforceNetworkPolicy(cluster: Cluster, trace: Trace): Trace {
  const final = trace.final;
  if (!trace.delivered || final === null || final.pod.startsWith('ip:')) return trace;
  const backend = podNamed(cluster, final.pod);
  if (backend === undefined) return trace;
  const clientPod = trace.from.startsWith('pod/') ? trace.from.slice('pod/'.length) : undefined;
  const sent = splitHostPort(trace.hops[0]?.src ?? final.src);
  const seen = splitHostPort(final.src);
  const dst = splitHostPort(final.dst);
  const to: Peer = { pod: backend, ip: dst.ip };
  const question = { port: dst.port, protocol: trace.protocol, to };
  const egress = networkPolicyVerdict(cluster, { ...question, from: peer(cluster, sent.ip, clientPod) });
  const ingress = networkPolicyVerdict(cluster, { ...question, from: peer(cluster, seen.ip, clientPod) });
  const blocking = !egress.egress.allowed ? egress : !ingress.ingress.allowed ? ingress : undefined;
  if (blocking === undefined) {
    const applies = egress.egress.isolated || ingress.ingress.isolated;
    return applies ? { ...trace, notes: [...trace.notes, `NetworkPolicy: ${ingress.ingress.isolated ? ingress.reason : egress.reason}`] } : trace;
  }
  // An egress drop happens as the packet leaves the client; an ingress drop as it reaches the backend.
  const atClient = blocking === egress;
  // The client's last hop is its connection; a DNS lookup before it (a name dialed) already went through.
  const clientAt = trace.hops[0]?.at;
  const stopAt = atClient ? Math.max(0, trace.hops.findLastIndex((h) => h.at === clientAt)) : trace.hops.length - 1;
  const last = trace.hops[stopAt];
  const stop: TraceHop = {
    at: last?.at ?? `pod:${final.pod}`,
    src: last?.src ?? final.src,
    dst: last?.dst ?? final.dst,
    action: blocking.reason.split('\n')[0] ?? blocking.reason,
    detail: `the network plugin enforces NetworkPolicy ${atClient ? 'egress as the packet leaves the client Pod' : 'ingress as the packet reaches the Pod'}, after kube-proxy's DNAT; the client times out`,
  };
  return {
    ...trace,
    delivered: false,
    reason: stop.action,
    hops: [...trace.hops.slice(0, stopAt), stop],
    final: null,
    pick: null,
    notes: [...trace.notes, ...blocking.notes],
  };
}
