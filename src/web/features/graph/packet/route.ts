/**
 * Which edges a packet travels between two consecutive hops. Hops name boxes, not edges, and
 * consecutive hops need not be neighbours: a Service's next hop is a Pod, reached through the
 * EndpointSlice box between them.
 */
import type { GraphEdge } from '../../../../present/graph/index.ts';

/** One edge of a route, travelled from source to target (`forward`) or against it. */
export interface RouteStep {
  readonly edge: GraphEdge;
  readonly forward: boolean;
}

type Neighbours = Map<string, RouteStep[]>;

function neighbours(edges: readonly GraphEdge[], undirected: boolean): Neighbours {
  const next: Neighbours = new Map();
  const link = (from: string, step: RouteStep): void => {
    next.set(from, [...(next.get(from) ?? []), step]);
  };
  for (const edge of edges) {
    link(edge.source, { edge, forward: true });
    if (undirected) link(edge.target, { edge, forward: false });
  }
  return next;
}

const endOf = (step: RouteStep): string => (step.forward ? step.edge.target : step.edge.source);

/** Breadth-first, so the route is a shortest one; edges are tried in the graph's order, so it is always the same one. */
function shortest(next: Neighbours, from: string, to: string): RouteStep[] | undefined {
  const cameBy = new Map<string, RouteStep | null>([[from, null]]);
  for (let frontier = [from]; frontier.length > 0 && !cameBy.has(to); ) {
    frontier = frontier.flatMap((at) =>
      (next.get(at) ?? []).flatMap((step) => {
        const end = endOf(step);
        if (cameBy.has(end)) return [];
        cameBy.set(end, step);
        return [end];
      }),
    );
  }
  if (!cameBy.has(to)) return undefined;
  const route: RouteStep[] = [];
  for (let step = cameBy.get(to); step; step = cameBy.get(step.forward ? step.edge.source : step.edge.target)) route.unshift(step);
  return route;
}

/**
 * The edges from box `from` to box `to`: the edge between them if there is one; else the shortest
 * path along the direction of traffic, over traffic and DNS edges before ownership ones; else,
 * as a last resort, a shortest path that may go against an edge (a packet forwarded back to
 * another Node). Undefined when the boxes are not connected; empty when they are the same box.
 */
export function findRoute(edges: readonly GraphEdge[], from: string, to: string): RouteStep[] | undefined {
  if (from === to) return [];
  const direct = edges.find((e) => e.source === from && e.target === to);
  if (direct !== undefined) return [{ edge: direct, forward: true }];
  const carrying = edges.filter((e) => e.kind !== 'owns');
  return (
    shortest(neighbours(carrying, false), from, to) ??
    shortest(neighbours(edges, false), from, to) ??
    shortest(neighbours(edges, true), from, to)
  );
}
