import { describe, expect, it } from 'vitest';
import { splitDocuments } from './split.ts';

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
