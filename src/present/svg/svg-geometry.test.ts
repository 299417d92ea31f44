/**
 * `kse render` is held to the explorer's promises: in the SVG renderSvg writes for every example,
 * read back from its own paths and rectangles, no edge passes through a box that is not one of
 * its ends and no label lies over a box or another label.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples/index.ts';
import { buildCluster, holdsGatewayApi } from '../../model/index.ts';
import { endsOf, edgesThroughBoxes, labelsOverBoxes, type Box } from '../graph/geometry-check.ts';
import { toGraph } from '../graph/index.ts';
import { renderSvg } from './render-svg.ts';

const unescape = (text: string): string => text.replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const numbers = (attributes: string): Box => {
  const read = (name: string): number => Number(new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? NaN);
  return { id: '', x: read('x'), y: read('y'), width: read('width'), height: read('height') };
};

/** The boxes, edges and labels of an SVG as renderSvg writes them. */
function readSvg(svg: string) {
  const boxes = [...svg.matchAll(/<g class="box [^"]*" data-id="([^"]*)"><title>[^<]*<\/title><rect class="(?:frame|chip)"([^>]*)\/>/g)].map((m) => ({
    ...numbers(m[2] ?? ''),
    id: unescape(m[1] ?? ''),
  }));
  const edges = [...svg.matchAll(/<g class="e-\w+" data-id="([^"]*)"><path class="edge" d="([^"]*)"/g)].map((m) => ({ id: unescape(m[1] ?? ''), d: m[2] ?? '' }));
  const labels = [...svg.matchAll(/<g class="label"><rect([^>]*)\/>/g)].map((m, i) => ({ ...numbers(m[1] ?? ''), id: `label ${i}` }));
  return { boxes, edges, labels };
}

describe('renderSvg geometry', () => {
  it.each(EXAMPLES.map((e) => e.id))('%s: no edge through a box, no label over a box or a label', (id) => {
    const file = join(import.meta.dirname, '../../examples', `${id}.yaml`);
    const text = readFileSync(file, 'utf8');
    const graph = toGraph(buildCluster([{ name: file, text }], { gatewayApi: holdsGatewayApi(text) }));
    const { boxes, edges, labels } = readSvg(renderSvg(graph));
    expect(boxes).toHaveLength(graph.nodes.length);
    expect(labels).toHaveLength(graph.edges.filter((e) => e.labelBox !== undefined).length);
    expect(edges.length > 0).toBe(graph.edges.length > 0);
    const ends = endsOf(graph);
    const drawn = edges.map((e) => ({ ...e, ends: ends.get(e.id) ?? new Set<string>() }));
    expect(edgesThroughBoxes(boxes, drawn)).toEqual([]);
    expect(labelsOverBoxes(boxes, labels)).toEqual([]);
  });
});
