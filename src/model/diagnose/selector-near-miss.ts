/**
 * A selector that matches no Pod leaves the Service without endpoints: the most common reason a
 * Service "does not work" (kubernetes.io/docs/tasks/debug/debug-application/debug-service,
 * "Does the Service have any Endpoints?"). Usually a Pod is one label off, so those are named.
 */
import type { PodIndex } from '../controllers/pod-index.ts';
import type { Pod } from '../objects.ts';
import { MESSAGES } from './messages.ts';
import { listNames, type Finding, type ServiceCheck } from './finding.ts';

/** Near misses of one kind: the Pods that have `value` for `key` (or lack it: undefined) where the selector wants `wanted`. */
interface MissGroup {
  readonly key: string;
  readonly wanted: string;
  readonly value: string | undefined;
  /** In name order. */
  readonly pods: readonly Pod[];
}

/** Near misses named in the message: a few kinds of miss, most alike first, not every Pod of the namespace. */
const MAX_GROUPS = 3;
/** Pods named in each kind of miss. */
const MAX_NAMED = 3;

/**
 * A near miss matches every requirement but one: its Pod's value for that key, or undefined when
 * it lacks the label.
 */
function nearMiss(pod: Pod, selector: Readonly<Record<string, string>>): { key: string; wanted: string; value: string | undefined } | undefined {
  const labels = pod.metadata?.labels ?? {};
  const missed = Object.entries(selector).filter(([key, value]) => labels[key] !== value);
  if (missed.length !== 1) return undefined;
  const [key, wanted] = missed[0]!;
  return { key, wanted, value: labels[key] };
}

/**
 * The near misses, by kind, in the order of each kind's first Pod by name; found through the label
 * index rather than by trying every Pod of the namespace (10,000 Services that match nothing over
 * 35,000 Pods would try 350 million). With one pair every Pod would qualify, so there a Pod must
 * at least carry the key, with another value: the index has those Pods already grouped by value.
 * With several pairs, the candidates are the Pods that match all pairs but one.
 */
function nearMisses(pods: PodIndex, namespace: string, selector: Readonly<Record<string, string>>): MissGroup[] {
  const pairs = Object.entries(selector);
  const [only] = pairs;
  if (pairs.length === 1 && only) {
    const [key, wanted] = only;
    return [...pods.labelValues(namespace, key)].filter(([value]) => value !== wanted).map(([value, list]) => ({ key, wanted, value, pods: list }));
  }
  const found = new Set<Pod>();
  pairs.forEach((_, skipped) => {
    for (const pod of pods.matching(namespace, Object.fromEntries(pairs.filter((__, i) => i !== skipped)))) found.add(pod);
  });
  const candidates = [...found].sort((a, b) => ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1));
  const groups = new Map<string, { key: string; wanted: string; value: string | undefined; pods: Pod[] }>();
  for (const pod of candidates) {
    const miss = nearMiss(pod, selector);
    if (miss === undefined) continue;
    const id = `${miss.key}\u0000${miss.value ?? '\u0000'}`;
    const group = groups.get(id);
    if (group) group.pods.push(pod);
    else groups.set(id, { ...miss, pods: [pod] });
  }
  return [...groups.values()];
}

/**
 * Levenshtein distance: `web` is nearer `web-frontend` than `db`, so that typo is named first.
 * A common head and tail change nothing, so only what lies between is compared (a dump's values
 * are mostly `name-1234` against `name-5678`). Past `cap` the exact figure does not matter (the
 * miss is not among those named), so the count stops, with any number above `cap`, once a whole
 * row exceeds it: every later cell is at least its row's least. The two rows come from the caller
 * and are reused: 10,000 Services that match nothing in a dump each rank dozens of values, and a
 * fresh row per character was most of the diagnostics' garbage.
 */
function distance(a: string, b: string, rows: [Int32Array, Int32Array], cap: number): number {
  let head = 0;
  while (head < a.length && head < b.length && a.charCodeAt(head) === b.charCodeAt(head)) head += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > head && endB > head && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA -= 1;
    endB -= 1;
  }
  const width = endB - head;
  if (rows[0].length <= width) {
    rows[0] = new Int32Array(width + 1);
    rows[1] = new Int32Array(width + 1);
  }
  let [previous, current] = rows;
  for (let j = 0; j <= width; j++) previous[j] = j;
  for (let i = 1; i <= endA - head; i++) {
    current[0] = i;
    let least = i;
    const c = a.charCodeAt(head + i - 1);
    for (let j = 1; j <= width; j++) {
      const cell = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (c === b.charCodeAt(head + j - 1) ? 0 : 1));
      current[j] = cell;
      if (cell < least) least = cell;
    }
    if (least > cap) return cap + 1;
    const done = previous;
    previous = current;
    current = done;
  }
  return previous[width]!;
}

/**
 * The MAX_GROUPS kinds of miss named first: least distance first, then the one with more Pods,
 * then the one met first (what a stable sort of every group gave). A namespace of a dump can hold
 * hundreds of kinds of miss, so only the named ones are kept in order, and a value whose length
 * alone puts it farther than the third kept is not measured: the distance is at least the
 * difference of the lengths.
 */
function firstMisses(groups: readonly MissGroup[]): MissGroup[] {
  const rows: [Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32)];
  const kept: { readonly group: MissGroup; readonly rank: number }[] = [];
  for (const group of groups) {
    const bound = kept.length === MAX_GROUPS ? kept[MAX_GROUPS - 1]!.rank : Number.POSITIVE_INFINITY;
    const { value, wanted } = group;
    if (value !== undefined && Math.abs(value.length - wanted.length) > bound) continue;
    const rank = value === undefined ? wanted.length : distance(value, wanted, rows, bound);
    if (rank > bound) continue;
    let at = kept.length;
    while (at > 0) {
      const before = kept[at - 1]!;
      if (before.rank < rank || (before.rank === rank && before.group.pods.length >= group.pods.length)) break;
      at -= 1;
    }
    if (at >= MAX_GROUPS) continue;
    kept.splice(at, 0, { group, rank });
    if (kept.length > MAX_GROUPS) kept.pop();
  }
  return kept.map(({ group }) => group);
}

/** One phrase per kind of miss, most alike first: `Pods web-1, web-2 have app=web-frontend, not app=web`. */
function describeMisses(groups: readonly MissGroup[]): string[] {
  const phrases = firstMisses(groups).map(({ key, wanted, value, pods: list }) => {
    const pods = listNames(list.slice(0, MAX_NAMED).map((pod) => pod.metadata?.name ?? ''), MAX_NAMED, list.length);
    return value === undefined ? MESSAGES.nearMissMissing(pods, list.length, key, wanted) : MESSAGES.nearMissValue(pods, list.length, key, value, wanted);
  });
  const others = groups.length - MAX_GROUPS;
  return others > 0 ? [...phrases, MESSAGES.nearMissOthers(others)] : phrases;
}

export const checkSelectorMatchesNothing: ServiceCheck = (entry, selected, context) => {
  const service = entry.object;
  if (selected.length > 0) return [];
  const selector = service.spec?.selector ?? {};
  const namespace = service.metadata?.namespace ?? 'default';
  const text = Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(',');
  const finding: Finding = {
    code: 'SELECTOR_MATCHES_NOTHING',
    severity: 'warning',
    field: ['spec', 'selector'],
    message: MESSAGES.selectorMatchesNothing(text, namespace, describeMisses(nearMisses(context.pods, namespace, selector))),
  };
  return [finding];
};
