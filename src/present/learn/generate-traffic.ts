/**
 * "Which Pods can receive traffic for Service X sent from node Y?": the answer depends on the
 * traffic policies (externalTrafficPolicy for a nodePort, internalTrafficPolicy for the ClusterIP),
 * and `trace` from that node computes it.
 */
import type { Cluster, Entry, Service, TraceVia } from '../../model/index.ts';
import type { Challenge } from './challenge.ts';
import { nameOf, namespaceOf, plural, refOf, sliceTargets } from './facts.ts';
import { reachable, traced } from './traced.ts';

interface Ask {
  readonly service: Entry<Service>;
  readonly node: string;
  readonly via: Extract<TraceVia, 'clusterip' | 'nodeport'>;
  /** A Local policy applies: the answer depends on the node. */
  readonly local: boolean;
}

const proxied = (service: Entry<Service>): boolean => service.object.spec?.clusterIP !== 'None' && service.object.spec?.type !== 'ExternalName';

function asks(cluster: Cluster, services: readonly Entry<Service>[]): Ask[] {
  const nodes = cluster.nodes.map(nameOf);
  return services.filter(proxied).flatMap((service) => {
    const spec = service.object.spec;
    const external = spec?.type === 'NodePort' || spec?.type === 'LoadBalancer';
    const vias: Ask['via'][] = external ? ['nodeport', ...(spec?.internalTrafficPolicy === 'Local' ? (['clusterip'] as const) : [])] : ['clusterip'];
    return vias.flatMap((via) => {
      const local = (via === 'nodeport' ? spec?.externalTrafficPolicy : spec?.internalTrafficPolicy) === 'Local';
      return nodes.map((node) => ({ service, node, via, local }));
    });
  });
}

function policyLine(ask: Ask): string {
  const spec = ask.service.object.spec;
  if (ask.via === 'nodeport') {
    const policy = spec?.externalTrafficPolicy ?? 'Cluster';
    return policy === 'Local'
      ? 'externalTrafficPolicy Local: the node sends only to Pods on itself, keeping the client\'s address, and drops the traffic when it has none.'
      : 'externalTrafficPolicy Cluster: any node forwards to any ready Pod, masquerading the client\'s address.';
  }
  const policy = spec?.internalTrafficPolicy ?? 'Cluster';
  return policy === 'Local'
    ? 'internalTrafficPolicy Local: a Pod\'s traffic goes only to endpoints on its own node, and is dropped when there are none.'
    : 'internalTrafficPolicy Cluster: a Pod\'s traffic may go to any ready endpoint.';
}

/** The challenge for one (Service, node, path), or nothing when the model cannot trace it. */
export function trafficChallenge(cluster: Cluster, ask: Ask): Challenge | undefined {
  const ref = refOf(ask.service);
  const port = ask.service.object.spec?.ports?.[0];
  const t = traced(cluster, { service: nameOf(ask.service), namespace: namespaceOf(ask.service), via: ask.via, node: ask.node });
  const options = sliceTargets(cluster, ask.service);
  if (t === undefined || port === undefined || options.length === 0) return undefined;
  const correct = reachable(t);
  const sent =
    ask.via === 'nodeport'
      ? `A client outside the cluster sends to nodePort ${port.nodePort ?? '?'} of ${ask.node}.`
      : `A Pod on ${ask.node} connects to the ClusterIP of ${ref} on port ${port.port}.`;
  return {
    id: `generated:traffic:${ask.via}:${ref}:${ask.node}`,
    source: 'generated',
    title: `Traffic for ${nameOf(ask.service)} from ${ask.node}`,
    question: `${sent} Which Pods can receive the traffic for ${ref}?`,
    answer: { kind: 'multi', options, correct },
    explanation: [
      correct.length === 0 ? `None: ${t.reason ?? 'nothing can take it'}.` : `${plural(correct.length, 'endpoint')}: ${t.backends.map((b) => `${b.target} (${b.dst}${b.node === undefined ? '' : ` on ${b.node}`})`).join(', ')}.`,
      policyLine(ask),
      options.length > correct.length && correct.length > 0 ? `The others are ${ask.local ? 'on other nodes or ' : ''}not ready.` : '',
    ]
      .filter((line) => line !== '')
      .join(' '),
    reveal: {
      packet: { service: ref, via: ask.via, node: ask.node, ...(ask.via === 'nodeport' ? { from: 'external' as const, port: port.nodePort } : { port: port.port }) },
      tab: 'trace',
      select: `svc:${ref}`,
    },
  };
}

/** Every question worth asking, Local policies first: there the node changes the answer. */
export function trafficAsks(cluster: Cluster, services: readonly Entry<Service>[]): Ask[] {
  const all = asks(cluster, services);
  return [...all.filter((a) => a.local), ...all.filter((a) => !a.local)];
}

export type { Ask as TrafficAsk };
