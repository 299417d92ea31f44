/**
 * The edges as SVG: cubic curves from the source's right side to the target's left side, an
 * arrowhead on traffic and DNS edges (ownership has none), DNS dashed, ownership thin, and port
 * labels on a background so they stay legible over the lines they cross.
 */
import type { Graph, GraphEdge, GraphEdgeKind, GraphNode } from '../graph/index.ts';
import { placeLabels } from './edge-labels.ts';
import { escapeXml } from './escape.ts';
import { curveBetween, curvePath, num, type Curve } from './geometry.ts';
import { LABEL_PADDING_X, type LabelBox } from './label-box.ts';

const ARROWS: readonly Exclude<GraphEdgeKind, 'owns'>[] = ['traffic', 'dns'];

export const arrowMarkers = (): string =>
  ARROWS.map(
    (kind) =>
      `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path class="arrow-${kind}" d="M 0 0.5 L 10 5 L 0 9.5 z"/></marker>`,
  ).join('');

function curvesOf(graph: Graph): Map<string, Curve> {
  const nodes = new Map<string, GraphNode>(graph.nodes.map((n) => [n.id, n]));
  const curves = new Map<string, Curve>();
  for (const edge of graph.edges) {
    const [source, target] = [nodes.get(edge.source), nodes.get(edge.target)];
    if (source === undefined || target === undefined) continue;
    curves.set(edge.id, curveBetween({ x: source.x + source.width, y: source.y + source.height / 2 }, { x: target.x, y: target.y + target.height / 2 }));
  }
  return curves;
}

function label(box: LabelBox): string {
  const lines = box.lines.map(
    (line, i) =>
      `<text x="${num(box.x + LABEL_PADDING_X)}" y="${num(box.y + 1.5 + i * box.lineHeight + box.fontSize * 0.85)}" font-size="${num(box.fontSize)}">${escapeXml(line.trimEnd())}</text>`,
  );
  return `<g class="label"><rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="3"/>${lines.join('')}</g>`;
}

function edgeLine(edge: GraphEdge, curve: Curve): string {
  const marker = edge.kind === 'owns' ? '' : ` marker-end="url(#arrow-${edge.kind})"`;
  return `<g class="e-${edge.kind}" data-id="${escapeXml(edge.id)}"><path class="edge" d="${curvePath(curve)}"${marker}/></g>`;
}

/** The lines first and the labels over all of them, so that no line crosses a label. */
export function renderEdges(graph: Graph): { lines: string; labels: string } {
  const curves = curvesOf(graph);
  const boxes = placeLabels(graph, curves);
  const drawn = graph.edges.filter((edge) => curves.has(edge.id));
  return {
    lines: drawn.map((edge) => edgeLine(edge, curves.get(edge.id) as Curve)).join('\n'),
    labels: drawn.flatMap((edge) => (boxes.has(edge.id) ? [label(boxes.get(edge.id) as LabelBox)] : [])).join('\n'),
  };
}
