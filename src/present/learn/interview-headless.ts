/**
 * Interview question 3, "When is a Headless Service appropriate?", checked on a headless Service:
 * what its name answers, its SRV records, and a Pod's own name.
 */
import { resolve, type Cluster, type Entry, type Service } from '../../model/index.ts';
import type { Challenge } from './challenge.ts';
import { addressesLabel, dnsAnswerLabel, NXDOMAIN } from './dns-answer.ts';
import { inputServices, nameOf, namespaceOf, plural, podIP, refOf, sentence, sliceTargets } from './facts.ts';
import { shuffleOptions } from './seeded.ts';

const SCENARIO = 'interview-q3';

const isHeadless = (service: Entry<Service>): boolean => service.object.spec?.clusterIP === 'None' && service.object.spec?.type !== 'ExternalName';

function sameSelector(a: Entry<Service>, b: Entry<Service>): boolean {
  return namespaceOf(a) === namespaceOf(b) && JSON.stringify(a.object.spec?.selector ?? {}) === JSON.stringify(b.object.spec?.selector ?? {});
}

interface Headless {
  readonly service: Entry<Service>;
  readonly ref: string;
  readonly fqdn: string;
  /** A Service with a virtual IP in front of the same Pods, if the manifest has one. */
  readonly sibling: Entry<Service> | undefined;
  readonly podIPs: readonly string[];
}

function findHeadless(cluster: Cluster): Headless | undefined {
  const services = inputServices(cluster);
  const service = services.find((s) => isHeadless(s) && s.object.spec?.selector !== undefined);
  if (service === undefined) return undefined;
  const sibling = services.find((s) => s !== service && !isHeadless(s) && s.object.spec?.type !== 'ExternalName' && sameSelector(s, service));
  const podIPs = sliceTargets(cluster, service).map((target) => podIP(cluster, target)).filter((ip): ip is string => ip !== undefined);
  return { service, ref: refOf(service), fqdn: `${nameOf(service)}.${namespaceOf(service)}.svc.${cluster.config.clusterDomain}`, sibling, podIPs };
}

function aChallenge(cluster: Cluster, h: Headless): Challenge {
  const response = resolve(cluster, { name: h.fqdn, type: 'A' });
  const correct = dnsAnswerLabel(response);
  const vip = h.sibling?.object.spec?.clusterIP;
  const options = shuffleOptions(
    [correct, addressesLabel(h.podIPs), ...(vip === undefined ? [] : [vip]), ...(h.podIPs[0] === undefined ? [] : [h.podIPs[0]]), NXDOMAIN],
    `${SCENARIO}:a:${h.ref}`,
  );
  return {
    id: `${SCENARIO}:a:${h.ref}`,
    source: 'interview',
    title: 'What a headless Service name answers',
    question: `What does ${h.fqdn} (type A) answer?`,
    answer: { kind: 'choice', options, correct },
    explanation: [
      sentence(`CoreDNS answers ${plural(response.answers.length, 'A record')}${response.answers.length > 0 ? `: ${correct}` : ` (${correct})`}`),
      `${nameOf(h.service)} has clusterIP: None, so there is no virtual IP and no kube-proxy rule: the name returns the ready Pods' IPs, and the client picks one (CoreDNS shuffles their order).`,
      h.sibling === undefined || vip === undefined ? '' : `${nameOf(h.sibling)}, over the same Pods, answers its one virtual IP ${vip}.`,
      'Pods that are not ready are left out unless the Service sets publishNotReadyAddresses.',
    ]
      .filter((line) => line !== '')
      .join(' '),
    reveal: { dns: { name: h.fqdn, type: 'A' }, tab: 'dns', select: `svc:${h.ref}` },
  };
}

function srvChallenge(cluster: Cluster, h: Headless): Challenge | undefined {
  const port = h.service.object.spec?.ports?.find((p) => p.name !== undefined && p.name !== '');
  if (port?.name === undefined) return undefined;
  const name = `_${port.name}._${(port.protocol ?? 'TCP').toLowerCase()}.${h.fqdn}`;
  const response = resolve(cluster, { name, type: 'SRV' });
  return {
    id: `${SCENARIO}:srv:${h.ref}`,
    source: 'interview',
    title: 'SRV records of a named port',
    question: `How many SRV records does ${name} answer?`,
    answer: { kind: 'number', correct: response.answers.length },
    explanation: [
      `${plural(response.answers.length, 'SRV record')}${response.answers.length > 0 ? `: ${response.answers.map((r) => r.data).join('; ')}` : '.'}`,
      'A headless Service has an SRV record per ready Pod for each named port (kubernetes/dns docs/specification.md 2.4.2), pointing at the Pod\'s own name, so a client learns the port as well as the address.',
    ].join(' '),
    reveal: { dns: { name, type: 'SRV' }, tab: 'dns', select: `svc:${h.ref}` },
  };
}

/** A StatefulSet Pod gets hostname and subdomain, hence a name of its own under the headless Service. */
function podNameChallenge(cluster: Cluster, h: Headless): Challenge | undefined {
  const pod = cluster.pods.find(
    (p) => namespaceOf(p) === namespaceOf(h.service) && p.object.spec?.hostname !== undefined && p.object.spec.subdomain === nameOf(h.service),
  );
  const hostname = pod?.object.spec?.hostname;
  if (pod === undefined || hostname === undefined) return undefined;
  const name = `${hostname}.${h.fqdn}`;
  const response = resolve(cluster, { name, type: 'A' });
  const correct = dnsAnswerLabel(response);
  const vip = h.sibling?.object.spec?.clusterIP;
  const options = shuffleOptions([correct, ...h.podIPs, ...(vip === undefined ? [] : [vip]), NXDOMAIN], `${SCENARIO}:pod:${h.ref}`);
  return {
    id: `${SCENARIO}:pod:${refOf(pod)}`,
    source: 'interview',
    title: "A Pod's own name",
    question: `What does ${name} (type A) answer?`,
    answer: { kind: 'choice', options, correct },
    explanation: [
      `${name} answers ${correct}${pod.object.status?.podIP === undefined ? '' : `; ${nameOf(pod)}'s IP is ${pod.object.status.podIP}`}.`,
      `The Pod has hostname ${hostname} and subdomain ${nameOf(h.service)} (a StatefulSet sets both from its serviceName), so the headless Service gives it a stable name: what stateful peers use to find each other.`,
    ].join(' '),
    reveal: { dns: { name, type: 'A' }, tab: 'dns', select: `pod:${refOf(pod)}` },
  };
}

export function headlessChallenges(cluster: Cluster): Challenge[] {
  const h = findHeadless(cluster);
  if (h === undefined) return [];
  return [aChallenge(cluster, h), srvChallenge(cluster, h), podNameChallenge(cluster, h)].filter((c): c is Challenge => c !== undefined);
}
