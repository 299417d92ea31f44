/**
 * A small layered layout: one column per role, left to right in the order a packet meets them,
 * rows ordered after their neighbours, boxes sized by the injected measurer. Pure and
 * deterministic, so the browser and the headless SVG renderer draw the same picture.
 */
import type { Draft, DraftNode } from './draft.ts';
import { measureNode, type Size } from './measure.ts';
import type { Graph, GraphEdge, GraphNode, TextMeasurer } from './types.ts';

const COLUMN_GAP = 96;
const ROW_GAP = 16;
const GRID_GAP = 4;
/** A slice's 100 endpoints make a grid of 20 × 5 dots: wide rather than tall, so slices stack compactly. */
const GRID_MAX_COLUMNS = 20;
const MARGIN = 24;
/**
 * Column widths are rounded up to a multiple of this: a label that grows by a character while
 * the user types (`:80` to `:801`) leaves the columns to its right, and the thousand Pods there,
 * where they were, instead of jolting the picture on every keystroke.
 */
const COLUMN_STEP = 40;

/** One or more boxes placed together: a single box, or the grid of a large slice's Pods. */
interface Block {
  readonly nodes: readonly DraftNode[];
  readonly columns: number;
  readonly cell: Size;
  readonly width: number;
  readonly height: number;
}

interface Neighbours {
  readonly before: Map<string, string[]>;
  readonly after: Map<string, string[]>;
}

function neighboursOf(draft: Draft): Neighbours {
  const before = new Map<string, string[]>();
  const after = new Map<string, string[]>();
  for (const edge of draft.edges.values()) {
    before.set(edge.target, [...(before.get(edge.target) ?? []), edge.source]);
    after.set(edge.source, [...(after.get(edge.source) ?? []), edge.target]);
  }
  return { before, after };
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Orders every column: the Service column by name; the columns right of it after their topmost
 * predecessor, the columns left of it after their topmost successor (one sweep each way), ties by
 * id. A grid's Pods stay together, in the place of their slice.
 */
function orderColumns(columns: Map<number, DraftNode[]>, anchor: number, links: Neighbours): void {
  const rank = new Map<string, number>();
  const rankColumn = (nodes: readonly DraftNode[]): void => nodes.forEach((n, i) => rank.set(n.id, i / nodes.length));
  const sortColumn = (nodes: DraftNode[], toward: Map<string, string[]>): void => {
    const keyOf = (n: DraftNode): number =>
      n.grid !== undefined ? (rank.get(n.grid) ?? Infinity) : Math.min(Infinity, ...(toward.get(n.id) ?? []).map((id) => rank.get(id) ?? Infinity));
    const keys = new Map(nodes.map((n) => [n.id, keyOf(n)]));
    // Infinity - Infinity is NaN, which is falsy: unlinked boxes fall through to their ids.
    nodes.sort((a, b) => (keys.get(a.id) ?? 0) - (keys.get(b.id) ?? 0) || byId(a.grid ?? a.id, b.grid ?? b.id) || byId(a.id, b.id));
    rankColumn(nodes);
  };
  const numbers = [...columns.keys()].sort((a, b) => a - b);
  const anchorNodes = columns.get(anchor) ?? [];
  anchorNodes.sort((a, b) => byId(a.id, b.id));
  rankColumn(anchorNodes);
  for (const column of numbers.filter((c) => c > anchor)) sortColumn(columns.get(column) ?? [], links.before);
  for (const column of numbers.filter((c) => c < anchor).reverse()) sortColumn(columns.get(column) ?? [], links.after);
}

function toBlocks(nodes: readonly DraftNode[], sizes: Map<string, Size>): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < nodes.length; ) {
    const first = nodes[i];
    if (first === undefined) break;
    let end = i + 1;
    while (first.grid !== undefined && nodes[end]?.grid === first.grid) end++;
    const members = nodes.slice(i, end);
    const cells = members.map((n) => sizes.get(n.id) ?? { width: 0, height: 0 });
    const cell = { width: Math.max(...cells.map((c) => c.width)), height: Math.max(...cells.map((c) => c.height)) };
    const columns = first.grid === undefined ? 1 : Math.min(GRID_MAX_COLUMNS, Math.ceil(Math.sqrt(4 * members.length)));
    const rows = Math.ceil(members.length / columns);
    const width = columns * cell.width + (columns - 1) * GRID_GAP;
    blocks.push({ nodes: members, columns, cell, width, height: rows * cell.height + (rows - 1) * GRID_GAP });
    i = end;
  }
  return blocks;
}

