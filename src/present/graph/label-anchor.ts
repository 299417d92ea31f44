/**
 * Where each edge's port label sits, so that the labels of parallel edges do not pile up. Where
 * many edges meet at a box (four Nodes into one Service), a label sits at the other end, where the
 * edges are still apart. When both ends are shared, it sits at the end with fewer labels, and the
 * labels gathered at one side of a box are stacked, in the order of the boxes they lead to.
 */
import type { Graph } from './types.ts';

export type LabelSide = 'source' | 'middle' | 'target';

export interface LabelAnchor {
  readonly side: LabelSide;
  /** Position in the stack of labels at the same side of the same box, from the top. */
  readonly slot: number;
  readonly slots: number;
}

const count = (counts: Map<string, number>, key: string): number => counts.get(key) ?? 0;

export function labelAnchors(graph: Pick<Graph, 'nodes' | 'edges'>): Map<string, LabelAnchor> {
  const labelled = graph.edges.filter((e) => e.label !== undefined && e.label !== '');
  const centre = new Map(graph.nodes.map((n) => [n.id, n.y + n.height / 2]));
  const into = new Map<string, number>();
  const outOf = new Map<string, number>();
  for (const edge of labelled) {
    into.set(edge.target, count(into, edge.target) + 1);
    outOf.set(edge.source, count(outOf, edge.source) + 1);
  }
  // 1. The side of each label.
  const stacks = new Map<string, { id: string; towards: number }[]>();
  const sides = new Map<string, LabelSide>();
  for (const edge of labelled) {
    const [fanOut, fanIn] = [count(outOf, edge.source), count(into, edge.target)];
    const side: LabelSide = fanOut === 1 && fanIn === 1 ? 'middle' : fanOut <= fanIn ? 'source' : 'target';
    sides.set(edge.id, side);
    const [box, other] = side === 'target' ? [edge.target, edge.source] : [edge.source, edge.target];
    const key = `${side} ${box}`;
    stacks.set(key, [...(stacks.get(key) ?? []), { id: edge.id, towards: centre.get(other) ?? 0 }]);
  }
  // 2. The stacks at each side of each box, top to bottom as the boxes at the other ends.
  const anchors = new Map<string, LabelAnchor>();
  for (const stack of stacks.values()) {
    stack.sort((a, b) => a.towards - b.towards || (a.id < b.id ? -1 : 1));
    stack.forEach(({ id }, slot) => anchors.set(id, { side: sides.get(id) ?? 'middle', slot, slots: stack.length }));
  }
  return anchors;
}
