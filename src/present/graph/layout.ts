/**
 * A layered layout, left to right in the order a packet meets each role: one layer per column
 * that has boxes, the units of each layer ordered to cross little, placed near their neighbours,
 * and edges routed orthogonally through the gaps and through lanes kept free across the layers
 * they skip, so that no edge passes through a box and no label covers one. Pure and deterministic:
 * the worker (for the explorer) and `kse render` get the same picture from the same draft.
 */
import { sameJson } from '../../model/index.ts';
import type { Draft, DraftEdge, DraftNode } from './draft.ts';
import { LABEL_FONT_SIZE, LABEL_LINE_HEIGHT } from './edge-label.ts';
import { linksOf, orderLayers } from './layout-order.ts';
import { placeUnits } from './layout-place.ts';
import { endKey, placePorts, planPorts, portsHeight, type Port, type PortPlan } from './layout-ports.ts';
import { LABEL_PADS, routeGap, segmentsByGap, type Gap } from './layout-route.ts';
import { GRID, unitsOf, type Chain, type Unit, type Units } from './layout-units.ts';
import type { EdgeLabelBox, Graph, GraphEdge, GraphNode, Point, TextMeasurer } from './types.ts';
import { extent } from './multimap.ts';

/** Room above the boxes for the column headers, and around the picture. */
const MARGIN_TOP = 30;
const MARGIN = 12;
/**
 * Column widths are rounded up to a multiple of this: a label that grows by a character while
 * the user types (`:80` to `:801`) mostly leaves the columns to its right, and the thousand Pods
 * there, where they were, instead of jolting the picture on every keystroke. Across a step, a
 * column kept from the graph before (GraphView.keep) stays one step wider rather than shrink.
 */
const COLUMN_STEP = 32;

