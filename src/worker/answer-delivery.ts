/**
 * How a build's answer crosses back to the page. A structured clone is made on both threads: the
 * answer for the 5,072-object dump is about 2 MB of objects (its outline, problems and findings
 * most of it), decoded on the page's thread at every keystroke inside the dump, though an edit of
 * one port leaves nearly all of it as it was. So the parts that come out the same as in the last
 * answer are left out, and the page takes them from the last answer it got from this worker.
 *
 * Both sides keep the last build's answer: the worker's loop, and the page's port to that worker. A
 * worker that fails is replaced, with a new port, and its first answer is whole.
 */
import { sameJson } from '../model/index.ts';
import type { Graph, GraphEdge, GraphNode } from '../present/graph/index.ts';
import type { BuiltResponse, WorkerResponse } from './protocol.ts';

/**
 * The parts of an answer sent only when they changed. The graph among them: a keystroke that
 * changes nothing drawn (an image, a comment, a half-typed key) then gives the page its very graph
 * object back, and React Flow nothing to do.
 */
const KEPT = ['diagnostics', 'summary', 'scope', 'services', 'outline', 'findings', 'workloads', 'graph'] as const;
type Kept = (typeof KEPT)[number];

/**
 * A graph that changed, on its way: each box and edge that is the same as in the last graph (by id
 * and content) is sent as its id alone. A keystroke in a Service of the 1,000-Pod example changes
 * a box and an edge or two of about 2,000, and cloning the rest cost each thread about 5 ms; the
 * page also gets the unchanged ones as the very objects it had, which React Flow skips.
 */
export interface GraphDelivery {
  readonly nodes: readonly (GraphNode | string)[];
  readonly edges: readonly (GraphEdge | string)[];
  readonly width: number;
  readonly height: number;
}

/** A build's answer on its way: the parts named in `same` left out, as they were in the last one; a changed graph as `graphChanges`. */
export type BuiltDelivery = Omit<BuiltResponse, Kept> & Partial<Pick<BuiltResponse, Kept>> & { readonly same?: readonly Kept[]; readonly graphChanges?: GraphDelivery };

/** The items of `next`, each one the same as the item of `before` with its id given as that id. */
function changesOf<T extends { readonly id: string }>(before: readonly T[], next: readonly T[]): (T | string)[] {
  const earlier = new Map(before.map((item) => [item.id, item]));
  return next.map((item) => {
    const was = earlier.get(item.id);
    return was !== undefined && sameJson(was, item) ? item.id : item;
  });
}

/** The items again, each id replaced by the item of `before` it names. */
function applyChanges<T extends { readonly id: string }>(before: readonly T[], delivered: readonly (T | string)[]): T[] {
  const earlier = new Map(before.map((item) => [item.id, item]));
  return delivered.map((item) => {
    if (typeof item !== 'string') return item;
    const was = earlier.get(item);
    if (was === undefined) throw new Error(`an answer refers to a graph item the page never got: ${item}`);
    return was;
  });
}

function graphDelivery(before: Graph, next: Graph): GraphDelivery {
  return { nodes: changesOf(before.nodes, next.nodes), edges: changesOf(before.edges, next.edges), width: next.width, height: next.height };
}
export type ResponseDelivery = Exclude<WorkerResponse, BuiltResponse> | BuiltDelivery;

/** The worker's side: each answer as it is to be sent. */
export function answerSender(): (response: WorkerResponse) => ResponseDelivery {
  let last: BuiltResponse | undefined;
  return (response) => {
    if (response.type !== 'built') return response;
    const before = last;
    last = response;
    if (before === undefined) return response;
    const same = KEPT.filter((key) => sameJson(before[key], response[key]));
    const delivery: Record<string, unknown> = { ...response, ...(same.length > 0 && { same }) };
    for (const key of same) delete delivery[key];
    if (!same.includes('graph')) {
      delete delivery.graph;
      delivery.graphChanges = graphDelivery(before.graph, response.graph);
    }
    return delivery as BuiltDelivery;
  };
}

/**
 * The page's side: each answer whole again. Throws on a part said to be the same when no answer
 * came before, which only a message from another worker could be: the page treats the message as
 * unreadable and replaces the worker.
 */
export function answerReceiver(): (delivery: ResponseDelivery) => WorkerResponse {
  let last: BuiltResponse | undefined;
  return (delivery) => {
    if (delivery.type !== 'built') return delivery;
    const { same = [], graphChanges, ...sent } = delivery;
    if ((same.length > 0 || graphChanges !== undefined) && last === undefined) throw new Error('an answer refers to a last answer the page never got');
    const whole = { ...sent } as Record<string, unknown>;
    for (const key of same) whole[key] = last?.[key];
    if (graphChanges !== undefined && last !== undefined) {
      const { nodes, edges, width, height } = graphChanges;
      whole.graph = { nodes: applyChanges(last.graph.nodes, nodes), edges: applyChanges(last.graph.edges, edges), width, height } satisfies Graph;
    }
    last = whole as unknown as BuiltResponse;
    return last;
  };
}
