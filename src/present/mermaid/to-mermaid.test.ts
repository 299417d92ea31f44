/**
 * Golden Mermaid text of every guide example in testdata/NAME.mmd; regenerate with
 * `UPDATE_GOLDENS=1 npx vitest run src/present`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../model/index.ts';
import { toGraph, type Graph } from '../graph/index.ts';
import { toMermaid } from './to-mermaid.ts';

const here = dirname(fileURLToPath(import.meta.url));
const examples = join(here, '..', '..', 'examples');
const graphOf = (file: string): Graph => toGraph(buildCluster([{ name: file, text: readFileSync(join(examples, file), 'utf8') }], { now: '2025-01-01T12:00:00Z' }));
const guides = readdirSync(examples)
  .filter((file) => /^guide-.*\.yaml$/.test(file))
  .sort();

describe('toMermaid goldens', () => {
  it.each(guides)('%s', (file) => {
    const text = toMermaid(graphOf(file));
    const path = join(here, 'testdata', file.replace(/\.yaml$/, '.mmd'));
    if (process.env.UPDATE_GOLDENS === '1') {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      return;
    }
    expect(existsSync(path), `missing golden ${path}; run UPDATE_GOLDENS=1 npx vitest run src/present`).toBe(true);
    expect(text).toBe(readFileSync(path, 'utf8'));
  });
});

describe('toMermaid', () => {
  it('names every box once, n0, n1 … in the graph\'s order, with a comment giving its graph id', () => {
    const graph = graphOf('guide-06-checkout-service.yaml');
    const text = toMermaid(graph);
    graph.nodes.forEach((node, index) => expect(text).toContain(`  %% n${index} = ${node.id}\n`));
    expect(text).toMatch(/^flowchart LR\n/);
    expect(text).toMatch(/ n\d+\(\["ecommerce\/checkout-service<br\/>/);
  });

  it('collapses the compact Pods of each slice into one node with its count', () => {
    const graph = graphOf('../examples/scenario-many-endpoints.yaml');
    const compact = graph.nodes.filter((n) => n.data.compact === true).length;
    const text = toMermaid(graph);
    expect(compact).toBeGreaterThan(50);
    expect(text).toContain('%% The compact Pods of each large EndpointSlice are collapsed');
    const counted = [...text.matchAll(/"(\d+) Pods \((\d+) ready\)"/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(counted).toBe(compact);
    expect(text.split('\n').length).toBeLessThan(graph.nodes.length);
  });
});

describe('toMermaid with hostile text', () => {
  const hostile = `a"] --> x["<script>alert(1)</script>` + '|#amp;`\n%% end';
  const graph: Graph = {
    nodes: [
      { id: `svc:${hostile}`, kind: 'service', x: 0, y: 0, width: 100, height: 50, data: { title: hostile, subtitle: [hostile], badges: [hostile], simulated: false } },
      { id: `pod:${hostile}`, kind: 'pod', x: 200, y: 0, width: 100, height: 50, data: { title: hostile, subtitle: [], badges: [], simulated: false, status: 'notReady' } },
    ],
    edges: [{ id: 'e', source: `svc:${hostile}`, target: `pod:${hostile}`, label: hostile, kind: 'dns', points: [] }],
    width: 300,
    height: 50,
  };
  const text = toMermaid(graph);

  it('keeps user text inside its quotes, as entity codes', () => {
    expect(text).not.toMatch(/<script|\|#amp;/);
    for (const line of text.split('\n').filter((l) => /^ {4}n\d/.test(l))) expect(line.match(/"/g)).toHaveLength(2);
    expect(text).toContain('a#quot;] --#gt; x[#quot;#lt;script#gt;alert(1)#lt;/script#gt;#124;#35;amp;#96;<br/>#37;#37; end');
    expect(text).toContain('  n0 -.->|"a#quot;]');
  });

  it('keeps each graph id on its comment line', () => {
    const comments = text.split('\n').filter((line) => line.startsWith('  %% n'));
    expect(comments).toHaveLength(2);
    expect(text.split('\n').filter((line) => line.startsWith('%% end'))).toEqual([]);
  });

  it('says a Pod\'s state in words', () => {
    expect(text).toMatch(/n1\("[^\n]*<br\/>not ready"\)/);
    expect(text).toContain('class n1 notReady');
  });
});
