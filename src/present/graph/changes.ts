/**
 * What a runtime event changed on the picture: the boxes that are new, or whose words changed
 * (a Pod's state, a slice's endpoints, a Node's scheduling). Positions are left out, so a box
 * that only moved to make room is not "changed".
 */
import type { Graph, GraphNode } from './types.ts';

const wordsOf = (node: GraphNode): string => JSON.stringify(node.data);

export function changedNodes(before: Graph, after: Graph): Set<string> {
  const previous = new Map(before.nodes.map((node) => [node.id, wordsOf(node)]));
  return new Set(after.nodes.filter((node) => previous.get(node.id) !== wordsOf(node)).map((node) => node.id));
}
