/**
 * The picture's promises, checked on plain geometry: no edge passes through a box that is not one
 * of its ends, and no label lies over a box or over another label. Paths are sampled as drawn
 * (`M`, `L`, `Q`, `C` commands), so the same check runs on toGraph's routes and on the paths of an
 * exported SVG. Used by tests; pure, so it runs anywhere.
 */
import { routePath } from './path.ts';
import type { Graph, Point } from './types.ts';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Box extends Rect {
  readonly id: string;
}

export interface DrawnEdge {
  readonly id: string;
  /** The boxes this edge may touch: its source and target (a grid's Pods count as one target). */
  readonly ends: ReadonlySet<string>;
  readonly d: string;
}

/** How far inside a box a point must be to count: edges start and end on borders. */
const TOLERANCE = 0.5;

const lerp = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

/** Points along an SVG path of absolute M, L, Q and C commands, about `step` px apart. */
export function samplePath(d: string, step = 1): Point[] {
  const tokens = d.match(/[MLQC]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const points: Point[] = [];
  let at: Point = { x: 0, y: 0 };
  let command = 'M';
  const read = (): Point => ({ x: Number(tokens.shift()), y: Number(tokens.shift()) });
  while (tokens.length > 0) {
    if (/^[MLQC]$/.test(tokens[0] ?? '')) command = tokens.shift() ?? 'M';
    const controls = command === 'Q' ? [read(), read()] : command === 'C' ? [read(), read(), read()] : [read()];
    const end = controls.at(-1) ?? at;
    if (command !== 'M') {
      const length = [at, ...controls].reduce((sum, p, i, all) => sum + (i === 0 ? 0 : Math.hypot(p.x - (all[i - 1] as Point).x, p.y - (all[i - 1] as Point).y)), 0);
      const steps = Math.max(1, Math.ceil(length / step));
      for (let i = 1; i <= steps; i++) {
        // De Casteljau over the control polygon: lines, quadratics and cubics alike.
        let level = [at, ...controls];
        while (level.length > 1) level = level.slice(1).map((p, j) => lerp(level[j] as Point, p, i / steps));
        points.push(level[0] as Point);
      }
    } else points.push(end);
    at = end;
  }
  return points;
}

const inside = (p: Point, r: Rect): boolean =>
  p.x > r.x + TOLERANCE && p.x < r.x + r.width - TOLERANCE && p.y > r.y + TOLERANCE && p.y < r.y + r.height - TOLERANCE;

const overlap = (a: Rect, b: Rect): boolean =>
  a.x + TOLERANCE < b.x + b.width && b.x + TOLERANCE < a.x + a.width && a.y + TOLERANCE < b.y + b.height && b.y + TOLERANCE < a.y + a.height;

/** `EDGE through BOX` for every edge that passes through a box that is not one of its ends. */
export function edgesThroughBoxes(boxes: readonly Box[], edges: readonly DrawnEdge[]): string[] {
  const problems: string[] = [];
  for (const edge of edges) {
    const points = samplePath(edge.d);
    for (const box of boxes) if (!edge.ends.has(box.id) && points.some((p) => inside(p, box))) problems.push(`${edge.id} through ${box.id}`);
  }
  return problems;
}

/** `LABEL over BOX` and `LABEL over LABEL` for every label that covers a box or another label. */
export function labelsOverBoxes(boxes: readonly Box[], labels: readonly Box[]): string[] {
  const problems = labels.flatMap((label) => boxes.filter((box) => overlap(label, box)).map((box) => `label of ${label.id} over ${box.id}`));
  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => overlap(a, b) && problems.push(`label of ${a.id} over label of ${b.id}`)));
  return problems;
}

/**
 * The ends an edge may touch: its source and its target, and for an edge into a grid of compact
 * Pods the whole grid, which it enters as one block.
 */
export function endsOf(graph: Pick<Graph, 'nodes' | 'edges'>): Map<string, Set<string>> {
  const compact = new Set(graph.nodes.filter((n) => n.data.compact === true).map((n) => n.id));
  const gridOf = new Map<string, string[]>();
  for (const edge of graph.edges) if (compact.has(edge.target)) gridOf.set(edge.source, [...(gridOf.get(edge.source) ?? []), edge.target]);
  return new Map(graph.edges.map((e) => [e.id, new Set([e.source, e.target, ...(compact.has(e.target) ? (gridOf.get(e.source) ?? []) : [])])]));
}

/** Every broken promise of a graph as toGraph laid it out. */
export function graphProblems(graph: Graph): string[] {
  const ends = endsOf(graph);
  const edges = graph.edges.map((e) => ({ id: e.id, ends: ends.get(e.id) ?? new Set<string>(), d: routePath(e.points) }));
  const labels = graph.edges.flatMap((e) => (e.labelBox === undefined ? [] : [{ id: e.id, ...e.labelBox }]));
  return [...edgesThroughBoxes(graph.nodes, edges), ...labelsOverBoxes(graph.nodes, labels)];
}
