import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCluster, resolveFrom, trace, type Cluster, type ManifestSource } from '../../model/index.ts';
import { grade, type Challenge } from './challenge.ts';
import { dnsAnswerLabel } from './dns-answer.ts';
import { generateChallenges, MAX_GENERATED } from './generate.ts';
import { deepFreeze, rebuildOf } from './test-support.ts';

const sourcesOf = (id: string): ManifestSource[] => [
  { name: `${id}.yaml`, text: readFileSync(fileURLToPath(new URL(`../../examples/${id}.yaml`, import.meta.url)), 'utf8') },
];
const clusterOf = (id: string): Cluster => deepFreeze(buildCluster(sourcesOf(id)));

const EXAMPLE_IDS = [
  'guide-01-fraud-detection',
  'guide-03-debug-ui',
  'guide-06-checkout-service',
  'guide-07-cassandra-headless',
  'guide-09-crm-api',
  'guide-13-saas-ingress',
  'scenario-traffic-policies',
  'scenario-statefulset-dns',
  'scenario-not-ready-and-terminating',
  'interview-secure-loadbalancer',
] as const;

const kindOf = (c: Challenge): string => c.id.split(':')[1] ?? '';

/** Recomputes a challenge's answer with the model call its reveal names: the check the explorer shows. */
function recompute(cluster: Cluster, c: Challenge): unknown {
  const packet = c.reveal.packet;
  if (kindOf(c) === 'traffic' && packet !== undefined) {
    const [namespace, service] = packet.service.split('/');
    const t = trace(cluster, { service, namespace, via: packet.via, node: packet.node });
    return t.ok && t.trace.delivered ? [...t.trace.candidates].sort() : [];
  }
  if (kindOf(c) === 'dns' && c.reveal.dns?.from !== undefined) {
    return dnsAnswerLabel(resolveFrom(cluster, { name: c.reveal.dns.name, type: c.reveal.dns.type }, c.reveal.dns.from));
  }
  if (kindOf(c) === 'nodeport' && packet !== undefined) return packet.port;
  return undefined;
}

describe.each(EXAMPLE_IDS)('%s', (id) => {
  const cluster = clusterOf(id);
  const rebuild = rebuildOf(sourcesOf(id));
  const challenges = generateChallenges(cluster, 'seed', rebuild);

  it('gives a handful of challenges, each answerable and cloneable', () => {
    expect(challenges.length).toBeGreaterThan(0);
    expect(challenges.length).toBeLessThanOrEqual(MAX_GENERATED);
    expect(new Set(challenges.map((c) => c.id)).size).toBe(challenges.length);
    for (const c of challenges) {
      expect(c.source).toBe('generated');
      expect(grade(c, c.answer.correct).correct).toBe(true);
      expect(structuredClone(c)).toEqual(c);
      if (c.answer.kind === 'choice') expect(c.answer.options).toContain(c.answer.correct);
      if (c.answer.kind === 'multi') for (const item of c.answer.correct) expect(c.answer.options).toContain(item);
    }
  });

  it('agrees with trace and the resolver', () => {
    for (const c of challenges) {
      const expected = recompute(cluster, c);
      if (expected === undefined) continue;
      const correct = c.answer.correct;
      expect(Array.isArray(correct) ? [...(correct as readonly string[])].sort() : correct, c.id).toEqual(expected);
    }
  });

  it('is deterministic: the same cluster and seed give the same challenges', () => {
    expect(generateChallenges(buildCluster(sourcesOf(id)), 'seed', rebuildOf(sourcesOf(id)))).toEqual(challenges);
  });
});

describe('kinds', () => {
  it('asks about nodePorts only where a NodePort or LoadBalancer Service exists', () => {
    expect(generateChallenges(clusterOf('guide-01-fraud-detection')).some((c) => kindOf(c) === 'nodeport')).toBe(false);
    const debug = generateChallenges(clusterOf('guide-03-debug-ui')).find((c) => kindOf(c) === 'nodeport');
    expect(debug?.answer.correct).toBe(31000);
  });

  it('asks on which node a Local policy drops the traffic', () => {
    const challenges = generateChallenges(clusterOf('scenario-traffic-policies'), 'local');
    const traffic = challenges.filter((c) => kindOf(c) === 'traffic');
    expect(traffic.length).toBeGreaterThan(0);
    for (const c of traffic) expect(c.explanation).toMatch(/TrafficPolicy Local/);
  });

  it('skips the readiness question without a rebuild, and answers it with one', () => {
    const cluster = clusterOf('scenario-traffic-policies');
    expect(generateChallenges(cluster).some((c) => kindOf(c) === 'readiness')).toBe(false);
    const readiness = generateChallenges(cluster, '', rebuildOf(sourcesOf('scenario-traffic-policies'))).filter((c) => kindOf(c) === 'readiness');
    expect(readiness.length).toBeGreaterThan(0);
    for (const c of readiness) {
      const failing = c.id.split(':').at(-1) ?? '';
      expect(c.answer.kind === 'multi' && c.answer.options).toEqual(['default/echo-1', 'default/echo-2']);
      expect(c.answer.correct).toEqual(['default/echo-1', 'default/echo-2'].filter((pod) => !pod.endsWith(failing.split('/')[1] ?? '')));
    }
  });

  it('says where readiness shows for a headless Service: in DNS, not in kube-proxy rules', () => {
    const readiness = generateChallenges(clusterOf('guide-07-cassandra-headless'), '', rebuildOf(sourcesOf('guide-07-cassandra-headless'))).filter((c) => kindOf(c) === 'readiness');
    expect(readiness.length).toBeGreaterThan(0);
    for (const c of readiness) expect(c.explanation).toMatch(/CoreDNS leaves its address out .* no kube-proxy rules/);
  });

  it('skips the readiness question when the rebuild leaves the Pod ready', () => {
    const cluster = clusterOf('scenario-traffic-policies');
    expect(generateChallenges(cluster, '', () => cluster).some((c) => kindOf(c) === 'readiness')).toBe(false);
  });

  it('asks different questions under different seeds, with stable ids', () => {
    const cluster = clusterOf('scenario-statefulset-dns');
    const seeds = ['a', 'b', 'c', 'd', 'e', 'f'].map((seed) => generateChallenges(cluster, seed).map((c) => c.id).join('|'));
    expect(new Set(seeds).size).toBeGreaterThan(1);
    const all = ['a', 'b'].flatMap((seed) => generateChallenges(cluster, seed));
    for (const c of all) expect(all.filter((o) => o.id === c.id).every((o) => JSON.stringify(o.answer.correct) === JSON.stringify(c.answer.correct))).toBe(true);
  });

  it('gives nothing for a cluster with no Service of its own', () => {
    expect(generateChallenges(buildCluster([]))).toEqual([]);
  });
});
