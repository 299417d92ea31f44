/**
 * A packet's run laid over the graph: where the dot rests at each hop, and the path it moves
 * along from the hop before. Pure, so the geometry is tested without a browser.
 */
import type { Graph, GraphNode } from '../../../../present/graph/index.ts';
import { curveBetween, curveLength, curveSegment, distance, lineSegment, moveTo, reverseCurve, type Point } from '../edges/curve.ts';
import { findRoute } from './route.ts';
import type { PacketHop } from './types.ts';

export interface HopPlan {
  readonly at: string;
  readonly caption: string;
  /** Where the dot rests, on the side of the box it came in by. */
  readonly point: Point;
  /** The SVG path from the previous hop's point; absent for the first hop, a hop on the same box, or boxes not connected. */
  readonly motion?: string;
  /** Pixels along `motion`, to time the move. */
  readonly length: number;
  /** The edges travelled from the previous hop. */
  readonly edges: readonly string[];
}

const left = (n: GraphNode): Point => ({ x: n.x, y: n.y + n.height / 2 });
const right = (n: GraphNode): Point => ({ x: n.x + n.width, y: n.y + n.height / 2 });

function planMove(graph: Graph, boxes: ReadonlyMap<string, GraphNode>, start: Point, from: string, to: GraphNode, hop: PacketHop): HopPlan {
  const route = findRoute(graph.edges, from, to.id);
  if (route === undefined || route.length === 0) {
    const point = route === undefined ? left(to) : start;
    return { at: hop.at, caption: hop.caption, point, length: 0, edges: [] };
  }
  const parts = [moveTo(start)];
  let here = start;
  let length = 0;
  for (const { edge, forward } of route) {
    const source = boxes.get(edge.source);
    const target = boxes.get(edge.target);
    if (source === undefined || target === undefined) return { at: hop.at, caption: hop.caption, point: left(to), length: 0, edges: [] };
    const along = curveBetween(right(source), left(target));
    const curve = forward ? along : reverseCurve(along);
    // Across the box the packet is in, from the side it came in by to the side it leaves by.
    if (distance(here, curve.from) > 0) parts.push(lineSegment(curve.from));
    parts.push(curveSegment(curve));
    length += distance(here, curve.from) + curveLength(curve);
    here = curve.to;
  }
  return { at: hop.at, caption: hop.caption, point: here, motion: parts.join(' '), length, edges: route.map((s) => s.edge.id) };
}

/** The plan of every hop, or undefined when a hop names a box the graph does not have. */
export function planPacket(graph: Graph, hops: readonly PacketHop[]): HopPlan[] | undefined {
  const boxes = new Map(graph.nodes.map((n) => [n.id, n]));
  const plans: HopPlan[] = [];
  for (const hop of hops) {
    const box = boxes.get(hop.at);
    if (box === undefined) return undefined;
    const previous = plans.at(-1);
    plans.push(
      previous === undefined
        ? { at: hop.at, caption: hop.caption, point: right(box), length: 0, edges: [] }
        : planMove(graph, boxes, previous.point, previous.at, box, hop),
    );
  }
  return plans;
}
