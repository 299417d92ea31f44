import type { ColumnHeader } from '../../../../present/graph/index.ts';

/** Screen pixels from the pane's top to the bottom of a header held there (graph.css: 11 px text, 9 px under it). */
export const HELD_AT = 24;

/** About how wide a header is, in the flow's pixels (graph.css: 600 11px text, 0.02em apart, 8 px padding a side when held). */
const headerWidth = (text: string): number => text.length * 7 + 16;

/**
 * Where a header's centre goes: over its column, and moved inside the pane, whole, while any of
 * its column shows there, so that a view panned to a column's edge (as following a packet does)
 * names it rather than showing "ad balancers". A column out of the pane keeps its header in place.
 */
export function headerCentre(header: ColumnHeader, left: number, right: number): number {
  if (header.right <= left || header.left >= right) return header.x;
  const half = headerWidth(header.text) / 2;
  return Math.min(Math.max(header.x, left + half), right - half);
}
