/**
 * Where port labels go, as the explorer places them (src/web/features/graph/edges): in the middle
 * of an edge that is alone at both ends, else at the end where the edges are still apart, stacked
 * in the order of the boxes they lead to. Labels are monospace, so their width follows from their
 * length; one that does not fit between two columns breaks after ", " and, if it must, shrinks.
 */
import type { Graph, GraphEdge } from '../graph/index.ts';
import { midpoint, type Curve } from './geometry.ts';

type Side = 'source' | 'middle' | 'target';

export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly lines: readonly string[];
}

const FONT_SIZE = 10;
const MIN_FONT_SIZE = 8;
const ADVANCE = 0.6;
const PADDING_X = 4;
const PADDING_Y = 1.5;
const SOURCE_GAP = 6;
const TARGET_GAP = 12;
const STACK_GAP = 2;

interface Anchor {
  readonly side: Side;
  readonly slot: number;
  readonly slots: number;
}

const labelled = (edge: GraphEdge): boolean => edge.label !== undefined && edge.label !== '';

function tally(edges: readonly GraphEdge[], end: (e: GraphEdge) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const edge of edges) counts.set(end(edge), (counts.get(end(edge)) ?? 0) + 1);
  return counts;
}

function anchorsOf(graph: Graph): Map<string, Anchor> {
  const edges = graph.edges.filter(labelled);
  const centre = new Map(graph.nodes.map((n) => [n.id, n.y + n.height / 2]));
  const [outOf, into] = [tally(edges, (e) => e.source), tally(edges, (e) => e.target)];
  // 1. The side of each label.
  const stacks = new Map<string, { id: string; side: Side; towards: number }[]>();
  for (const edge of edges) {
    const [fanOut, fanIn] = [outOf.get(edge.source) ?? 0, into.get(edge.target) ?? 0];
    const side: Side = fanOut === 1 && fanIn === 1 ? 'middle' : fanOut <= fanIn ? 'source' : 'target';
    const [box, other] = side === 'target' ? [edge.target, edge.source] : [edge.source, edge.target];
    const key = `${side} ${box}`;
    stacks.set(key, [...(stacks.get(key) ?? []), { id: edge.id, side, towards: centre.get(other) ?? 0 }]);
  }
  // 2. Each stack top to bottom, as the boxes at the other ends.
  const anchors = new Map<string, Anchor>();
  for (const stack of stacks.values()) {
    stack.sort((a, b) => a.towards - b.towards || (a.id < b.id ? -1 : 1));
    stack.forEach(({ id, side }, slot) => anchors.set(id, { side, slot, slots: stack.length }));
  }
  return anchors;
}

function fit(text: string, room: number): { lines: string[]; fontSize: number } {
  const sizeFor = (lines: readonly string[]): number => {
    const longest = Math.max(...lines.map((line) => [...line].length));
    return Math.min(FONT_SIZE, Math.floor(((room - 2 * PADDING_X) / (longest * ADVANCE)) * 2) / 2);
  };
  const whole = [text];
  if (sizeFor(whole) >= FONT_SIZE) return { lines: whole, fontSize: FONT_SIZE };
  const lines = text.split(', ').map((part, i, parts) => (i < parts.length - 1 ? `${part},` : part));
  return { lines, fontSize: Math.max(MIN_FONT_SIZE, sizeFor(lines)) };
}

function boxAt(curve: Curve, anchor: Anchor, text: string): LabelBox {
  const gap = curve.to.x - curve.from.x;
  const { lines, fontSize } = fit(text, anchor.side === 'middle' ? gap - 8 : gap - SOURCE_GAP - TARGET_GAP);
  const width = Math.ceil(Math.max(...lines.map((line) => [...line].length)) * ADVANCE * fontSize) + 2 * PADDING_X;
  const height = lines.length * (fontSize + 2) + 2 * PADDING_Y;
  const stacked = (anchor.slot - (anchor.slots - 1) / 2) * (FONT_SIZE + 2 + 2 * PADDING_Y + STACK_GAP);
  const box = (x: number, centreY: number): LabelBox => ({ x, y: centreY + stacked - height / 2, width, height, fontSize, lines });
  if (anchor.side === 'source') return box(curve.from.x + SOURCE_GAP, curve.from.y);
  if (anchor.side === 'target') return box(curve.to.x - TARGET_GAP - width, curve.to.y);
  const middle = midpoint(curve);
  return box(middle.x - width / 2, middle.y);
}

/** The label box of every labelled edge, by edge id. */
export function placeLabels(graph: Graph, curves: ReadonlyMap<string, Curve>): Map<string, LabelBox> {
  const edges = new Map(graph.edges.map((e) => [e.id, e]));
  const boxes = new Map<string, LabelBox>();
  for (const [id, anchor] of anchorsOf(graph)) {
    const edge = edges.get(id);
    const curve = curves.get(id);
    if (edge?.label !== undefined && curve !== undefined) boxes.set(id, boxAt(curve, anchor, edge.label));
  }
  return boxes;
}
