/**
 * Challenges generated from whatever manifest the learner has: traffic per node, DNS per
 * namespace, nodePorts, and a readiness probe failing. Deterministic: the seed orders the
 * candidates, no global randomness.
 */
import type { Cluster } from '../../model/index.ts';
import type { Challenge } from './challenge.ts';
import { dnsAsks, dnsChallenge } from './generate-dns.ts';
import { portAsks, portChallenge } from './generate-ports.ts';
import { readinessAsks, readinessChallenge, type Rebuild } from './generate-readiness.ts';
import { trafficAsks, trafficChallenge } from './generate-traffic.ts';
import { inputServices, refOf } from './facts.ts';
import { seededOrder } from './seeded.ts';

export type { Rebuild } from './generate-readiness.ts';

/** At most this many challenges: a handful to work through, not a test paper. */
export const MAX_GENERATED = 8;
/** At most this many of one kind, so that every kind the cluster supports gets its turn. */
const PER_KIND = 2;

/**
 * Walks the candidates in seeded order and keeps the first `PER_KIND` the model can answer, one
 * per `group` (questions of a group would have the same answer).
 */
function firstAnswered<T>(asks: readonly T[], seed: string, key: (ask: T) => string, make: (ask: T) => Challenge | undefined, group = key): Challenge[] {
  const out: Challenge[] = [];
  const asked = new Set<string>();
  for (const ask of seededOrder(asks, seed, key)) {
    if (out.length >= PER_KIND) break;
    if (asked.has(group(ask))) continue;
    const challenge = make(ask);
    if (challenge === undefined) continue;
    asked.add(group(ask));
    out.push(challenge);
  }
  return out;
}

/**
 * Up to eight challenges about `cluster`, each kind only where the cluster supports it (a nodePort
 * question needs a NodePort or LoadBalancer Service). The readiness question needs `rebuild`, which
 * builds the same sources with runtime events; without it that kind is skipped.
 */
export function generateChallenges(cluster: Cluster, seed = '', rebuild?: Rebuild): Challenge[] {
  const services = inputServices(cluster);
  const traffic = trafficAsks(cluster, services);
  // Local policies first: there the node changes the answer, which is the point of asking.
  const localFirst = traffic.some((a) => a.local) ? traffic.filter((a) => a.local) : traffic;
  const kinds: Challenge[][] = [
    firstAnswered(
      localFirst,
      `${seed}:traffic`,
      (a) => `${a.via}:${refOf(a.service)}:${a.node}`,
      (a) => trafficChallenge(cluster, a),
      // With a Cluster policy every node gives the same answer: ask it once per Service and path.
      (a) => (a.local ? `${a.via}:${refOf(a.service)}:${a.node}` : `${a.via}:${refOf(a.service)}`),
    ),
    firstAnswered(dnsAsks(cluster, services), `${seed}:dns`, (a) => `${a.name}:${a.from}`, (a) => dnsChallenge(cluster, a)),
    firstAnswered(portAsks(services), `${seed}:nodeport`, (a) => `${refOf(a.service)}:${a.index}`, (a) => portChallenge(cluster, a)),
    rebuild === undefined ? [] : firstAnswered(readinessAsks(cluster, services), `${seed}:readiness`, (a) => `${refOf(a.service)}:${a.pod}`, (a) => readinessChallenge(cluster, a, rebuild), (a) => refOf(a.service)),
  ];
  return kinds.flat().slice(0, MAX_GENERATED);
}
