/**
 * Golden SVGs of every guide example in testdata/NAME.svg; regenerate with
 * `UPDATE_GOLDENS=1 npx vitest run src/present`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../model/index.ts';
import { toGraph, type Graph } from '../graph/index.ts';
import { renderSvg } from './render-svg.ts';

const here = dirname(fileURLToPath(import.meta.url));
const examples = join(here, '..', '..', 'examples');
const guides = readdirSync(examples)
  .filter((file) => /^guide-.*\.yaml$/.test(file))
  .sort();

const graphOf = (file: string): Graph => toGraph(buildCluster([{ name: file, text: readFileSync(join(examples, file), 'utf8') }], { now: '2025-01-01T12:00:00Z' }));

/**
 * Enough XML to catch a broken document: every tag closes in order, attributes are quoted and
 * unique, and no `<` or bare `&` appears in text or attribute values.
 */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|#39);)/g;
  let last = 0;
  for (const match of xml.matchAll(token)) {
    const [whole, closing, name, attributes, selfClosing] = match;
    if (name === undefined) {
      problems.push(`stray ${whole} at ${match.index}`);
      continue;
    }
    last = match.index + whole.length;
    const attributeNames = [...(attributes ?? '').matchAll(/\s([\w:-]+)="[^"]*"/g)].map((a) => a[1]);
    if (new Set(attributeNames).size !== attributeNames.length) problems.push(`duplicate attribute in ${whole}`);
    if (closing === '/') {
      if (open.pop() !== name) problems.push(`unbalanced </${name}> at ${match.index}`);
    } else if (selfClosing !== '/') open.push(name);
  }
  if (open.length > 0) problems.push(`unclosed ${open.join(', ')}`);
  if (xml.slice(last).trim() !== '') problems.push('text after the root element');
  return problems;
}

describe('renderSvg goldens', () => {
  it.each(guides)('%s', (file) => {
    const svg = renderSvg(graphOf(file));
    const path = join(here, 'testdata', file.replace(/\.yaml$/, '.svg'));
    if (process.env.UPDATE_GOLDENS === '1') {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, svg);
      return;
    }
    expect(existsSync(path), `missing golden ${path}; run UPDATE_GOLDENS=1 npx vitest run src/present`).toBe(true);
    expect(svg).toBe(readFileSync(path, 'utf8'));
  });
});

describe('renderSvg', () => {
  it.each(guides)('%s: well-formed, standalone, one data-id per box and edge', (file) => {
    const graph = graphOf(file);
    const svg = renderSvg(graph, { theme: 'dark' });
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
    expect(svg).not.toMatch(/<script|<foreignObject|@import|@font-face|href=/i);
    const ids = [...svg.matchAll(/data-id="([^"]*)"/g)].map((m) => m[1]?.replace(/&gt;/g, '>'));
    expect(ids).toEqual(expect.arrayContaining(graph.nodes.map((n) => n.id)));
    expect(ids).toEqual(expect.arrayContaining(graph.edges.map((e) => e.id)));
  });

  it('gives the same bytes for the same graph, and leaves the graph as it was', () => {
    const graph = graphOf('guide-12-api-service-slice.yaml');
    const copy = structuredClone(graph);
    expect(renderSvg(Object.freeze(graph))).toBe(renderSvg(copy));
    expect(graph).toEqual(copy);
  });

  it('draws every compact Pod of a large slice as a square with its words in a tooltip', () => {
    const file = join(examples, 'scenario-many-endpoints.yaml');
    const graph = toGraph(buildCluster([{ name: file, text: readFileSync(file, 'utf8') }], { now: '2025-01-01T12:00:00Z' }));
    const compact = graph.nodes.filter((n) => n.data.compact === true);
    expect(compact.length).toBeGreaterThan(50);
    const svg = renderSvg(graph);
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg.match(/<rect class="chip"/g)?.length).toBe(compact.length);
  });
});

const HOSTILE = [`</text><script>alert(1)</script>`, `"onload="alert(1)`, `' onmouseover='x`, `a & b <c> #d`, `\u0000bell\u0007`];

function hostileGraph(): Graph {
  const [a, b, c, d, e] = HOSTILE as [string, string, string, string, string];
  const data = { title: a, subtitle: [b, c], badges: [d, a], simulated: true, namespace: b };
  return {
    nodes: [
      { id: `svc:${a}`, kind: 'service', x: 24, y: 24, width: 300, height: 80, data: { ...data, badges: ['NodePort', e] } },
      { id: `pod:${b}`, kind: 'pod', x: 420, y: 24, width: 300, height: 80, data: { ...data, status: 'terminating' } },
      { id: `pod:${c}`, kind: 'pod', x: 420, y: 120, width: 14, height: 14, data: { ...data, compact: true, status: 'notReady' } },
    ],
    edges: [
      { id: `svc:${a}->pod:${b}`, source: `svc:${a}`, target: `pod:${b}`, label: a, kind: 'traffic', points: [{ x: 324, y: 64 }, { x: 420, y: 64 }], labelBox: { x: 330, y: 56, width: 60, height: 17, fontSize: 11, lineHeight: 13, lines: [a] } },
      { id: `svc:${a}->pod:${c}`, source: `svc:${a}`, target: `pod:${c}`, label: b, kind: 'dns', points: [{ x: 324, y: 70 }, { x: 372, y: 70 }, { x: 372, y: 127 }, { x: 420, y: 127 }], labelBox: { x: 330, y: 80, width: 40, height: 17, fontSize: 11, lineHeight: 13, lines: [b] } },
    ],
    width: 760,
    height: 160,
  };
}

describe('renderSvg with hostile text', () => {
  const svg = renderSvg(hostileGraph(), { title: HOSTILE[0] });

  it('stays one well-formed document with no markup of its own', () => {
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toContain('\u0000');
    expect(svg).not.toContain('\u0007');
    const attributes = new Set([...svg.matchAll(/<[a-z]+((?:\s+[\w:-]+="[^"]*")*)/gi)].flatMap((tag) => [...(tag[1] ?? '').matchAll(/\s([\w:-]+)="[^"]*"/g)].map((a) => a[1])));
    expect([...attributes].filter((name) => name?.startsWith('on'))).toEqual([]);
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&quot;onload=&quot;alert(1)');
    expect(svg).toContain('&#39; onmouseover=&#39;x');
  });

  it('keeps the escaped ids on the boxes and edges', () => {
    expect(svg).toContain('data-id="pod:&quot;onload=&quot;alert(1)"');
    expect(svg).toContain('data-id="svc:&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;-&gt;pod:&#39; onmouseover=&#39;x"');
  });

  it('says a Pod\'s state in words as well as colour', () => {
    expect(svg).toMatch(/<g class="box k-pod s-terminating"[^>]*>/);
    expect(svg).toContain('>terminating</text>');
    expect(svg).toMatch(/<g class="box k-pod s-notReady"[^>]*><title>[^<]*not ready/);
  });
});