/** The width a column needs, or the kept one when it is at most one step wider. */
function columnWidth(needed: number, kept: number | undefined): number {
  const width = Math.ceil(needed / COLUMN_STEP) * COLUMN_STEP;
  return kept !== undefined && kept >= width && kept <= width + COLUMN_STEP ? kept : width;
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Columns {
  readonly x: readonly number[];
  readonly width: readonly number[];
  readonly gaps: readonly Gap[];
  readonly right: number;
}

function columnsOf(layers: readonly (readonly Unit[])[], gaps: readonly Gap[], numbers: readonly number[], keep: ReadonlyMap<number, number> | undefined): Columns {
  const width = layers.map((layer, l) => columnWidth(Math.max(0, ...layer.map((u) => u.width)), keep?.get(numbers[l] ?? -1)));
  const x: number[] = [];
  let at = MARGIN;
  layers.forEach((_, l) => {
    x.push(at);
    at += (width[l] ?? 0) + (l < layers.length - 1 ? (gaps[l]?.width ?? 0) : 0);
  });
  return { x, width, gaps, right: at };
}

/** A unit's left and right edges: boxes take their column's width, grids their own, lanes cross the column. */
function sidesOf(unit: Unit, columns: Columns): { left: number; right: number } {
  const left = columns.x[unit.layer] ?? 0;
  return { left, right: left + (unit.kind === 'grid' ? unit.width : (columns.width[unit.layer] ?? 0)) };
}

/** The polyline of a chain: out of its source's port, along each segment's track, through its lanes, into its target's port. */
function chainPoints(chain: Chain, units: ReadonlyMap<string, Unit>, columns: Columns, ports: ReadonlyMap<string, Port>): Point[] {
  const points: Point[] = [];
  chain.units.forEach((id, i) => {
    const unit = units.get(id);
    if (unit === undefined) return;
    const sides = sidesOf(unit, columns);
    const into = ports.get(endKey(chain.id, id, 'in'));
    const out = ports.get(endKey(chain.id, id, 'out'));
    if (into !== undefined) points.push({ x: sides.left, y: into.y });
    if (unit.kind === 'lane' && into !== undefined) points.push({ x: sides.right, y: into.y });
    if (out === undefined) return;
    if (i === 0) points.push({ x: sides.right, y: out.y });
    const next = ports.get(endKey(chain.id, chain.units[i + 1] ?? '', 'in'));
    const track = columns.gaps[unit.layer]?.tracks.get(chain.id);
    if (track !== undefined && next !== undefined) {
      const x = (columns.x[unit.layer] ?? 0) + (columns.width[unit.layer] ?? 0) + track;
      points.push({ x, y: out.y }, { x, y: next.y });
    }
  });
  return points;
}

function labelBoxOf(chain: Chain, plan: PortPlan, columns: Columns, units: ReadonlyMap<string, Unit>, ports: ReadonlyMap<string, Port>): EdgeLabelBox | undefined {
  const size = plan.labels.get(chain.id);
  const side = plan.sides.get(chain.id);
  if (size === undefined || side === undefined) return undefined;
  const [source, target] = [chain.units[0] ?? '', chain.units.at(-1) ?? ''];
  const port = side === 'source' ? ports.get(endKey(chain.id, source, 'out')) : ports.get(endKey(chain.id, target, 'in'));
  const layer = units.get(side === 'source' ? source : target)?.layer ?? 0;
  if (port === undefined) return undefined;
  const x =
    side === 'source'
      ? (columns.x[layer] ?? 0) + (columns.width[layer] ?? 0) + LABEL_PADS.source
      : (columns.x[layer] ?? 0) - LABEL_PADS.target - size.width;
  return { x, y: port.y - size.height / 2, width: size.width, height: size.height, fontSize: LABEL_FONT_SIZE, lineHeight: LABEL_LINE_HEIGHT, lines: size.lines };
}

/** The boxes, at their places: a box as wide as its column, a grid's Pods cell by cell. */
function boxesOf(layers: readonly (readonly Unit[])[], tops: ReadonlyMap<string, number>, columns: Columns): GraphNode[] {
  return layers.flatMap((layer) =>
    layer.flatMap((unit) => {
      const [left, top] = [columns.x[unit.layer] ?? 0, tops.get(unit.id) ?? 0];
      const width = unit.kind === 'box' ? (columns.width[unit.layer] ?? unit.width) : unit.cell.width;
      const height = unit.kind === 'box' ? unit.height : unit.cell.height;
      return unit.nodes.map((node, i) => ({
        id: node.id,
        kind: node.kind,
        x: left + (i % unit.columns) * (unit.cell.width + GRID.gap),
        y: top + Math.floor(i / unit.columns) * (unit.cell.height + GRID.gap),
        width,
        height,
        data: node.data,
      }));
    }),
  );
}

function shifted(graph: Omit<Graph, 'width' | 'height'>, right: number): Graph {
  const ys = [...graph.nodes.flatMap((n) => [n.y, n.y + n.height]), ...graph.edges.flatMap((e) => [...e.points.map((p) => p.y), ...(e.labelBox ? [e.labelBox.y, e.labelBox.y + e.labelBox.height] : [])])];
  if (graph.nodes.length === 0) return { nodes: [], edges: graph.edges, width: 0, height: 0 };
  const { min, max } = extent(ys);
  const dy = MARGIN_TOP - min;
  const move = (p: Point): Point => ({ x: p.x, y: p.y + dy });
  return {
    nodes: graph.nodes.map((n) => ({ ...n, y: n.y + dy })),
    edges: graph.edges.map((e) => ({ ...e, points: e.points.map(move), ...(e.labelBox ? { labelBox: { ...e.labelBox, y: e.labelBox.y + dy } } : {}) })),
    width: right + MARGIN,
    height: Math.ceil(max + dy + MARGIN),
  };
}

/** One remembered result, by the inputs that decide it, joined into a string. */
interface Remembered<T> {
  key: string;
  value: T | undefined;
}

function remembered<T>(memo: Remembered<T>, key: string, compute: () => T): T {
  if (memo.value !== undefined && memo.key === key) return memo.value;
  const value = compute();
  memo.key = key;
  memo.value = value;
  return value;
}

/**
 * The last order and the last places. A keystroke mostly changes labels, not the boxes and links
 * that decide these two, and their sweeps took about 50 ms of each edit inside a dump's namespace
 * of 240 boxes: the same inputs get the same arrays back. Only read, never changed, by the layout.
 */
const lastOrder: Remembered<string[][]> = { key: '', value: undefined };
const lastPlaces: Remembered<Map<string, number>> = { key: '', value: undefined };

/** Everything a layout is made from: the same of these, the same graph. */
interface LayoutInputs {
  readonly measure: TextMeasurer;
  readonly anchorColumn: number;
  readonly nodes: readonly DraftNode[];
  readonly edges: readonly (readonly [string, DraftEdge])[];
  readonly keep: readonly (readonly [number, number])[];
}

/** The last graph, and what it was laid out from. */
let lastGraph: { readonly inputs: LayoutInputs; readonly graph: Graph } | undefined;

const chainsKey = (chains: readonly Chain[]): string => chains.map((chain) => chain.units.join('\u0001')).join('\u0002');

/** What orderLayers reads: the first order of each layer, the chains (its links) and the anchor. */
const orderKey = (drafted: Units, anchor: number, chains: string): string =>
  `${anchor}\u0000${drafted.layers.map((layer) => layer.join('\u0001')).join('\u0002')}\u0000${chains}`;

/** What placeUnits reads: each layer's units in order, their kinds and heights, and the links. */
const placesKey = (layers: readonly (readonly Unit[])[], chains: string): string =>
  `${layers.map((layer) => layer.map((unit) => `${unit.id}\u0001${unit.kind}\u0001${unit.height}`).join('\u0002')).join('\u0003')}\u0000${chains}`;

/**
 * Lays the draft out; `anchorColumn` is the column whose order (by name) the others follow, `keep`
 * the widths of the columns before (by column number), which a column keeps across one step.
 */
export function layoutDraft(draft: Draft, measure: TextMeasurer, anchorColumn: number, keep?: ReadonlyMap<number, number>): Graph {
  // A keystroke that changes nothing drawn (an image, a comment) drafts the same boxes and edges:
  // the very graph of last time, which the worker then need not send again (answer-delivery.ts).
  const inputs: LayoutInputs = { measure, anchorColumn, nodes: [...draft.nodes.values()], edges: [...draft.edges], keep: keep === undefined ? [] : [...keep] };
  const last = lastGraph;
  if (last !== undefined && sameJson(last.inputs, inputs)) return last.graph;
  const graph = laidOut(draft, measure, anchorColumn, keep);
  lastGraph = { inputs, graph };
  return graph;
}

function laidOut(draft: Draft, measure: TextMeasurer, anchorColumn: number, keep: ReadonlyMap<number, number> | undefined): Graph {
  // 1. Units in layers, and the chains between them.
  const drafted = unitsOf(draft, measure);
  const links = linksOf(drafted);
  const columnNumbers = [...new Set([...draft.nodes.values()].map((n) => n.column))].sort((a, b) => a - b);
  const anchor = Math.max(0, columnNumbers.indexOf(anchorColumn));
  // 2. The order in each layer; boxes tall enough for the ports their labels need.
  const chains = chainsKey(drafted.chains);
  const order = remembered(lastOrder, orderKey(drafted, anchor, chains), () => orderLayers(drafted, anchor, links));
  const plan = planPorts(drafted.chains);
  const units = new Map([...drafted.units].map(([id, u]) => [id, u.kind === 'box' ? { ...u, height: Math.max(u.height, portsHeight(u, plan)) } : u]));
  const layers = order.map((ids) => ids.map((id) => units.get(id)).filter((u) => u !== undefined));
  // 3. Heights, then ports, then the gaps those decide, then the columns' x.
  const tops = remembered(lastPlaces, placesKey(layers, chains), () => placeUnits(layers, links));
  const centreOf = (id: string): number => (tops.get(id) ?? 0) + (units.get(id)?.height ?? 0) / 2;
  const ports = new Map<string, Port>();
  for (const unit of units.values()) placePorts(unit, tops.get(unit.id) ?? 0, plan, centreOf, ports);
  const segments = segmentsByGap(drafted.chains, units, plan, ports);
  const gaps = layers.slice(0, -1).map((_, g) => routeGap(segments[g] ?? []));
  const columns = columnsOf(layers, gaps, columnNumbers, keep);
  // 4. Edges along their chains, labels on their runs.
  const chainOf = new Map(drafted.chains.flatMap((c) => c.edges.map((e) => [e, c] as const)));
  const routes = new Map(drafted.chains.map((c) => [c.id, chainPoints(c, units, columns, ports)]));
  const edges: GraphEdge[] = [...draft.edges.entries()]
    .sort(([a], [b]) => byId(a, b))
    .map(([id, e]) => {
      const chain = chainOf.get(id);
      const labelBox = chain === undefined || chain.edges.length > 1 ? undefined : labelBoxOf(chain, plan, columns, units, ports);
      return {
        id,
        source: e.source,
        target: e.target,
        kind: e.kind,
        ...(e.labels.length > 0 ? { label: e.labels.join(', ') } : {}),
        points: chain === undefined ? [] : (routes.get(chain.id) ?? []),
        ...(labelBox === undefined ? {} : { labelBox }),
      };
    });
  return shifted({ nodes: boxesOf(layers, tops, columns), edges }, columns.right);
}
