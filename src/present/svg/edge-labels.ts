/**
 * Port labels, at the anchors (graph/label-anchor.ts) and in the boxes (label-box.ts) the explorer
 * draws them in, so an exported diagram reads as the screen does.
 */
import { labelAnchors, type Graph } from '../graph/index.ts';
import type { Curve } from './geometry.ts';
import { labelBox, type LabelBox } from './label-box.ts';

/** The label box of every labelled edge, by edge id. */
export function placeLabels(graph: Graph, curves: ReadonlyMap<string, Curve>): Map<string, LabelBox> {
  const edges = new Map(graph.edges.map((e) => [e.id, e]));
  const boxes = new Map<string, LabelBox>();
  for (const [id, anchor] of labelAnchors(graph)) {
    const edge = edges.get(id);
    const curve = curves.get(id);
    if (edge?.label !== undefined && curve !== undefined) boxes.set(id, labelBox(curve, anchor, edge.label));
  }
  return boxes;
}
