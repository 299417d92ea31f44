/**
 * "Pod P fails its readiness probe: which endpoints remain ready for Service X?": the model
 * rebuilt with a readiness event answers it, publishNotReadyAddresses included.
 */
import type { Cluster, Entry, RuntimeEvent, Service } from '../../model/index.ts';
import type { Challenge } from './challenge.ts';
import { findService, nameOf, namespaceOf, plural, refOf, sliceTargets } from './facts.ts';

/** Builds the same sources again with runtime events on top (buildCluster with `events`). */
export type Rebuild = (events: readonly RuntimeEvent[]) => Cluster;

export interface ReadinessAsk {
  readonly service: Entry<Service>;
  readonly pod: string;
}

const readyTargets = (cluster: Cluster, service: Entry<Service>): string[] => sliceTargets(cluster, service, (e) => e.conditions?.ready === true);

export function readinessAsks(cluster: Cluster, services: readonly Entry<Service>[]): ReadinessAsk[] {
  return services
    .filter((s) => s.object.spec?.selector !== undefined)
    .flatMap((service) => {
      const pods = readyTargets(cluster, service).filter((target) => !target.startsWith('ip:'));
      return pods.length < 2 ? [] : pods.map((pod) => ({ service, pod }));
    });
}

/** Whether the rebuilt cluster holds the Pod with its Ready condition False: the event took effect. */
function turnedUnready(cluster: Cluster, pod: string): boolean {
  const entry = cluster.pods.find((p) => refOf(p) === pod);
  return entry?.object.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'False') === true;
}

export function readinessChallenge(cluster: Cluster, ask: ReadinessAsk, rebuild: Rebuild): Challenge | undefined {
  const ref = refOf(ask.service);
  const event: RuntimeEvent = { kind: 'readiness', pod: ask.pod, ready: false };
  const after = rebuild([event]);
  const service = findService(after, namespaceOf(ask.service), nameOf(ask.service));
  if (service === undefined || !turnedUnready(after, ask.pod)) return undefined;
  const options = sliceTargets(cluster, ask.service);
  const correct = readyTargets(after, service);
  const publish = service.object.spec?.publishNotReadyAddresses === true;
  const headless = service.object.spec?.clusterIP === 'None';
  const podName = ask.pod.slice(ask.pod.indexOf('/') + 1);
  return {
    id: `generated:readiness:${ref}:${ask.pod}`,
    source: 'generated',
    title: `${podName} turns unready`,
    question: `The Pod ${ask.pod} starts failing its readiness probe. Which endpoints of ${ref} remain ready?`,
    answer: { kind: 'multi', options, correct },
    explanation: [
      correct.length === 0 ? 'None remains ready.' : `${plural(correct.length, 'endpoint')} ${correct.length === 1 ? 'remains' : 'remain'} ready: ${correct.join(', ')}.`,
      // A headless Service has no kube-proxy rules: readiness shows in what DNS answers.
      publish
        ? `${nameOf(service)} sets publishNotReadyAddresses, so the EndpointSlice controller marks every endpoint ready, ${podName} included, and ${headless ? 'DNS keeps answering with its address' : 'kube-proxy keeps sending to it'}.`
        : `${podName} stays in the EndpointSlice with conditions.ready false, and ${headless ? 'CoreDNS leaves its address out of the Service name\'s answer (a headless Service has no kube-proxy rules)' : 'kube-proxy stops sending new connections to it'}; the Pod keeps running.`,
    ].join(' '),
    reveal: { tab: 'kubectl', kubectl: `get endpointslices -n ${namespaceOf(service)} -l kubernetes.io/service-name=${nameOf(service)} -o wide`, select: `pod:${ask.pod}` },
  };
}