const stackedHeight = (blocks: readonly Block[]): number => blocks.reduce((sum, b) => sum + b.height + ROW_GAP, -ROW_GAP);

/**
 * Places a column's blocks top to bottom, each as near as it can to the centre of its neighbours
 * already placed, never above the previous block's bottom plus a gap: boxes never overlap.
 */
function placeColumn(blocks: readonly Block[], links: Neighbours, centres: Map<string, number>): number[] {
  let bottom = -Infinity;
  return blocks.map((block) => {
    const near = block.nodes.flatMap((n) => [...(links.before.get(n.id) ?? []), ...(links.after.get(n.id) ?? [])]);
    const placed = near.map((id) => centres.get(id)).filter((y) => y !== undefined);
    const floor = bottom + ROW_GAP;
    const alone = Number.isFinite(floor) ? floor : 0;
    const desired = placed.length === 0 ? alone : Math.round(placed.reduce((a, b) => a + b, 0) / placed.length - block.height / 2);
    const top = Math.max(desired, floor);
    bottom = top + block.height;
    block.nodes.forEach((n, i) => centres.set(n.id, top + Math.floor(i / block.columns) * (block.cell.height + GRID_GAP) + block.cell.height / 2));
    return top;
  });
}

/** Lays the draft out: columns, order, sizes, then positions shifted so that the top-left is at the margin. */
export function layoutDraft(draft: Draft, measure: TextMeasurer, serviceColumn: number): Graph {
  // 1. Columns, and the order of the rows in each.
  const columns = new Map<number, DraftNode[]>();
  for (const node of draft.nodes.values()) columns.set(node.column, [...(columns.get(node.column) ?? []), node]);
  const numbers = [...columns.keys()].sort((a, b) => a - b);
  const links = neighboursOf(draft);
  const anchorForOrder = columns.has(serviceColumn) ? serviceColumn : (numbers[0] ?? 0);
  orderColumns(columns, anchorForOrder, links);

  // 2. Sizes, blocks, and the x of each column.
  const sizes = new Map([...draft.nodes.values()].map((n) => [n.id, measureNode(n.data, measure)]));
  const blocks = new Map(numbers.map((c) => [c, toBlocks(columns.get(c) ?? [], sizes)]));
  const widths = new Map(numbers.map((c) => [c, Math.ceil(Math.max(...(blocks.get(c) ?? []).map((b) => b.width)) / COLUMN_STEP) * COLUMN_STEP]));
  const xs = new Map<number, number>();
  numbers.reduce((x, c) => (xs.set(c, x), x + (widths.get(c) ?? 0) + COLUMN_GAP), MARGIN);

  // 3. The tallest column first, stacked; then outward from it, each column near its placed neighbours.
  const tallest = numbers.reduce((best, c) => (stackedHeight(blocks.get(c) ?? []) > stackedHeight(blocks.get(best) ?? []) ? c : best), numbers[0] ?? 0);
  const sweep = [tallest, ...numbers.filter((c) => c < tallest).reverse(), ...numbers.filter((c) => c > tallest)];
  const centres = new Map<string, number>();
  const tops = new Map(sweep.map((c) => [c, placeColumn(blocks.get(c) ?? [], links, centres)]));

  // 4. Boxes at their places, shifted so that the highest one sits at the margin.
  const shift = MARGIN - Math.min(...[...tops.values()].flat());
  const nodes: GraphNode[] = numbers.flatMap((c) => {
    return (blocks.get(c) ?? []).flatMap((block, b) => {
      // Left-aligned, not centred: a box that grows as the user types does not move.
      const left = xs.get(c) ?? 0;
      const top = (tops.get(c)?.[b] ?? 0) + shift;
      return block.nodes.map((node, i) => ({
        id: node.id,
        kind: node.kind,
        x: left + (i % block.columns) * (block.cell.width + GRID_GAP),
        y: top + Math.floor(i / block.columns) * (block.cell.height + GRID_GAP),
        width: block.cell.width,
        height: block.cell.height,
        data: node.data,
      }));
    });
  });
  const edges: GraphEdge[] = [...draft.edges.entries()]
    .sort(([a], [b]) => byId(a, b))
    .map(([id, e]) => ({ id, source: e.source, target: e.target, kind: e.kind, ...(e.labels.length > 0 ? { label: e.labels.join(', ') } : {}) }));
  const width = Math.max(0, ...nodes.map((n) => n.x + n.width)) + MARGIN;
  const height = Math.max(0, ...nodes.map((n) => n.y + n.height)) + MARGIN;
  return { nodes, edges, width: nodes.length === 0 ? 0 : width, height: nodes.length === 0 ? 0 : height };
}
