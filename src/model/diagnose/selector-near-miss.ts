/**
 * A selector that matches no Pod leaves the Service without endpoints: the most common reason a
 * Service "does not work" (kubernetes.io/docs/tasks/debug/debug-application/debug-service,
 * "Does the Service have any Endpoints?"). Usually a Pod is one label off, so those are named.
 */
import type { PodIndex } from '../controllers/pod-index.ts';
import type { Pod } from '../objects.ts';
import { MESSAGES } from './messages.ts';
import { listNames, type Finding, type ServiceCheck } from './finding.ts';

/** A Pod that matches every requirement of the selector but one: the label it has instead (or lacks). */
interface Miss {
  readonly pod: string;
  readonly key: string;
  readonly wanted: string;
  /** The Pod's value for the key; undefined when it lacks the label. */
  readonly value: string | undefined;
}

/** Near misses named in the message: a few kinds of miss, most alike first, not every Pod of the namespace. */
const MAX_GROUPS = 3;

/**
 * A near miss matches every requirement but one. With a one-label selector every Pod would
 * qualify, so there the Pod must at least carry the key, with another value.
 */
function nearMiss(pod: Pod, selector: Readonly<Record<string, string>>): Miss | undefined {
  const labels = pod.metadata?.labels ?? {};
  const missed = Object.entries(selector).filter(([key, value]) => labels[key] !== value);
  if (missed.length !== 1) return undefined;
  const [key, wanted] = missed[0]!;
  const value = labels[key];
  if (value === undefined && Object.keys(selector).length === 1) return undefined;
  return { pod: pod.metadata?.name ?? '', key, wanted, value };
}

/**
 * The Pods that can be near misses, found through the label index rather than by trying every Pod
 * of the namespace (10,000 Services that match nothing over 35,000 Pods would try 350 million):
 * for one pair, the Pods that carry its key; for several, those that match all pairs but one.
 * In name order, as the namespace lists them.
 */
function nearMissCandidates(pods: PodIndex, namespace: string, selector: Readonly<Record<string, string>>): Pod[] {
  const pairs = Object.entries(selector);
  const [only] = pairs;
  if (pairs.length === 1 && only) return [...pods.withLabel(namespace, only[0])];
  const found = new Set<Pod>();
  pairs.forEach((_, skipped) => {
    for (const pod of pods.matching(namespace, Object.fromEntries(pairs.filter((__, i) => i !== skipped)))) found.add(pod);
  });
  return [...found].sort((a, b) => ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1));
}

/** Levenshtein distance: `web` is nearer `web-frontend` than `db`, so that typo is named first. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** One phrase per kind of miss: `Pods web-1, web-2 have app=web-frontend, not app=web`. */
function describeMisses(misses: readonly Miss[]): string[] {
  const groups = new Map<string, Miss[]>();
  for (const miss of misses) {
    const key = `${miss.key}\u0000${miss.value ?? '\u0000'}`;
    const group = groups.get(key);
    if (group) group.push(miss);
    else groups.set(key, [miss]);
  }
  // Each group's distance once, not once per comparison: a dump's namespace holds thousands of Pods.
  const ranks = new Map([...groups.values()].map((group) => {
    const { value, wanted } = group[0]!;
    return [group, value === undefined ? wanted.length : distance(value, wanted)] as const;
  }));
  const rank = (group: readonly Miss[]): number => ranks.get(group as Miss[]) ?? 0;
  const ranked = [...groups.values()].sort((a, b) => rank(a) - rank(b) || b.length - a.length);
  const phrases = ranked.slice(0, MAX_GROUPS).map((group) => {
    const { key, wanted, value } = group[0]!;
    const pods = listNames(group.map((miss) => miss.pod));
    return value === undefined ? MESSAGES.nearMissMissing(pods, group.length, key, wanted) : MESSAGES.nearMissValue(pods, group.length, key, value, wanted);
  });
  const others = ranked.length - MAX_GROUPS;
  return others > 0 ? [...phrases, MESSAGES.nearMissOthers(others)] : phrases;
}

export const checkSelectorMatchesNothing: ServiceCheck = (entry, selected, context) => {
  const service = entry.object;
  if (selected.length > 0) return [];
  const selector = service.spec?.selector ?? {};
  const namespace = service.metadata?.namespace ?? 'default';
  const misses = nearMissCandidates(context.pods, namespace, selector)
    .map((pod) => nearMiss(pod, selector))
    .filter((miss): miss is Miss => miss !== undefined);
  const text = Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(',');
  const finding: Finding = {
    code: 'SELECTOR_MATCHES_NOTHING',
    severity: 'warning',
    field: ['spec', 'selector'],
    message: MESSAGES.selectorMatchesNothing(text, namespace, describeMisses(misses)),
  };
  return [finding];
};
