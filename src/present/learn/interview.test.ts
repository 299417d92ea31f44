import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasGuide, NO_GUIDE, readGuide } from '../../../testing/shared.ts';
import { EXAMPLES } from '../../examples/index.ts';
import { buildCluster, resolve, trace, type Cluster } from '../../model/index.ts';
import { grade, type Challenge } from './challenge.ts';
import { dnsAnswerLabel } from './dns-answer.ts';
import { INTERVIEW_SCENARIOS, interviewChallenges } from './interview.ts';
import { deepFreeze } from './test-support.ts';

const read = (path: string): string => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const guide = readGuide().replace(/\*\*/g, '');
const clusters = new Map<string, Cluster>();
function clusterOf(id: string): Cluster {
  const built = clusters.get(id) ?? deepFreeze(buildCluster([{ name: `${id}.yaml`, text: read(`../../examples/${id}.yaml`) }]));
  clusters.set(id, built);
  return built;
}

function byId(challenges: readonly Challenge[], prefix: string): Challenge {
  const found = challenges.find((c) => c.id.startsWith(prefix));
  if (found === undefined) throw new Error(`no challenge ${prefix}: ${challenges.map((c) => c.id).join(', ')}`);
  return found;
}

const correctOf = (c: Challenge): string | number | readonly string[] => c.answer.correct;

