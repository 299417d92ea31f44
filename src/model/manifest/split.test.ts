import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/property.ts';
import { isWholeText, splitDocuments, splitEdited } from './split.ts';

describe('splitDocuments', () => {
  it.each([
    ['one bare document', 'a: 1\n', [{ firstLine: 1, text: 'a: 1\n', empty: false }]],
    ['leading comment then ---', '# c\n---\na: 1\n', [{ firstLine: 2, text: '   \na: 1\n', empty: false }]],
    [
      'two documents and a trailing empty one',
      'a: 1\n---\nb: 2\n---\n',
      [
        { firstLine: 1, text: 'a: 1', empty: false },
        { firstLine: 2, text: '   \nb: 2', empty: false },
        { firstLine: 4, text: '   \n', empty: true },
      ],
    ],
    [
      '... ends a document, no trailing newline',
      'a: 1\n...',
      [{ firstLine: 1, text: 'a: 1', empty: false }],
    ],
    ['content on the --- line', '--- {a: 1}\n', [{ firstLine: 1, text: '    {a: 1}\n', empty: false }]],
    ['CRLF line ends', 'a: 1\r\n---\r\nb: 2\r\n', [
      { firstLine: 1, text: 'a: 1', empty: false },
      { firstLine: 2, text: '   \nb: 2\n', empty: false },
    ]],
    ['only comments', '# nothing\n\n', []],
    ['--- inside text is not a marker unless at column 0', 'a: |\n  ---\n', [{ firstLine: 1, text: 'a: |\n  ---\n', empty: false }]],
  ])('%s', (_name, text, expected) => {
    const chunks = splitDocuments(text);
    expect(chunks.map(({ firstLine, text: t, empty }) => ({ firstLine, text: t, empty }))).toEqual(expected);
    chunks.forEach((c, i) => expect(c.index).toBe(i));
  });
});

describe('splitEdited', () => {
  /** Lines that cut a stream into documents or change its text, and lines that do not. */
  const LINE = fc.constantFrom('a: 1', '  b: 2', '- c', '# note', '', '---', '--- x', '...', '---x', '%YAML 1.2', 'a: 1\r', '  ---', ' ...');
  const TEXT = fc.array(LINE, { maxLength: 8 }).map((lines) => lines.join('\n'));
  const EDIT = fc.record({ at: fc.nat(), cut: fc.nat(6), insert: fc.oneof(TEXT, fc.constantFrom('-', '.', '%', '\n', '\r', 'x', '\n---', '\n...')) });

  it('splits an edited text as a full split does, whenever it takes the edit', () => {
    fc.assert(
      fc.property(TEXT, fc.array(EDIT, { maxLength: 4 }), (first, edits) => {
        let before = first;
        for (const { at, cut, insert } of edits) {
          const from = at % (before.length + 1);
          const after = before.slice(0, from) + insert + before.slice(from + cut);
          if (isWholeText(splitDocuments(before), before)) {
            const edited = splitEdited(before, after);
            if (edited !== undefined) expect(edited).toEqual(splitDocuments(after));
          }
          before = after;
        }
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  it('takes an edit inside a one-document text, and leaves a new marker to the full split', () => {
    const before = 'kind: List\nitems:\n- a: 1\n- b: 2\n';
    expect(splitEdited(before, before.replace('a: 1', 'a: 12'))).toEqual([{ index: 0, text: before.replace('a: 1', 'a: 12'), firstLine: 1, empty: false }]);
    expect(splitEdited(before, before.replace('- b: 2\n', '---\n- b: 2\n'))).toBeUndefined();
    expect(splitEdited(before, before.replace('- b', '%b'))).toBeUndefined();
    expect(splitEdited(before, before.replace('a: 1', 'a: 1\r'))).toBeUndefined();
  });
});
