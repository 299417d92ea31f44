/**
 * The draft as the layered layout sees it: units placed in layers (one layer per column that has
 * boxes), and chains joining them. A unit is a box, the grid of a large slice's Pods, or a lane:
 * the place an edge that skips a column takes across it, kept free of boxes like a box would be.
 */
import type { Draft, DraftNode } from './draft.ts';
import { COMPACT_SIZE, measureNode, type Size } from './measure.ts';
import type { TextMeasurer } from './types.ts';
import { append } from './multimap.ts';

const GRID_GAP = 4;
/** A slice's 100 endpoints make a grid of 20 × 5 dots: wide rather than tall, so slices stack compactly. */
const GRID_MAX_COLUMNS = 20;

export type UnitKind = 'box' | 'grid' | 'lane';

export interface Unit {
  readonly id: string;
  readonly kind: UnitKind;
  readonly layer: number;
  /** One box, a grid's Pods, or none for a lane. */
  readonly nodes: readonly DraftNode[];
  readonly columns: number;
  readonly cell: Size;
  readonly width: number;
  readonly height: number;
}

/** An edge between units, through one lane per layer it skips. */
export interface Chain {
  readonly id: string;
  /** Source unit, lanes, target unit: one per layer, left to right. */
  readonly units: readonly string[];
  readonly label?: string;
  /** The graph edges it draws: one, or every edge from a slice into its grid. */
  readonly edges: readonly string[];
}

export interface Units {
  readonly units: ReadonlyMap<string, Unit>;
  /** Unit ids per layer, in a first order (draft order) that ordering refines. */
  readonly layers: string[][];
  readonly chains: readonly Chain[];
  /** The unit of every box. */
  readonly unitOf: ReadonlyMap<string, string>;
}

export const GRID = { gap: GRID_GAP } as const;

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function gridUnit(id: string, layer: number, members: DraftNode[]): Unit {
  const columns = Math.min(GRID_MAX_COLUMNS, Math.ceil(Math.sqrt(4 * members.length)));
  const rows = Math.ceil(members.length / columns);
  const cell = COMPACT_SIZE;
  return {
    id,
    kind: 'grid',
    layer,
    nodes: members.sort((a, b) => byId(a.id, b.id)),
    columns,
    cell,
    width: columns * cell.width + (columns - 1) * GRID_GAP,
    height: rows * cell.height + (rows - 1) * GRID_GAP,
  };
}

/** 1. Boxes and grids, in their layers. */
function boxUnits(draft: Draft, measure: TextMeasurer, layerOf: ReadonlyMap<number, number>): { units: Map<string, Unit>; unitOf: Map<string, string> } {
  const units = new Map<string, Unit>();
  const unitOf = new Map<string, string>();
  const grids = new Map<string, DraftNode[]>();
  for (const node of draft.nodes.values()) {
    const layer = layerOf.get(node.column) ?? 0;
    if (node.grid !== undefined) {
      const id = `grid:${node.grid}`;
      append(grids, id, node);
      unitOf.set(node.id, id);
      continue;
    }
    const size = measureNode(node.data, measure);
    units.set(node.id, { id: node.id, kind: 'box', layer, nodes: [node], columns: 1, cell: size, ...size });
    unitOf.set(node.id, node.id);
  }
  for (const [id, members] of grids) units.set(id, gridUnit(id, layerOf.get(members[0]?.column ?? 0) ?? 0, members));
  return { units, unitOf };
}

/** 2. One chain per pair of units an edge joins, with a lane in every layer between them. */
function chainsOf(draft: Draft, units: Map<string, Unit>, unitOf: ReadonlyMap<string, string>): Chain[] {
  const byPair = new Map<string, { source: string; target: string; edges: string[]; labels: string[] }>();
  for (const [id, edge] of [...draft.edges.entries()].sort(([a], [b]) => byId(a, b))) {
    const [source, target] = [unitOf.get(edge.source), unitOf.get(edge.target)];
    if (source === undefined || target === undefined || source === target) continue;
    const key = `${source}->${target}`;
    const pair = byPair.get(key) ?? { source, target, edges: [], labels: edge.labels };
    pair.edges.push(id);
    byPair.set(key, pair);
  }
  return [...byPair.entries()].map(([id, { source, target, edges, labels }]) => {
    const [from, to] = [units.get(source)?.layer ?? 0, units.get(target)?.layer ?? 0];
    const lanes: string[] = [];
    for (let layer = from + 1; layer < to; layer++) {
      const lane = `lane:${id}@${layer}`;
      units.set(lane, { id: lane, kind: 'lane', layer, nodes: [], columns: 1, cell: { width: 0, height: 0 }, width: 0, height: 0 });
      lanes.push(lane);
    }
    // A grid's edges carry no label: the slice box names the port of all of them.
    const label = edges.length === 1 && labels.length > 0 ? labels.join(', ') : undefined;
    return { id, units: [source, ...lanes, target], edges, ...(label === undefined ? {} : { label }) };
  });
}

/** The units of a draft: layers are the columns that have boxes, in order; edges only go rightwards. */
export function unitsOf(draft: Draft, measure: TextMeasurer): Units {
  const columns = [...new Set([...draft.nodes.values()].map((n) => n.column))].sort((a, b) => a - b);
  const layerOf = new Map(columns.map((column, layer) => [column, layer]));
  const { units, unitOf } = boxUnits(draft, measure, layerOf);
  const chains = chainsOf(draft, units, unitOf);
  const layers: string[][] = columns.map(() => []);
  for (const unit of units.values()) layers[unit.layer]?.push(unit.id);
  return { units, layers, chains, unitOf };
}
