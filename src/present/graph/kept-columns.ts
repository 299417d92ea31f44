/**
 * What the next layout of the same boxes keeps of a graph (GraphView.keep): the widths of its
 * columns, so that an edit which makes a column one step narrower does not move every box to its
 * right. On the 1,000-Pod manifest, typing a Service's port from 80 to 8 narrowed the Services'
 * column by a step and moved 1,010 of the 1,022 boxes, which the page then drew again.
 */
import { COLUMN_OF, type Draft } from './draft.ts';
import type { Graph, KeptColumns } from './types.ts';

/** The boxes a graph drew, and its columns' widths: a full-size box is as wide as its column. */
export function keptColumns(graph: Graph): KeptColumns {
  const widths = new Map<number, number>();
  for (const node of graph.nodes) {
    if (node.data.compact === true) continue;
    const column = COLUMN_OF[node.kind];
    widths.set(column, Math.max(widths.get(column) ?? 0, node.width));
  }
  return { ids: new Set(graph.nodes.map((node) => node.id)), widths };
}

/** The kept widths when the draft draws the very boxes they were laid out for; none otherwise. */
export function keptWidthsFor(draft: Draft, keep: KeptColumns | undefined): ReadonlyMap<number, number> | undefined {
  if (keep === undefined || keep.ids.size !== draft.nodes.size) return undefined;
  for (const id of draft.nodes.keys()) if (!keep.ids.has(id)) return undefined;
  return keep.widths;
}
