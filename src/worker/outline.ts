/**
 * Which lines of the manifest hold which object, and which graph boxes stand for it: the bridge
 * between a click in the editor and a box in the graph, both ways.
 */
import { changedRange, type Cluster, type Entry, type ManifestSource, type SourceRef } from '../model/index.ts';
import type { Graph } from '../present/graph/index.ts';

export interface OutlineItem {
  /** `Kind/namespace/name` of an object the user wrote. */
  readonly key: string;
  /** 1-based, inclusive: from the object's first line to its last non-blank line. */
  readonly startLine: number;
  readonly endLine: number;
  /** The graph boxes drawn for this object or for what its controllers made (a Deployment's Pods). */
  readonly graphIds: readonly string[];
}

function inputEntries(cluster: Cluster): Entry<object>[] {
  const all: readonly (readonly Entry<object>[])[] = [
    cluster.namespaces,
    cluster.nodes,
    cluster.services,
    cluster.pods,
    cluster.deployments,
    cluster.replicaSets,
    cluster.statefulSets,
    cluster.daemonSets,
    cluster.replicationControllers,
    cluster.endpoints,
    cluster.endpointSlices,
    cluster.ingresses,
    cluster.ingressClasses,
    cluster.networkPolicies,
    cluster.gatewayClasses,
    cluster.gateways,
    cluster.httpRoutes,
    cluster.referenceGrants,
    cluster.others,
  ];
  return all.flat().filter((entry) => entry.origin === 'input' && entry.source !== undefined);
}

/** Each source's key, made once: an unchanged object keeps its SourceRef from build to build. */
const sourceKeys = new WeakMap<SourceRef, string>();

function sourceKey(ref: SourceRef): string {
  let key = sourceKeys.get(ref);
  if (key === undefined) {
    key = `${ref.file}#${ref.document}#${ref.item ?? ''}`;
    sourceKeys.set(ref, key);
  }
  return key;
}

const NO_IDS: readonly string[] = [];

/**
 * The outline of the first source (the editor's text). An object ends where the next object or
 * document begins; trailing blank lines, comments and document markers are not part of it.
 */
export function outlineOf(cluster: Cluster, graph: Graph, source: ManifestSource): OutlineItem[] {
  const lines = lineReader(source.text);
  const entries = inputEntries(cluster)
    .filter((entry) => entry.source?.file === source.name)
    .sort((a, b) => (a.source?.line ?? 0) - (b.source?.line ?? 0));
  const boxesBySource = new Map<string, { id: string; objectKey: string | undefined }[]>();
  // Each box once per source, found by a set: a Deployment's thousand Pods all come from its text.
  const added = new Set<string>();
  const add = (ref: SourceRef | undefined, id: string, objectKey: string | undefined): void => {
    if (ref === undefined) return;
    const key = sourceKey(ref);
    const seen = `${key}\n${id}\n${objectKey === undefined ? '' : `=${objectKey}`}`;
    if (added.has(seen)) return;
    added.add(seen);
    const boxes = boxesBySource.get(key);
    if (boxes === undefined) boxesBySource.set(key, [{ id, objectKey }]);
    else boxes.push({ id, objectKey });
  };
  for (const node of graph.nodes) {
    add(node.data.source, node.id, node.data.objectKey);
    // A group box (a workload's Pods, a Service's slices, the Nodes) stands for each of its members.
    for (const member of node.data.members ?? []) add(member.source, node.id, member.objectKey);
  }
  return entries.map((entry, i) => {
    const startLine = entry.source?.line ?? 1;
    let endLine = (entries[i + 1]?.source?.line ?? lines.count + 1) - 1;
    while (endLine > startLine && /^\s*(#.*)?$|^(---|\.\.\.)(\s.*)?$/.test(lines.line(endLine))) endLine--;
    const boxes = entry.source === undefined ? undefined : boxesBySource.get(sourceKey(entry.source));
    // The object's own box first: a Service's box before its EndpointSlices.
    const graphIds = boxes === undefined ? NO_IDS : [...new Set([...boxes.filter((b) => b.objectKey === entry.key), ...boxes.filter((b) => b.objectKey !== entry.key)].map((b) => b.id))];
    return { key: entry.key, startLine, endLine, graphIds };
  });
}

/**
 * The text's lines, each cut out only when asked for: splitting a 14 MB dump into its 500,000
 * lines on every keystroke cost more than the rest of the outline.
 */
function lineReader(text: string): { readonly count: number; line(n: number): string } {
  const starts = lineStarts(text);
  return {
    count: starts.length,
    line: (n) => text.slice(starts[n - 1] ?? text.length, (starts[n] ?? text.length + 1) - 1).replace(/\r$/, ''),
  };
}

/** The last text's line starts: an edit changes a few lines, and only those are looked for again. */
let lastStarts: { readonly text: string; readonly starts: Int32Array } | undefined;

/** Where each line of the text starts, as offsets; the first is 0. */
export function lineStarts(text: string): Int32Array {
  if (lastStarts?.text === text) return lastStarts.starts;
  const starts = lastStarts === undefined ? scanStarts(text, 0, text.length, [0]) : patchStarts(lastStarts.text, lastStarts.starts, text);
  lastStarts = { text, starts };
  return starts;
}

function scanStarts(text: string, from: number, to: number, into: number[]): Int32Array {
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) into.push(at + 1);
  return Int32Array.from(into);
}

/**
 * The starts of `after`, from those of `before`: the ones before the edit stay, the edited
 * stretch is scanned again, and the ones after it move by what the edit added.
 */
function patchStarts(before: string, starts: Int32Array, after: string): Int32Array {
  const { start, beforeEnd, afterEnd } = changedRange(before, after);
  // A start stays when the line break before it lies before the edit, and moves when it lies after.
  const kept = firstAbove(starts, start);
  const moved = firstAbove(starts, beforeEnd);
  const scanned = scanStarts(after, start, afterEnd, []);
  const shift = after.length - before.length;
  const result = new Int32Array(kept + scanned.length + (starts.length - moved));
  result.set(starts.subarray(0, kept));
  result.set(scanned, kept);
  for (let i = moved, to = kept + scanned.length; i < starts.length; i++, to++) result[to] = (starts[i] ?? 0) + shift;
  return result;
}

/** Index of the first start greater than `offset`. */
function firstAbove(starts: Int32Array, offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
