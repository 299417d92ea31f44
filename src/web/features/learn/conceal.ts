/**
 * The graph as a learner sees it while predicting: what would give a challenge's answer away (the
 * records of a DNS answer, how many endpoints a slice holds and how many are ready) is held back
 * until the prediction is checked. Boxes keep their places and sizes, so nothing moves on reveal.
 */
import type { Graph, GraphNode } from '../../../present/graph/index.ts';

/** Short, to fit boxes measured for the lines they replace (`A 10.244.1.250`, `3 endpoints: 3 ready`). */
export const HIDDEN_ANSWER = 'hidden';

/** A slice's count line, `3 endpoints: 3 ready` (see present/graph), as opposed to its ports. */
const ENDPOINT_COUNT = /\bendpoints?\b/;

function concealNode(node: GraphNode): GraphNode {
  if (node.kind === 'dnsAnswer') return { ...node, data: { ...node.data, subtitle: [`answer ${HIDDEN_ANSWER}`] } };
  if (node.kind === 'endpointSlice' && node.data.subtitle.some((line) => ENDPOINT_COUNT.test(line))) {
    return { ...node, data: { ...node.data, subtitle: node.data.subtitle.map((line) => (ENDPOINT_COUNT.test(line) ? `endpoints ${HIDDEN_ANSWER}` : line)) } };
  }
  return node;
}

export function concealAnswers(graph: Graph): Graph {
  return { ...graph, nodes: graph.nodes.map(concealNode) };
}
