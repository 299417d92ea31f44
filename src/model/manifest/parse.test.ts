import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR as corpus, hasCorpus, NO_CORPUS } from '../../../testing/shared.ts';
import { HEAVY_TEST_TIMEOUT_MS, propertyRuns } from '../testing/property.ts';
import { createParseCache, parseManifests } from './parse.ts';

describe('parseManifests', () => {
  it.skipIf(!hasCorpus)(`reads every published manifest of the corpus without a syntax error${hasCorpus ? '' : ` (${NO_CORPUS})`}`, () => {
    const files = readdirSync(corpus).filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBe(117);
    for (const file of files) {
      const parsed = parseManifests([{ name: file, text: readFileSync(join(corpus, file), 'utf8') }]);
      expect(parsed.diagnostics, file).toEqual([]);
      expect(parsed.objects.length, file).toBeGreaterThan(0);
    }
  });

  it.each([
    ['a block document', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n', 1, 1],
    ['after a comment and ---', '# hello\n---\napiVersion: v1\nkind: Service\n', 3, 1],
    ['KYAML flow style', '---\n{\n  apiVersion: "v1",\n  kind: "Service",\n}\n', 2, 1],
  ])('places %s', (_name, text, line, column) => {
    const [object] = parseManifests([{ name: 'f.yaml', text }]).objects;
    expect(object?.ref).toMatchObject({ file: 'f.yaml', line, column });
  });

  it('unwraps kind: List and places each item', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n- kind: Service\n  apiVersion: v1\n- kind: Pod\n  apiVersion: v1\nmetadata: {}\n';
    const { objects } = parseManifests([{ name: 'l.yaml', text }]);
    expect(objects.map((o) => [o.value.kind, o.ref.line, o.ref.item])).toEqual([
      ['Service', 4, 0],
      ['Pod', 6, 1],
    ]);
    expect(objects[1]?.locate(['apiVersion'])).toMatchObject({ line: 7, column: 3 });
  });

  it('locates a field of a later document by its path', () => {
    const text = 'kind: A\n---\nkind: Service\nspec:\n  ports:\n  - port: 80\n    nodePort: 1\n';
    const [, second] = parseManifests([{ name: 's.yaml', text }]).objects;
    expect(second?.locate(['spec', 'ports', 0, 'nodePort'])).toEqual({ file: 's.yaml', line: 7, column: 5, endLine: 7, endColumn: 16 });
  });

  it('reports a syntax error where it is and keeps the other documents', () => {
    const text = 'kind: A\n---\nkind: B\n  bad: [\n---\nkind: C\n';
    const { objects, diagnostics } = parseManifests([{ name: 'e.yaml', text }]);
    expect(objects.map((o) => o.value.kind)).toEqual(['A', 'C']);
    expect(diagnostics[0]).toMatchObject({ code: 'YAML_SYNTAX', severity: 'error', range: { file: 'e.yaml', line: 3, column: 7 } });
    expect(diagnostics[0]?.message).toBe('Nested mappings are not allowed in compact mappings');
  });

  it('reads yes/no as booleans, as go-yaml v2 does', () => {
    const [object] = parseManifests([{ name: 'b.yaml', text: 'kind: X\na: yes\nb: off\nc: "yes"\nd: true\ne: False\n' }]).objects;
    expect(object?.value).toMatchObject({ a: true, b: false, c: 'yes', d: true, e: false });
  });

  it('re-parses only the documents an edit touched', () => {
    const cache = createParseCache();
    parseManifests([{ name: 'c.yaml', text: 'kind: A\n---\nkind: B\n' }], cache);
    const first = cache.entries.get('   \nkind: B\n');
    parseManifests([{ name: 'c.yaml', text: 'kind: A2\n---\nkind: B\n' }], cache);
    expect(cache.entries.get('   \nkind: B\n')).toBe(first);
    expect(cache.entries.size).toBe(2);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ':', ' ', '\n', '-', '[', '{', '"', "'", '#', '|', '>', '*', '&', '!', '%', '.', '\t', 'k', '1') }), (text) => {
        const parsed = parseManifests([{ name: 'p', text }]);
        for (const d of parsed.diagnostics) expect(d.range.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: propertyRuns(2000) },
    );
  }, HEAVY_TEST_TIMEOUT_MS);
});
