/**
 * Port labels, at the anchors the explorer uses too (graph/label-anchor.ts). Labels are
 * monospace, so their width follows from their length; one that does not fit between two columns
 * breaks after ", " and, if it must, shrinks.
 */
import { labelAnchors, type Graph, type LabelAnchor } from '../graph/index.ts';
import { midpoint, type Curve } from './geometry.ts';

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

function boxAt(curve: Curve, anchor: LabelAnchor, text: string): LabelBox {
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
  for (const [id, anchor] of labelAnchors(graph)) {
    const edge = edges.get(id);
    const curve = curves.get(id);
    if (edge?.label !== undefined && curve !== undefined) boxes.set(id, boxAt(curve, anchor, edge.label));
  }
  return boxes;
}
