import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { HEAVY_TEST_TIMEOUT_MS, propertyRuns } from '../testing/property.ts';
import { parseManifests } from './parse.ts';

/** The line and column of an offset, counted the slow and obvious way. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.min(offset, text.length)).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

const syntaxErrors = (text: string) => parseManifests([{ name: 'f.yaml', text }]).diagnostics.filter((d) => d.code === 'YAML_SYNTAX');

/** Characters that make YAML interesting: indicators, quotes, blanks and line breaks. */
const PIECES = ['*', '&a', '{', '}', '[', ']', '-', '- ', '0', ',', ':', ': ', ' ', '  ', '\n', '\n', '\r', 'a', 'key', '"', "'", '#', '!', '!!str ', '?', '? ', '|', '>', '\t', '@', '`', '.', '\\', '%', '~', '\u00e9', '\u{1f600}'];
const yamlish = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('syntax error positions', () => {
  it('places `*{--` / `0,` at the comma, 2:2, where `yaml`\'s LineCounter said 1:7', () => {
    const errors = syntaxErrors('*{--\n0,\n');
    expect(errors.map((e) => `${e.range.line}:${e.range.column} ${e.message}`)).toEqual([
      '1:1 Alias cannot be an empty string',
      '1:2 Unexpected flow-map-start at node end',
      '1:3 Unexpected scalar at node end',
      '2:2 Unexpected comma token in YAML stream: ","',
    ]);
  });

  it('keeps js-yaml\'s own errors inside the text, where it points past its end', () => {
    // `yaml` takes an unknown tag for a warning; js-yaml refuses it one past the last character.
    const [error] = syntaxErrors('!? 0');
    expect(error?.range).toMatchObject({ line: 1, column: 5 });
    expect(error?.message).toMatch(/unknown tag/);
  });

  it('counts a multi-line quoted scalar\'s line breaks', () => {
    const errors = syntaxErrors('*\n"\n!."0');
    expect(errors.map((e) => [e.range.line, e.range.column])).toEqual([
      [1, 1],
      [2, 1],
      [3, 4],
    ]);
  });

  it(
    'puts every syntax diagnostic inside the text, and where `yaml` reports the error, at `yaml`\'s offset',
    () => {
      fc.assert(
        fc.property(yamlish, (raw) => {
          const text = raw.replace(/\r\n?/g, '\n');
          const lines = text.split('\n');
          const errors = syntaxErrors(raw);
          for (const { range } of errors) {
            expect(range.line).toBeGreaterThanOrEqual(1);
            expect(range.line).toBeLessThanOrEqual(lines.length);
            expect(range.column).toBeGreaterThanOrEqual(1);
            expect(range.column).toBeLessThanOrEqual((lines[range.line - 1] ?? '').length + 1);
            expect(range.endLine * 1e6 + range.endColumn).toBeGreaterThanOrEqual(range.line * 1e6 + range.column);
            expect(range.endLine).toBeLessThanOrEqual(lines.length);
          }
          // One document, as written (no marker lines, no directives): `yaml`'s offsets are the truth.
          const single = !/^(?:---|\.\.\.)(?:[ \t]|$)|^%/m.test(text);
          const yamlErrors = parseDocument(text, { uniqueKeys: true, prettyErrors: false }).errors;
          const fromYaml = errors.length > 0 && yamlErrors.length > 0 && errors[0]?.message === yamlErrors[0]?.message.split('\n')[0];
          if (!single || !fromYaml) return;
          yamlErrors.slice(0, 10).forEach((e, i) => {
            const range = errors[i]?.range;
            expect({ line: range?.line, column: range?.column }, `${JSON.stringify(text)}: ${e.message}`).toEqual(positionOf(text, e.pos[0]));
          });
        }),
        { numRuns: propertyRuns(3000) },
      );
    },
    HEAVY_TEST_TIMEOUT_MS,
  );
});