describe('interview scenarios', () => {
  it.skipIf(!hasGuide)(`are the guide's five questions and answers, verbatim${hasGuide ? '' : ` (${NO_GUIDE})`}`, () => {
    expect(INTERVIEW_SCENARIOS.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    for (const scenario of INTERVIEW_SCENARIOS) {
      expect(guide).toContain(`${scenario.number}. Q: ${scenario.question}\n`);
      expect(guide).toContain(`- A: ${scenario.guideAnswer}\n`);
    }
  });

  it.each(INTERVIEW_SCENARIOS.map((s) => [s.number, s] as const))('Q%s runs on an example of the catalogue and gives challenges', (_n, scenario) => {
    expect(EXAMPLES.map((e) => e.id)).toContain(scenario.exampleId);
    const challenges = interviewChallenges(clusterOf(scenario.exampleId), scenario.exampleId);
    expect(challenges.length).toBeGreaterThanOrEqual(2);
    for (const c of challenges) {
      expect(c.source).toBe('interview');
      expect(grade(c, correctOf(c)).correct).toBe(true);
      if (c.answer.kind !== 'number') expect(c.answer.options).toEqual(expect.arrayContaining(Array.isArray(c.answer.correct) ? c.answer.correct : [c.answer.correct]));
      expect(structuredClone(c)).toEqual(c);
    }
    expect(new Set(challenges.map((c) => c.id)).size).toBe(challenges.length);
  });

  it('gives nothing for an example no scenario runs on', () => {
    expect(interviewChallenges(clusterOf('guide-01-fraud-detection'), 'guide-01-fraud-detection')).toEqual([]);
  });

  it('gives nothing when the loaded manifest lacks what the scenario asks about', () => {
    expect(interviewChallenges(clusterOf('guide-01-fraud-detection'), 'guide-05-graphql-api')).toEqual([]);
  });

  it('is the same for the same cluster', () => {
    const id = 'interview-secure-loadbalancer';
    expect(interviewChallenges(clusterOf(id), id)).toEqual(interviewChallenges(buildCluster([{ name: `${id}.yaml`, text: read(`../../examples/${id}.yaml`) }]), id));
  });
});

describe('answers computed from the model', () => {
  it('Q1: the load balancer sends to a nodePort, the Pod sees the node, kube-proxy reads the EndpointSlice', () => {
    const cluster = clusterOf('guide-05-graphql-api');
    const challenges = interviewChallenges(cluster, 'guide-05-graphql-api');
    const service = cluster.services.find((s) => s.key === 'Service/streaming/graphql-api');
    const nodePort = service?.object.spec?.ports?.[0]?.nodePort;
    expect(correctOf(byId(challenges, 'interview-q1:lb-forward'))).toMatch(new RegExp(`:${String(nodePort)}, the nodePort on `));
    const t = trace(cluster, { service: 'graphql-api', namespace: 'streaming', via: 'loadbalancer', from: 'external' });
    if (!t.ok || t.trace.final === null) throw new Error('no trace');
    expect(correctOf(byId(challenges, 'interview-q1:source'))).toMatch(new RegExp(`^${t.trace.final.src.split(':')[0] ?? ''}, the address of `));
    const slice = cluster.endpointSlices.find((s) => s.object.metadata?.labels?.['kubernetes.io/service-name'] === 'graphql-api');
    expect(correctOf(byId(challenges, 'interview-q1:slice'))).toBe(`the EndpointSlice ${slice?.object.metadata?.name ?? ''}`);
  });

  it('Q2: slices of 100, Endpoints cut at 1,000, kube-proxy uses all', () => {
    const cluster = clusterOf('scenario-many-endpoints');
    const challenges = interviewChallenges(cluster, 'scenario-many-endpoints');
    const catalogSlices = cluster.endpointSlices.filter((s) => s.object.metadata?.labels?.['kubernetes.io/service-name'] === 'catalog');
    expect(correctOf(byId(challenges, 'interview-q2:slices:default/catalog'))).toBe(catalogSlices.length);
    expect(catalogSlices.length).toBe(3);
    expect(correctOf(byId(challenges, 'interview-q2:endpoints:default/search'))).toBe(1000);
    expect(correctOf(byId(challenges, 'interview-q2:proxied:default/search'))).toBe(1200);
  });

  it('Q3: the headless name answers every ready Pod, SRV per Pod, and a Pod its own IP', () => {
    const cluster = clusterOf('scenario-statefulset-dns');
    const challenges = interviewChallenges(cluster, 'scenario-statefulset-dns');
    expect(correctOf(byId(challenges, 'interview-q3:a'))).toBe(dnsAnswerLabel(resolve(cluster, { name: 'nginx.default.svc.cluster.local', type: 'A' })));
    expect(String(correctOf(byId(challenges, 'interview-q3:a'))).split(', ')).toHaveLength(3);
    expect(correctOf(byId(challenges, 'interview-q3:srv'))).toBe(3);
    const web0 = cluster.pods.find((p) => p.key === 'Pod/default/web-0');
    expect(correctOf(byId(challenges, 'interview-q3:pod:default/web-0'))).toBe(web0?.object.status?.podIP);
  });

  it('Q4: the source ranges close the load balancer only, and the Pod sees a node', () => {
    const cluster = clusterOf('interview-secure-loadbalancer');
    const challenges = interviewChallenges(cluster, 'interview-secure-loadbalancer');
    const reach = byId(challenges, 'interview-q4:reach');
    expect(reach.answer.kind === 'multi' && reach.answer.options).toEqual([
      '203.0.113.25 → the load balancer',
      '198.51.100.7 → the load balancer',
      expect.stringMatching(/^198\.51\.100\.7 → nodePort \d+ of a node$/),
      'Pod tools/curl → the ClusterIP',
    ]);
    expect(correctOf(reach)).toEqual(['203.0.113.25 → the load balancer', expect.stringMatching(/nodePort/), 'Pod tools/curl → the ClusterIP']);
    expect(correctOf(byId(challenges, 'interview-q4:source'))).toMatch(/, worker-\d's address$/);
  });

  it('Q5: not-ready Pods stay listed, kube-proxy and IPVS use the ready one', () => {
    const cluster = clusterOf('scenario-not-ready-and-terminating');
    const challenges = interviewChallenges(cluster, 'scenario-not-ready-and-terminating');
    expect(correctOf(byId(challenges, 'interview-q5:listed:default/web'))).toEqual(['default/web-a', 'default/web-b', 'default/web-c', 'default/web-d']);
    const t = trace(cluster, { service: 'web', via: 'clusterip' });
    expect(correctOf(byId(challenges, 'interview-q5:proxied:default/web'))).toBe(t.ok ? t.trace.candidates.length : -1);
    expect(correctOf(byId(challenges, 'interview-q5:ipvs:default/web'))).toBe(1);
  });
});
