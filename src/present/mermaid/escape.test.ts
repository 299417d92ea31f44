/**
 * User text in Mermaid output stays text: no directive, comment, statement, markup or entity of
 * its own survives escapeMermaid. The golden testdata/hostile-load-balancer.mmd holds the lines of
 * the diagram that carry a load balancer hostname which is a `%%{init: …}%%` directive (the rest is
 * the guide goldens' business); regenerate with `UPDATE_GOLDENS=1 npx vitest run src/present/mermaid`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../model/index.ts';
import { toGraph } from '../graph/index.ts';
import { escapeMermaid } from './escape.ts';
import { toMermaid } from './to-mermaid.ts';

const testdata = join(import.meta.dirname, 'testdata');

describe('escapeMermaid', () => {
  it.each([
    ['a directive', "%%{init: {'themeCSS': 'x'}}%%", "#37;#37;{init: {'themeCSS': 'x'}}#37;#37;"],
    ['a comment', '%% hidden', '#37;#37; hidden'],
    ['a Markdown string', '`**bold**`', '#96;**bold**#96;'],
    ['an entity code', '#quot; &lt;', '#35;quot; #amp;lt;'],
    ['HTML', '<img src=x onerror=alert(1)>', '#lt;img src=x onerror=alert(1)#gt;'],
    ['the end of a label', 'a"] --> b["', 'a#quot;] --#gt; b[#quot;'],
    ['an edge label bar', 'a|b', 'a#124;b'],
    ['line breaks', 'a\nb\r\nc\u2028d', 'a<br/>b<br/>c<br/>d'],
    ['control characters, C1 among them', 'a\u001b[31mb\u0007c\u009bd', 'a [31mb c d'],
  ])('makes %s plain text', (_name, text, escaped) => {
    expect(escapeMermaid(text)).toBe(escaped);
  });

  it('leaves statements such as click and ::: as words: they never leave the quotes', () => {
    expect(escapeMermaid('x:::evil click x call alert(1); style x fill:red')).toBe('x:::evil click x call alert(1); style x fill:red');
  });
});

describe('a load balancer hostname that is a Mermaid directive', () => {
  const manifest = readFileSync(join(testdata, 'hostile-load-balancer.yaml'), 'utf8');
  const text = toMermaid(toGraph(buildCluster([{ name: 'lb.yaml', text: manifest }], { now: '2025-01-01T12:00:00Z' })));

  it('matches the golden lines that carry the hostname', () => {
    const path = join(testdata, 'hostile-load-balancer.mmd');
    const carrying = `${text.split('\n').filter((line) => line.includes('init')).join('\n')}\n`;
    if (process.env.UPDATE_GOLDENS === '1') writeFileSync(path, carrying);
    expect(existsSync(path), `missing golden ${path}; run UPDATE_GOLDENS=1 npx vitest run src/present/mermaid`).toBe(true);
    expect(carrying).toBe(readFileSync(path, 'utf8'));
  });

  it('shows the hostname as text, with no directive and no comment of its own', () => {
    expect(text).toContain('#37;#37;{init:');
    expect(text).not.toContain('%%{');
    // The only `%%` are kse's own comment lines, each on its own line.
    for (const line of text.split('\n').filter((l) => l.includes('%%'))) expect(line).toMatch(/^ {2}%% (?:n\d+ = [^%]*|The compact Pods [^%]*)$/);
    for (const line of text.split('\n').filter((l) => /^ {4}n\d/.test(l))) expect(line.match(/"/g)).toHaveLength(2);
  });
});
