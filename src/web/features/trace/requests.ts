/**
 * Where a burst of new connections lands under kube-proxy's rules: iptables tries the endpoint
 * rules in order, taking rule i with probability 1/(n−i) (proxier.go writeServiceToEndpointRules,
 * `-m statistic --mode random`), so each backend gets 1/n on average but any one burst is uneven.
 * With sessionAffinity ClientIP, `-m recent` sends every later connection of the same client to the
 * backend of its first.
 */

export interface Landing {
  readonly target: string;
  readonly count: number;
}

/** mulberry32: a small seeded generator, so that a burst can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One draw through the rule chain: the index of the rule that matched. */
function cascade(n: number, next: () => number): number {
  for (let i = 0; i < n - 1; i++) if (next() < 1 / (n - i)) return i;
  return n - 1;
}

export function spreadRequests(targets: readonly string[], count: number, affinity: boolean, seed: number): Landing[] {
  const counts = targets.map(() => 0);
  const next = random(seed);
  const first = targets.length === 0 ? -1 : cascade(targets.length, next);
  for (let i = 0; i < count && first >= 0; i++) {
    const index = affinity ? first : cascade(targets.length, next);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return targets.map((target, i) => ({ target, count: counts[i] ?? 0 }));
}

/**
 * A burst through a Gateway: its data plane, not kube-proxy, picks each request's endpoint, with
 * each endpoint's share of the backendRefs' weights (`weights`, summing to the valid share).
 */
export function spreadWeighted(targets: readonly string[], weights: readonly number[], count: number, seed: number): Landing[] {
  const counts = targets.map(() => 0);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const next = random(seed);
  for (let i = 0; i < count && total > 0; i++) {
    let draw = next() * total;
    let index = 0;
    while (index < targets.length - 1 && draw >= (weights[index] ?? 0)) draw -= weights[index++] ?? 0;
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return targets.map((target, i) => ({ target, count: counts[i] ?? 0 }));
}

/** The landings added up per group (a Gateway's backend Services), in the order groups first appear. */
export function totalsBy(landed: readonly Landing[], groups: readonly string[]): Landing[] {
  const totals = new Map<string, number>();
  landed.forEach((l, i) => {
    const group = groups[i] ?? '';
    totals.set(group, (totals.get(group) ?? 0) + l.count);
  });
  return [...totals].map(([target, count]) => ({ target, count }));
}
