/**
 * The edges as SVG, along the routes the layout gave them (graph/path.ts rounds their corners):
 * an arrowhead on traffic and DNS edges (ownership has none), DNS dashed, ownership thin, and port
 * labels where the layout placed them, on a background, over every line. The edges into a grid of
 * compact Pods all take one route, so it is drawn once, as the explorer draws it.
 */
import { LABEL_PADDING_X } from '../graph/edge-label.ts';
import type { EdgeLabelBox, Graph, GraphEdge, GraphEdgeKind } from '../graph/index.ts';
import { routePath } from '../graph/path.ts';
import { escapeXml } from './escape.ts';
import { num } from './geometry.ts';

const ARROWS: readonly Exclude<GraphEdgeKind, 'owns'>[] = ['traffic', 'dns'];

export const arrowMarkers = (): string =>
  ARROWS.map(
    (kind) =>
      `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path class="arrow-${kind}" d="M 0 0.5 L 10 5 L 0 9.5 z"/></marker>`,
  ).join('');

function label(box: EdgeLabelBox): string {
  const lines = box.lines.map(
    (line, i) =>
      `<text x="${num(box.x + LABEL_PADDING_X)}" y="${num(box.y + (box.height - box.lines.length * box.lineHeight) / 2 + i * box.lineHeight + box.fontSize * 0.85)}" font-size="${num(box.fontSize)}">${escapeXml(line.trimEnd())}</text>`,
  );
  return `<g class="label"><rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="3"/>${lines.join('')}</g>`;
}

function edgeLine(edge: GraphEdge, d: string): string {
  const marker = edge.kind === 'owns' ? '' : ` marker-end="url(#arrow-${edge.kind})"`;
  return `<g class="e-${edge.kind}" data-id="${escapeXml(edge.id)}"><path class="edge" d="${d}"${marker}/></g>`;
}

/** The lines first and the labels over all of them, so that no line crosses a label. */
export function renderEdges(graph: Graph): { lines: string; labels: string } {
  const drawn = new Set<string>();
  const lines = graph.edges.flatMap((edge) => {
    const d = routePath(edge.points);
    if (d === '' || drawn.has(`${edge.kind} ${d}`)) return [];
    drawn.add(`${edge.kind} ${d}`);
    return [edgeLine(edge, d)];
  });
  return {
    lines: lines.join('\n'),
    labels: graph.edges.flatMap((edge) => (edge.labelBox === undefined ? [] : [label(edge.labelBox)])).join('\n'),
  };
}
