/**
 * Interview question 1, "How does a Service route traffic to Pods?", checked on a LoadBalancer
 * Service: where the load balancer sends the packet, what the Pod sees, and what kube-proxy reads.
 */
import type { Cluster, Entry, Service, Trace } from '../../model/index.ts';
import type { Challenge } from './challenge.ts';
import { hostOf, inputServices, nodeAddress, plural, refOf } from './facts.ts';
import { shuffleOptions } from './seeded.ts';
import { traced } from './traced.ts';

const SCENARIO = 'interview-q1';

interface Path {
  readonly service: Entry<Service>;
  readonly ref: string;
  readonly trace: Trace;
  /** The Node whose kube-proxy handled the packet. */
  readonly node: string | undefined;
}

function lbPath(cluster: Cluster): Path | undefined {
  for (const service of inputServices(cluster).filter((s) => s.object.spec?.type === 'LoadBalancer')) {
    const ref = refOf(service);
    const t = traced(cluster, { service: service.object.metadata?.name ?? '', namespace: service.object.metadata?.namespace ?? 'default', via: 'loadbalancer', from: 'external' });
    if (t?.delivered === true) {
      const node = t.hops.find((hop) => hop.at.startsWith('node:'))?.at.slice('node:'.length) ?? t.backends[0]?.node;
      return { service, ref, trace: t, node };
    }
  }
  return undefined;
}

/** Where the load balancer forwards: a nodePort (the default), a Pod directly (IP mode), or something else. */
function forwardChallenge(cluster: Cluster, path: Path): Challenge | undefined {
  const { trace: t, service, ref } = path;
  const lbHop = t.hops.find((hop) => hop.at.startsWith('lb:'));
  const port = service.object.spec?.ports?.[0];
  const backend = t.backends[0];
  if (lbHop === undefined || port === undefined || backend === undefined) return undefined;
  const nodeIP = path.node === undefined ? undefined : nodeAddress(cluster, path.node);
  const nodeOption = nodeIP !== undefined && port.nodePort !== undefined ? `${nodeIP}:${port.nodePort}, the nodePort on ${path.node ?? 'a node'}` : undefined;
  const podOption = `${backend.dst}, a Pod's IP and targetPort, directly`;
  const vipOption = `${service.object.spec?.clusterIP ?? ''}:${port.port}, the Service's ClusterIP`;
  const correct = nodeOption !== undefined && lbHop.dst === `${nodeIP}:${port.nodePort}` ? nodeOption : lbHop.dst === backend.dst ? podOption : lbHop.dst.startsWith(`${service.object.spec?.clusterIP ?? '-'}:`) ? vipOption : `${lbHop.dst}`;
  const options = shuffleOptions([...(nodeOption === undefined ? [] : [nodeOption]), podOption, vipOption, correct], `${SCENARIO}:forward:${ref}`);
  return {
    id: `${SCENARIO}:lb-forward:${ref}`,
    source: 'interview',
    title: 'Where the load balancer sends the packet',
    question: `An external client connects to the load balancer of ${ref} on port ${port.port}. Where does the load balancer send the packet?`,
    answer: { kind: 'choice', options, correct },
    explanation: [
      `The load balancer forwards to ${lbHop.dst} (${lbHop.action}).`,
      `Then kube-proxy${path.node === undefined ? '' : ` on ${path.node}`} DNATs it to one of ${plural(t.backends.length, 'endpoint')}: ${t.backends.map((b) => b.dst).join(', ')}.`,
      'A LoadBalancer Service is a NodePort Service too: the cloud load balancer targets every node\'s nodePort, unless it runs in IP mode (AWS Load Balancer Controller with target-type ip, GKE container-native load balancing), when it sends to the Pod IPs directly.',
    ].join(' '),
    reveal: { packet: { service: ref, from: 'external', via: 'loadbalancer', port: port.port }, tab: 'trace', select: `lb:${ref}` },
  };
}

/** What the Pod sees as the source: the client with externalTrafficPolicy Local, the node's address with Cluster. */
function sourceChallenge(cluster: Cluster, path: Path): Challenge | undefined {
  const { trace: t, service, ref } = path;
  const final = t.final;
  const client = t.hops[0];
  if (final === null || client === undefined) return undefined;
  const clientIP = hostOf(client.src);
  const seen = hostOf(final.src);
  const nodeIP = path.node === undefined ? undefined : nodeAddress(cluster, path.node);
  const lbIP = hostOf(client.dst);
  const label = (ip: string): string =>
    ip === clientIP ? `${ip}, the client's own address` : ip === nodeIP ? `${ip}, the address of ${path.node ?? 'the node'}` : ip === lbIP ? `${ip}, the load balancer's address` : ip;
  const options = shuffleOptions([clientIP, ...(nodeIP === undefined ? [] : [nodeIP]), lbIP, seen].map(label), `${SCENARIO}:source:${ref}`);
  const policy = service.object.spec?.externalTrafficPolicy ?? 'Cluster';
  return {
    id: `${SCENARIO}:source:${ref}`,
    source: 'interview',
    title: 'What the Pod sees',
    question: `That connection comes from ${clientIP}. Which source address does the Pod ${final.pod} see?`,
    answer: { kind: 'choice', options, correct: label(seen) },
    explanation: [
      `The Pod sees ${final.src}.`,
      seen === clientIP
        ? `With externalTrafficPolicy ${policy} kube-proxy keeps the client's address and sends only to Pods on the receiving node.`
        : `With externalTrafficPolicy ${policy} kube-proxy masquerades external traffic to the receiving node's address, so that the reply comes back through that node; externalTrafficPolicy Local keeps the client's address.`,
    ].join(' '),
    reveal: { packet: { service: ref, from: 'external', via: 'loadbalancer' }, tab: 'trace', select: `pod:${final.pod}` },
  };
}

/** kube-proxy programs its rules from EndpointSlices, not from the legacy Endpoints object. */
function sliceChallenge(path: Path): Challenge | undefined {
  const { trace: t, ref, service } = path;
  const slice = t.backends[0]?.slice;
  if (slice === undefined || !slice.startsWith('slice:')) return undefined;
  const sliceName = slice.slice(slice.indexOf('/') + 1);
  const name = service.object.metadata?.name ?? '';
  const correct = `the EndpointSlice ${sliceName}`;
  const options = shuffleOptions([correct, `the Endpoints object ${name}`, "the Pods' status.podIP, watched directly", `the Service ${name}'s spec`], `${SCENARIO}:slice:${ref}`);
  return {
    id: `${SCENARIO}:slice:${ref}`,
    source: 'interview',
    title: 'Where kube-proxy reads the Pod IPs',
    question: `kube-proxy${path.node === undefined ? '' : ` on ${path.node}`} DNATs ${ref}'s traffic to Pod IPs. Where does it read them from?`,
    answer: { kind: 'choice', options, correct },
    explanation: [
      `Every backend of the trace comes from ${t.backends.map((b) => b.slice.slice('slice:'.length)).filter((s, i, all) => all.indexOf(s) === i).join(', ')}.`,
      'kube-proxy has read EndpointSlices, not Endpoints, since v1.19 (EndpointSliceProxying, GA in v1.22); the Endpoints object is still written for other readers, and the Endpoints API is deprecated since v1.33.',
    ].join(' '),
    reveal: { tab: 'rules', select: slice },
  };
}

export function routingChallenges(cluster: Cluster): Challenge[] {
  const path = lbPath(cluster);
  if (path === undefined) return [];
  return [forwardChallenge(cluster, path), sourceChallenge(cluster, path), sliceChallenge(path)].filter((c): c is Challenge => c !== undefined);
}
