/**
 * A packet's run laid over the graph: where the dot rests at each hop, and the path it moves
 * along from the hop before, on the very routes the edges are drawn along. Pure, so the geometry
 * is tested without a browser.
 */
import type { Graph, GraphNode, Point } from '../../../../present/graph/index.ts';
import { routeLength, routePath } from '../../../../present/graph/path.ts';
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
/** A compact Pod is a dot in a grid: the packet ends on the dot itself, past the grid's edge. */
const arrival = (n: GraphNode): Point => (n.data.compact === true ? { x: n.x + n.width / 2, y: n.y + n.height / 2 } : left(n));

function planMove(graph: Graph, start: Point, from: string, to: GraphNode, hop: PacketHop): HopPlan {
  const route = findRoute(graph.edges, from, to.id);
  if (route === undefined || route.length === 0) {
    const point = route === undefined ? left(to) : start;
    return { at: hop.at, caption: hop.caption, point, length: 0, edges: [] };
  }
  // Along each edge's route, forwards or backwards, and straight across the boxes in between.
  const points: Point[] = [start];
  for (const { edge, forward } of route) {
    const along = forward ? edge.points : [...edge.points].reverse();
    const [here, next] = [points.at(-1), along[0]];
    if (here !== undefined && next !== undefined && here.x !== next.x && here.y !== next.y) points.push({ x: next.x, y: here.y });
    points.push(...along);
  }
  const last = points.at(-1);
  if (to.data.compact === true && last !== undefined && route.at(-1)?.forward === true) points.push({ x: arrival(to).x, y: last.y }, arrival(to));
  const point = points.at(-1) ?? arrival(to);
  return { at: hop.at, caption: hop.caption, point, motion: routePath(points), length: routeLength(points), edges: route.map((s) => s.edge.id) };
}

/**
 * The plan of every hop, or undefined when a hop names a box the graph does not have. A hop at a
 * box folded into a group (a Pod among a workload's thousand) lands on the group box.
 */
export function planPacket(graph: Graph, hops: readonly PacketHop[]): HopPlan[] | undefined {
  const boxes = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const group of graph.nodes) for (const member of group.data.members ?? []) boxes.set(member.id, group);
  const plans: HopPlan[] = [];
  for (const given of hops) {
    const box = boxes.get(given.at);
    if (box === undefined) return undefined;
    const hop = { ...given, at: box.id };
    const previous = plans.at(-1);
    plans.push(
      previous === undefined
        ? { at: hop.at, caption: hop.caption, point: right(box), length: 0, edges: [] }
        : planMove(graph, previous.point, previous.at, box, hop),
    );
  }
  return plans;
}
