/**
 * renderSvg(graph): the graph as a standalone SVG document, drawn as the explorer draws it. It
 * carries its own style sheet and nothing else: no scripts, no foreignObject, no fonts or other
 * external references, so it can be embedded, opened from disk or rasterized by resvg. Every piece
 * of user text is escaped; the same graph always gives the same bytes.
 */
// From their modules, not the graph's index, which leads to the layout and the model: an export in the browser needs neither.
import { columnHeaders } from '../graph/column-headers.ts';
import type { Graph } from '../graph/index.ts';
import { renderBox } from './boxes.ts';
import { arrowMarkers, renderEdges } from './edges.ts';
import { escapeXml } from './escape.ts';
import { num } from './geometry.ts';
import { styleSheet } from './style-sheet.ts';
import { PALETTES, type SvgTheme } from './theme.ts';

export interface RenderSvgOptions {
  readonly theme?: SvgTheme;
  /** The document's title, shown by viewers and read by screen readers. */
  readonly title?: string;
}

/** The column headers' baseline, above the highest thing drawn (graph.css: 9 px under the text). */
const HEADER_ABOVE = 12;

export function renderSvg(graph: Graph, options: RenderSvgOptions = {}): string {
  const [width, height] = [num(graph.width), num(graph.height)];
  const title = options.title ?? 'Kubernetes Services';
  const edges = renderEdges(graph);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<style>\n${styleSheet(PALETTES[options.theme ?? 'light'])}\n</style>`,
    `<defs>${arrowMarkers()}</defs>`,
    `<rect class="canvas" width="${width}" height="${height}"/>`,
    ...columnHeaders(graph).map((h) => `<text class="heading" x="${num(h.x)}" y="${num(h.y - HEADER_ABOVE)}" text-anchor="middle">${escapeXml(h.text)}</text>`),
    edges.lines,
    ...graph.nodes.map(renderBox),
    edges.labels,
    '</svg>',
    '',
  ]
    .filter((part) => part !== '')
    .join('\n');
}
