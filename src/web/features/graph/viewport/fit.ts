/**
 * The view a graph opens with. Every word of the graph is set at a size (names at 13 px, addresses
 * and ports at 11 px) that stays legible down to LEGIBLE_ZOOM: names at 11 px or more, addresses
 * and ports at 10 px or more. A graph that fits the pane at that zoom or larger is shown whole, as
 * large as the pane allows up to MAX_FIT_ZOOM; a larger one opens at LEGIBLE_ZOOM on its top left,
 * where the first Service's packet starts, and the minimap shows the rest.
 */

export const LEGIBLE_ZOOM = 0.92;
export const MAX_FIT_ZOOM = 1.5;
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 2.5;

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface View {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** Room kept around the graph; `bottom` keeps the strip of the zoom controls and the minimap clear when it can. */
export interface Margins {
  readonly side: number;
  readonly bottom: number;
}

const DEFAULT_MARGINS: Margins = { side: 8, bottom: 0 };

/** The first view of a graph of `graph`'s size in a pane of `pane`'s size. */
export function legibleView(graph: Size, pane: Size, margins: Margins = DEFAULT_MARGINS): View {
  const room = { width: pane.width - 2 * margins.side, height: pane.height - 2 * margins.side };
  if (graph.width <= 0 || graph.height <= 0 || room.width <= 0 || room.height <= 0) return { x: 0, y: 0, zoom: 1 };
  const fit = (height: number): number => Math.min(room.width / graph.width, height / graph.height, MAX_FIT_ZOOM);
  // Clear of the controls' strip when that costs no legibility, else over it.
  const clear = fit(room.height - margins.bottom);
  const zoom = clear >= LEGIBLE_ZOOM ? clear : Math.max(fit(room.height), LEGIBLE_ZOOM);
  const [width, tall] = [graph.width * zoom, graph.height * zoom];
  // Centred in the room above the strip, or in the whole pane; a graph taller than the pane shows its top.
  const above = room.height - margins.bottom;
  const y = tall <= above ? (above - tall) / 2 : Math.max(0, (room.height - tall) / 2);
  return { x: margins.side + (width <= room.width ? (room.width - width) / 2 : 0), y: margins.side + y, zoom };
}
