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
  /** The strip along the pane's top that the column headers cover once the graph's top is above the pane: no row starts under it. */
  readonly headers?: number;
}

const DEFAULT_MARGINS: Margins = { side: 8, bottom: 0 };

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** A Service's box: a view that cannot show every row opens on the first of these. */
  readonly service?: boolean;
}

/** A graph as the fit sees it: its size, and its boxes, to find what the first view shows. */
export interface Layout extends Size {
  readonly boxes: readonly Box[];
}

/**
 * The rows the first view should show: all of the graph when it fits the pane sideways; else the
 * span of the boxes in the columns that fit, so that the view opens on boxes rather than on the
 * empty corner of a tall column further right.
 */
function rowsInView(graph: Layout, columnsWidth: number): { top: number; bottom: number } {
  const seen = graph.boxes.filter((b) => b.x < columnsWidth);
  if (seen.length === 0 || columnsWidth >= graph.width) return { top: 0, bottom: graph.height };
  return { top: Math.min(...seen.map((b) => b.y)), bottom: Math.max(...seen.map((b) => b.y + b.height)) };
}

/**
 * Where rows taller than the pane start showing: the first Service a quarter of the pane down, so
 * that it, its clients and the start of its backends are in view, clear of the controls in the
 * bottom-left corner; without Services, the first column.
 */
function startOf(graph: Layout, rows: { top: number; bottom: number }, visible: number): number {
  const services = graph.boxes.filter((b) => b.service === true);
  const left = Math.min(...graph.boxes.map((b) => b.x));
  const anchors = services.length > 0 ? services : graph.boxes.filter((b) => b.x === left);
  if (anchors.length === 0) return rows.top;
  const wanted = Math.min(...anchors.map((b) => b.y)) - visible / 4;
  return Math.max(rows.top, Math.min(wanted, rows.bottom - visible));
}

/** The first view of a graph in a pane of `pane`'s size. */
export function legibleView(graph: Layout, pane: Size, margins: Margins = DEFAULT_MARGINS): View {
  const room = { width: pane.width - 2 * margins.side, height: pane.height - 2 * margins.side };
  if (graph.width <= 0 || graph.height <= 0 || room.width <= 0 || room.height <= 0) return { x: 0, y: 0, zoom: 1 };
  const fit = (height: number): number => Math.min(room.width / graph.width, height / graph.height, MAX_FIT_ZOOM);
  // Clear of the controls' strip when that costs no legibility, else over it.
  const clear = fit(room.height - margins.bottom);
  const zoom = clear >= LEGIBLE_ZOOM ? clear : Math.max(fit(room.height), LEGIBLE_ZOOM);
  const width = graph.width * zoom;
  // The rows in view centred above the strip, or in the whole pane, or from their top when taller;
  // in every case the first row shown starts below the headers held along the pane's top once the
  // graph's top is above it, not under them.
  const rows = rowsInView(graph, room.width / zoom);
  const [tall, above] = [(rows.bottom - rows.top) * zoom, room.height - margins.bottom];
  const first = tall <= room.height ? rows.top : startOf(graph, rows, room.height / zoom);
  const onScreen = tall <= above ? (above - tall) / 2 : tall <= room.height ? (room.height - tall) / 2 : 0;
  const placed = Math.max(onScreen, margins.headers ?? 0) - first * zoom;
  // A graph taller than the pane fills it: no empty band above its top or below its bottom.
  const whole = graph.height * zoom;
  const y = whole <= room.height ? placed : Math.min(0, Math.max(room.height - whole, placed));
  return { x: margins.side + (width <= room.width ? (room.width - width) / 2 : 0), y: margins.side + y, zoom };
}
