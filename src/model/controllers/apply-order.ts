/**
 * The order in which objects reach the cluster: built-ins first, then the input as `kubectl apply
 * -f` would create it (files in the order given, documents, List items). Contested allocations
 * (a Pod IP two Pods hash to) go to the object created first, so appending to the input never
 * changes what is already there.
 */
import type { SourceRef } from '../objects.ts';

/** Files numbered by first appearance among the given sources (the caller passes them in input order). */
export function fileOrder(sources: readonly (SourceRef | undefined)[]): Map<string, number> {
  const order = new Map<string, number>();
  for (const source of sources) if (source && !order.has(source.file)) order.set(source.file, order.size);
  return order;
}

/** Sorts indices of `sources` by creation order; ties (a workload's Pods) keep their list order. */
export function creationOrder(sources: readonly (SourceRef | undefined)[], files: ReadonlyMap<string, number>): number[] {
  const rank = (source: SourceRef | undefined): number[] =>
    source === undefined ? [-1, 0, 0, 0] : [files.get(source.file) ?? files.size, source.document, source.item ?? -1, source.line];
  const ranks = sources.map(rank);
  return sources
    .map((_, index) => index)
    .sort((a, b) => {
      const ra = ranks[a] ?? [];
      const rb = ranks[b] ?? [];
      for (let i = 0; i < ra.length; i += 1) {
        const diff = (ra[i] ?? 0) - (rb[i] ?? 0);
        if (diff !== 0) return diff;
      }
      return a - b;
    });
}
