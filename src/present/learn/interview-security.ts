/**
 * Interview question 4, "How do you secure a LoadBalancer Service?", checked on a LoadBalancer
 * Service with loadBalancerSourceRanges: which paths the list closes, and which source a
 * NetworkPolicy would see.
 */
import type { Cluster, Entry, Service, TraceRequest } from '../../model/index.ts';
import type { Challenge, PacketReveal } from './challenge.ts';
import { hostOf, inputServices, nameOf, namespaceOf, nodeAddress, refOf, sliceTargets } from './facts.ts';
import { addressInside, addressOutside } from './ipv4.ts';
import { shuffleOptions } from './seeded.ts';
import { reachable, traced } from './traced.ts';

const SCENARIO = 'interview-q4';

interface Attempt {
  readonly label: string;
  readonly request: TraceRequest;
  readonly packet: PacketReveal;
}

function rangedService(cluster: Cluster): Entry<Service> | undefined {
  return inputServices(cluster).find((s) => s.object.spec?.type === 'LoadBalancer' && (s.object.spec.loadBalancerSourceRanges?.length ?? 0) > 0);
}

/** A Pod that is not one of the Service's backends, preferably in another namespace: the in-cluster client. */
function clientPod(cluster: Cluster, service: Entry<Service>): string | undefined {
  const backends = new Set(sliceTargets(cluster, service));
  const pods = cluster.pods.filter((p) => p.origin === 'input' || p.origin === 'derived').map(refOf).filter((ref) => !backends.has(ref) && !ref.startsWith('kube-system/'));
  return pods.find((ref) => !ref.startsWith(`${namespaceOf(service)}/`)) ?? pods[0];
}

function attempts(cluster: Cluster, service: Entry<Service>, ranges: readonly string[]): Attempt[] {
  const ref = refOf(service);
  const base = { service: nameOf(service), namespace: namespaceOf(service) };
  const port = service.object.spec?.ports?.[0];
  const inside = addressInside(ranges);
  const outside = addressOutside(ranges);
  const pod = clientPod(cluster, service);
  const out: Attempt[] = [];
  if (inside !== undefined) {
    out.push({ label: `${inside} → the load balancer`, request: { ...base, via: 'loadbalancer', from: 'external', clientIP: inside }, packet: { service: ref, via: 'loadbalancer', from: 'external', clientIP: inside } });
  }
  if (outside !== undefined) {
    out.push({ label: `${outside} → the load balancer`, request: { ...base, via: 'loadbalancer', from: 'external', clientIP: outside }, packet: { service: ref, via: 'loadbalancer', from: 'external', clientIP: outside } });
    if (port?.nodePort !== undefined) {
      out.push({
        label: `${outside} → nodePort ${port.nodePort} of a node`,
        request: { ...base, via: 'nodeport', from: 'external', clientIP: outside },
        packet: { service: ref, via: 'nodeport', from: 'external', clientIP: outside, port: port.nodePort },
      });
    }
  }
  const from = pod === undefined ? undefined : (`pod/${pod}` as const);
  out.push({
    label: `${pod === undefined ? 'a Pod in the cluster' : `Pod ${pod}`} → the ClusterIP`,
    request: { ...base, via: 'clusterip', ...(from === undefined ? {} : { from }) },
    packet: { service: ref, via: 'clusterip', ...(from === undefined ? {} : { from }) },
  });
  return out;
}

