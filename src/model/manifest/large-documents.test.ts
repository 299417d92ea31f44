import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { DESCRIBED_DOCUMENT_BYTES, findDuplicateKeys, MAX_ERRORS_PER_DOCUMENT } from './large-documents.ts';
import { parseManifests } from './parse.ts';

/** Generous: these documents are megabytes long; a busy machine parses them in a few seconds. */
const BUDGET = { timeout: 60_000 };

/** What `yaml` says of the same text (parse.ts describeSyntaxError reads it the same way). */
function yamlErrors(text: string) {
  const lineCounter = new LineCounter();
  return parseDocument(text, { lineCounter, uniqueKeys: true }).errors.map((e) => {
    const from = lineCounter.linePos(e.pos[0]);
    const to = lineCounter.linePos(Math.max(e.pos[0], e.pos[1]));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col, message: (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '') };
  });
}

const errorsOf = (text: string) => parseManifests([{ name: 'big.yaml', text }]).diagnostics;

describe('findDuplicateKeys: yaml\'s duplicate-key errors, in one pass', () => {
  it.each([
    ['block mapping', 'kind: Service\nkind: Pod\napiVersion: v1\n'],
    ['nested, quoted', 'metadata:\n  name: a\n  "name": b\nspec: {}\n'],
    ['flow mapping', 'spec: {a: 1, b: 2, a: 3}\n'],
    ['in a sequence item', 'items:\n- a: 1\n  a: 2\n- a: 3\n'],
    ['anchor and tag before the key', 'a: 1\n&x a: 2\n!!str a: 3\n'],
    ['explicit key', '? e\n: 1\ne: 2\n'],
    ['types differ: not a duplicate for yaml', 'labels:\n  1: a\n  "1": b\n  true: c\n  "true": d\n  1: e\n'],
    ['after comments', 'a: 1 # one\n# between\na: 2\n'],
  ])('%s', (_name, text) => {
    expect(findDuplicateKeys(text)?.first).toEqual(yamlErrors(text));
  });

  it('a document with another error is left to the other readers', () => {
    expect(findDuplicateKeys('a: 1\na: 2\nb: [\n')).toBeUndefined();
  });
});

describe('documents too large for yaml', () => {
  it('50 MB of `kind: Service` (one mapping, millions of keys), here 5 MB: the first errors, then how many more', BUDGET, () => {
    const lines = Math.floor(5_000_000 / 14);
    const diagnostics = errorsOf('kind: Service\n'.repeat(lines));
    expect(diagnostics).toHaveLength(MAX_ERRORS_PER_DOCUMENT + 1);
    expect(diagnostics[0]).toEqual({ code: 'YAML_SYNTAX', severity: 'error', message: 'Map keys must be unique', range: { file: 'big.yaml', line: 2, column: 1, endLine: 2, endColumn: 2 } });
    expect(diagnostics.at(-1)).toMatchObject({ message: `… and ${(lines - 1 - MAX_ERRORS_PER_DOCUMENT).toLocaleString('en-US')} more YAML errors in this document`, range: { line: 12, column: 1 } });
  });

  it('thousands of duplicate keys in one object of a dump: located where yaml would, in the right document', BUDGET, () => {
    const labels = Array.from({ length: 20_000 }, (_, i) => `    app: web-${i}\n`).join('');
    const text = `apiVersion: v1\nkind: Service\nmetadata: {name: ok}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n${labels}`;
    const diagnostics = errorsOf(text);
    expect(diagnostics.map((d) => [d.range.line, d.range.column])).toEqual([...Array.from({ length: MAX_ERRORS_PER_DOCUMENT + 1 }, (_, i) => [11 + i, 5])]);
    expect(diagnostics.at(-1)?.message).toBe('… and 19,989 more YAML errors in this document');
  });

  it('another error in a document past the size yaml reads: js-yaml\'s first error, saying so', BUDGET, () => {
    const padding = `data:\n${Array.from({ length: DESCRIBED_DOCUMENT_BYTES / 20 }, (_, i) => `  key-${i}: value-${i}\n`).join('')}`;
    const diagnostics = errorsOf(`apiVersion: v1\nkind: ConfigMap\n${padding}broken: [\n`);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toMatch(/\(a document over 256 KiB is checked up to its first error only\)$/);
  });

  it('a cascade in a small document is cut to its first errors too', () => {
    const text = Array.from({ length: 30 }, () => 'a: b: c\n').join('');
    const diagnostics = errorsOf(text);
    expect(diagnostics).toHaveLength(MAX_ERRORS_PER_DOCUMENT + 1);
    expect(diagnostics.at(-1)?.message).toMatch(/^… and \d+ more YAML errors in this document$/);
  });
});
