/**
 * Interview question 5, "How do you optimize Service performance in large clusters?", checked on
 * what readiness probes do to a Service's endpoints and on the rules IPVS mode programs.
 */
import { proxyRules, type Cluster, type Entry, type Service } from '../../model/index.ts';
import type { Challenge } from './challenge.ts';
import { inputServices, nameOf, namespaceOf, plural, refOf, sliceTargets } from './facts.ts';
import { traced } from './traced.ts';

const SCENARIO = 'interview-q5';

/** A selector Service whose slices hold endpoints that are not ready: readiness at work. */
function probedService(cluster: Cluster): Entry<Service> | undefined {
  const candidates = inputServices(cluster).filter((s) => s.object.spec?.selector !== undefined && s.object.spec.publishNotReadyAddresses !== true);
  return (
    candidates.find((s) => sliceTargets(cluster, s, (e) => e.conditions?.ready === false).length > 0) ??
    candidates.find((s) => sliceTargets(cluster, s).length > 0)
  );
}

function listedChallenge(cluster: Cluster, service: Entry<Service>): Challenge {
  const ref = refOf(service);
  // A Service selector is a plain equality map (core/v1 ServiceSpec.selector).
  const selector = service.object.spec?.selector ?? {};
  const selected = cluster.pods
    .filter((p) => namespaceOf(p) === namespaceOf(service) && Object.entries(selector).every(([key, value]) => p.object.metadata?.labels?.[key] === value))
    .map(refOf);
  const listed = sliceTargets(cluster, service);
  const options = [...new Set([...selected, ...listed])];
  const notReady = new Set(sliceTargets(cluster, service, (e) => e.conditions?.ready === false));
  return {
    id: `${SCENARIO}:listed:${ref}`,
    source: 'interview',
    title: 'Not ready is not gone',
    question: `Which of these Pods have an endpoint in the EndpointSlices of ${ref}?`,
    answer: { kind: 'multi', options, correct: listed },
    explanation: [
      `The slices list ${listed.length === 0 ? 'no endpoint' : listed.map((t) => `${t}${notReady.has(t) ? ' (ready: false)' : ''}`).join(', ')}.`,
      'A Pod failing its readiness probe stays in the slice with conditions.ready false (serving and terminating tell the rest); Pods without an IP yet are left out.',
    ].join(' '),
    reveal: { tab: 'kubectl', kubectl: `get endpointslices -n ${namespaceOf(service)} -l kubernetes.io/service-name=${nameOf(service)} -o yaml`, select: `svc:${ref}` },
  };
}

function proxiedChallenge(cluster: Cluster, service: Entry<Service>): Challenge | undefined {
  const ref = refOf(service);
  const t = traced(cluster, { service: nameOf(service), namespace: namespaceOf(service), via: 'clusterip' });
  if (t === undefined) return undefined;
  const listed = sliceTargets(cluster, service).length;
  const used = t.delivered ? t.candidates.length : 0;
  return {
    id: `${SCENARIO}:proxied:${ref}`,
    source: 'interview',
    title: 'Readiness probes and kube-proxy',
    question: `The EndpointSlices of ${ref} list ${plural(listed, 'endpoint')}. To how many does kube-proxy send new connections?`,
    answer: { kind: 'number', correct: used },
    explanation: [
      used === 0 ? `None: ${t.reason ?? 'no endpoint can take it'}.` : `${plural(used, 'endpoint')}: ${t.candidates.join(', ')}.`,
      'kube-proxy sends new connections only to ready endpoints, falling back to serving terminating ones when none is ready (pkg/proxy/topology.go): readiness probes are what keep traffic off a Pod that cannot take it.',
    ].join(' '),
    reveal: { packet: { service: ref, via: 'clusterip' }, tab: 'trace', select: `svc:${ref}` },
  };
}

/** In IPVS mode each Service port is a virtual server, each usable endpoint a real server of it. */
function ipvsChallenge(cluster: Cluster, service: Entry<Service>): Challenge | undefined {
  const ref = refOf(service);
  const result = proxyRules(cluster, { mode: 'ipvs' });
  if (!result.ok) return undefined;
  const server = result.dump.tables.flatMap((table) => table.chains).find((chain) => chain.refs.includes(`svc:${ref}`));
  if (server === undefined) return undefined;
  // ipvsadm prints `TCP  10.96.0.20:80 rr`: the protocol, the virtual address and the scheduler.
  const [protocol = '', address = ''] = server.name.trim().split(/\s+/);
  const virtual = `${protocol} ${address}`;
  return {
    id: `${SCENARIO}:ipvs:${ref}`,
    source: 'interview',
    title: 'IPVS real servers',
    question: `In IPVS mode, how many real servers does kube-proxy on ${result.dump.node} program for the virtual server ${virtual} of ${ref}?`,
    answer: { kind: 'number', correct: server.rules.length },
    explanation: [
      `ipvsadm -Ln lists ${plural(server.rules.length, 'real server')} under ${virtual}: the same endpoint choice as iptables mode, kept in a hash table instead of a chain per Service and per endpoint.`,
      'That is why IPVS scaled better for thousands of Services; nftables mode (GA in v1.33) gets the same with verdict maps and is where kube-proxy is heading.',
    ].join(' '),
    reveal: { tab: 'rules', select: `svc:${ref}` },
  };
}

export function performanceChallenges(cluster: Cluster): Challenge[] {
  const service = probedService(cluster);
  if (service === undefined) return [];
  return [listedChallenge(cluster, service), proxiedChallenge(cluster, service), ipvsChallenge(cluster, service)].filter((c): c is Challenge => c !== undefined);
}