function reachChallenge(cluster: Cluster, service: Entry<Service>, ranges: readonly string[]): Challenge | undefined {
  const ref = refOf(service);
  const tried = attempts(cluster, service, ranges).map((attempt) => ({ attempt, trace: traced(cluster, attempt.request) }));
  if (tried.length < 2) return undefined;
  const correct = tried.filter((t) => reachable(t.trace).length > 0).map((t) => t.attempt.label);
  const why = tried.map((t) => `${t.attempt.label}: ${t.trace === undefined ? 'cannot be traced' : t.trace.delivered ? `delivered to ${t.trace.final?.pod ?? 'a Pod'}` : (t.trace.reason ?? 'dropped')}.`);
  const blocked = tried.find((t) => t.trace !== undefined && !t.trace.delivered);
  return {
    id: `${SCENARIO}:reach:${ref}`,
    source: 'interview',
    title: 'What loadBalancerSourceRanges closes',
    question: `${ref} lists ${ranges.join(', ')} in loadBalancerSourceRanges. Which of these connections reach one of its Pods?`,
    answer: { kind: 'multi', options: tried.map((t) => t.attempt.label), correct },
    explanation: [
      ...why,
      'The source ranges are enforced for traffic to the load balancer (by the cloud, and by kube-proxy\'s KUBE-FW chain for the load balancer\'s IP); the nodePort and the ClusterIP stay open.',
      'Close those with a cloud firewall on the nodes and with NetworkPolicy; TLS and a WAF belong to the load balancer or to the Ingress controller in front of the Service.',
    ].join(' '),
    reveal: { packet: (blocked ?? tried[0])?.attempt.packet, tab: 'trace', select: `svc:${ref}` },
  };
}

/** A NetworkPolicy ipBlock judges the source the Pod sees, which externalTrafficPolicy Cluster rewrites. */
function sourceChallenge(cluster: Cluster, service: Entry<Service>, ranges: readonly string[]): Challenge | undefined {
  const ref = refOf(service);
  const inside = addressInside(ranges);
  if (inside === undefined) return undefined;
  const t = traced(cluster, { service: nameOf(service), namespace: namespaceOf(service), via: 'loadbalancer', from: 'external', clientIP: inside });
  if (t?.final == null) return undefined;
  const seen = hostOf(t.final.src);
  const node = t.hops.find((hop) => hop.at.startsWith('node:'))?.at.slice('node:'.length);
  const nodeIP = node === undefined ? undefined : nodeAddress(cluster, node);
  const lbIP = hostOf(t.hops[0]?.dst ?? '');
  const label = (ip: string): string =>
    ip === inside ? `${ip}, the client's address` : ip === nodeIP ? `${ip}, ${node ?? 'the node'}'s address` : ip === lbIP ? `${ip}, the load balancer's address` : ip;
  const policy = service.object.spec?.externalTrafficPolicy ?? 'Cluster';
  const options = shuffleOptions([inside, ...(nodeIP === undefined ? [] : [nodeIP]), lbIP, seen].map(label), `${SCENARIO}:source:${ref}`);
  const kept = seen === inside;
  return {
    id: `${SCENARIO}:source:${ref}`,
    source: 'interview',
    title: 'What a NetworkPolicy sees',
    question: `A client at ${inside} connects through the load balancer. A NetworkPolicy on ${nameOf(service)}'s Pods judges the source the Pod sees: which address is that?`,
    answer: { kind: 'choice', options, correct: label(seen) },
    explanation: [
      `${t.final.pod} sees ${t.final.src}.`,
      kept
        ? `externalTrafficPolicy ${policy} keeps the client's address, so an ipBlock of the clients' range matches.`
        : `externalTrafficPolicy ${policy} masquerades external traffic to the receiving node's address, so an ipBlock naming ${ranges.join(', ')} would not match; externalTrafficPolicy: Local keeps the client's address.`,
    ].join(' '),
    reveal: { packet: { service: ref, via: 'loadbalancer', from: 'external', clientIP: inside }, tab: 'trace', select: `pod:${t.final.pod}` },
  };
}

export function securityChallenges(cluster: Cluster): Challenge[] {
  const service = rangedService(cluster);
  const ranges = service?.object.spec?.loadBalancerSourceRanges ?? [];
  if (service === undefined) return [];
  return [reachChallenge(cluster, service, ranges), sourceChallenge(cluster, service, ranges)].filter((c): c is Challenge => c !== undefined);
}
