import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { HEAVY_TEST_TIMEOUT_MS, propertyRuns } from '../testing/property.ts';
import { createLineLocator } from './line-locate.ts';
import { createYamlLocator, findLineStarts, offsetPosition } from './locate.ts';

/** Every path of a value, and beside each one a key and an index it does not have. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix, [...prefix, 'absent'], [...prefix, 7]);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  return out;
}

/** The line locator's answer as a range, or undefined where it declines. */
function lineRange(text: string, path: readonly (string | number)[]) {
  const offsets = createLineLocator(text).locate(path);
  if (offsets === undefined) return undefined;
  const starts = findLineStarts(text);
  const from = offsetPosition(starts, offsets[0]);
  const to = offsetPosition(starts, Math.max(offsets[0], offsets[1]));
  return { file: 'm.yaml', line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

const KEYS = ['app', 'name', 'spec', 'ports', 'a b', 'true', 'True', 'null', '1', 'x-y.z/w', 'yes', 'key:x', '#k', 'é'];
const SCALARS = fc.oneof(
  fc.constantFrom('web', 'a # not a comment', 'two words', '', ' lead', 'trail ', 'x: y', '- dash', '{a}', "it's", 'say "hi"', 'multi\nline', '9090', 'true', 'null', '~', '|', '>', '&a', '*a', '!t'),
  fc.integer({ min: -5, max: 100_000 }),
  fc.boolean(),
  fc.constant(null),
);
const VALUES: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; map: unknown; list: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, SCALARS, tie('map'), tie('list')),
  map: fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 4 }),
  list: fc.array(tie('value'), { maxLength: 3 }),
})).map;

describe('createLineLocator', () => {
  it('gives yaml\'s very range wherever it answers, for documents js-yaml writes in every block style (property)', () => {
    const style = fc.record({
      indent: fc.constantFrom(2, 4),
      noArrayIndent: fc.boolean(),
      flowLevel: fc.constantFrom(-1, 1, 2),
      lineWidth: fc.constantFrom(-1, 16),
      comment: fc.constantFrom('', '# note\n', '  # indented note\n'),
    });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...KEYS), VALUES, { minKeys: 1, maxKeys: 4 }), style, (value, options) => {
        const body = dump(value, { indent: options.indent, noArrayIndent: options.noArrayIndent, flowLevel: options.flowLevel, lineWidth: options.lineWidth });
        // A comment at the top, in the middle (before a root key) and at the end.
        const lines = body.split('\n');
        const middle = lines.findIndex((line, i) => i > 0 && /^\S/.test(line));
        if (middle > 0) lines.splice(middle, 0, options.comment.replace(/\n$/, ''));
        const text = `${options.comment}${lines.join('\n')}${options.comment}`.replace(/\n\n$/, '\n');
        const exact = createYamlLocator('m.yaml', { index: 0, text, firstLine: 1, empty: false });
        for (const path of pathsOf(value)) {
          const answer = lineRange(text, path);
          if (answer !== undefined) expect(answer, `${JSON.stringify(path)} in\n${text}`).toEqual(exact.locate(path));
        }
      }),
      { numRuns: propertyRuns(2_000) },
    );
  }, HEAVY_TEST_TIMEOUT_MS);

  it.each([
    ['a key and its scalar', 'kind: Service\nspec:\n  type: NodePort\n', ['spec', 'type'], [3, 3, 3, 17]],
    ['a key and its block, to the line break after its last leaf', 'spec:\n  ports:\n  - port: 80\n    targetPort: 8080\nkind: X\n', ['spec'], [1, 1, 5, 1]],
    ['an item of a sequence at the key\'s column', 'ports:\n- port: 80\n- port: 81\n', ['ports', 1], [3, 3, 4, 1]],
    ['a one-line flow collection', 'spec:\n  selector: {app: web}\n', ['spec', 'selector'], [2, 3, 2, 23]],
  ] as const)('%s', (_name, text, path, [line, column, endLine, endColumn]) => {
    expect(lineRange(text, path)).toEqual({ file: 'm.yaml', line, column, endLine, endColumn });
  });

  it.each([
    ['a block scalar', 'data:\n  script: |\n    echo hi\n', ['data', 'script']],
    ['a comment after the block', 'spec:\n  a: 1\n  # the end\nkind: X\n', ['spec']],
    ['a path into a flow collection', 'spec: {ports: [{port: 80}]}\n', ['spec', 'ports']],
    ['a tab in the indentation', 'spec:\n\ta: 1\n', ['spec', 'a']],
    ['an anchor', 'spec: &s\n  a: 1\n', ['spec']],
    ['an empty value', 'spec:\nkind: X\n', ['spec']],
  ])('declines %s', (_name, text, path) => {
    expect(createLineLocator(text).locate(path)).toBeUndefined();
  });
});
