/**
 * Where the embed looks at its graph: a view as React Flow has it (screen = graph × zoom + x, y),
 * shown through the SVG's viewBox. Pure.
 */

import { LEGIBLE_ZOOM, MAX_FIT_ZOOM, MAX_ZOOM, MIN_ZOOM, type Box, type Size, type View } from '../features/graph/viewport/fit.ts';

export type { Box, Size, View };

/** A graph as the first view sees it: its size, and its Services' boxes, where packets start. */
export interface Layout extends Size {
  readonly services: readonly Box[];
}

/** Room kept around the graph in the first view, and between a followed box and the pane's edge. */
const SIDE = 8;
const FOLLOW_MARGIN = 24;

/**
 * The first view: the whole graph, centred, when it stays legible so (up to MAX_FIT_ZOOM); else at
 * LEGIBLE_ZOOM from its left edge, and, when it is also taller than the pane, from a little above
 * its first Service, where the packet starts.
 */
export function firstView(graph: Layout, pane: Size): View {
  const room = { width: pane.width - 2 * SIDE, height: pane.height - 2 * SIDE };
  if (graph.width <= 0 || graph.height <= 0 || room.width <= 0 || room.height <= 0) return { x: 0, y: 0, zoom: 1 };
  const whole = Math.min(room.width / graph.width, room.height / graph.height, MAX_FIT_ZOOM);
  if (whole >= LEGIBLE_ZOOM) {
    return { zoom: whole, x: SIDE + (room.width - graph.width * whole) / 2, y: SIDE + (room.height - graph.height * whole) / 2 };
  }
  const zoom = LEGIBLE_ZOOM;
  const [width, height] = [graph.width * zoom, graph.height * zoom];
  const x = SIDE + (width <= room.width ? (room.width - width) / 2 : 0);
  if (height <= room.height) return { zoom, x, y: SIDE + (room.height - height) / 2 };
  const visible = room.height / zoom;
  const first = graph.services.length === 0 ? 0 : Math.min(...graph.services.map((b) => b.y)) - visible / 4;
  const top = Math.max(0, Math.min(first, graph.height - visible));
  return { zoom, x, y: SIDE - top * zoom };
}

/** The viewBox that shows `view` in a pane of `pane`'s size. */
export function viewBoxOf(view: View, pane: Size): string {
  const round = (n: number): number => Math.round(n * 100) / 100;
  return [-view.x / view.zoom, -view.y / view.zoom, pane.width / view.zoom, pane.height / view.zoom].map(round).join(' ');
}

export const panBy = (view: View, dx: number, dy: number): View => ({ ...view, x: view.x + dx, y: view.y + dy });

/** Zoomed by `factor` (within the explorer's bounds), the graph point under `at` (pane pixels) staying put. */
export function zoomAround(view: View, factor: number, at: { readonly x: number; readonly y: number }): View {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom * factor));
  const scale = zoom / view.zoom;
  return { x: at.x - (at.x - view.x) * scale, y: at.y - (at.y - view.y) * scale, zoom };
}

/**
 * The view that brings `box` (graph coordinates) into the pane when it is not wholly there, centred
 * and at the same zoom, so the words stay legible (as the explorer's FollowBox does); else `view`.
 */
export function follow(view: View, pane: Size, box: Box): View {
  const left = box.x * view.zoom + view.x;
  const top = box.y * view.zoom + view.y;
  const right = (box.x + box.width) * view.zoom + view.x;
  const bottom = (box.y + box.height) * view.zoom + view.y;
  const inside = left >= FOLLOW_MARGIN && top >= FOLLOW_MARGIN && right <= pane.width - FOLLOW_MARGIN && bottom <= pane.height - FOLLOW_MARGIN;
  if (inside) return view;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  return { zoom: view.zoom, x: pane.width / 2 - centre.x * view.zoom, y: pane.height / 2 - centre.y * view.zoom };
}

/** The view `t` of the way (0–1, eased) from `from` to `to`. */
export function between(from: View, to: View, t: number): View {
  const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
  const mix = (a: number, b: number): number => a + (b - a) * eased;
  return { x: mix(from.x, to.x), y: mix(from.y, to.y), zoom: mix(from.zoom, to.zoom) };
}
