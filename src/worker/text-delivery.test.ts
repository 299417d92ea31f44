import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../model/testing/property.ts';
import { composeEdits, noteEdit, sourceReceiver, sourceSender, type RequestSource, type TextEdit } from './text-delivery.ts';

const NAME = 'manifest.yaml';
const DUMP = 'apiVersion: v1\nkind: List\nitems:\n' + '- kind: Pod\n  metadata:\n    name: web\n'.repeat(200);

/** Reads the fake files of these tests: each holds its text in a map. */
function fakeFiles() {
  const texts = new Map<Blob, string>();
  return {
    file(text: string): Blob {
      const blob = new Blob([]);
      texts.set(blob, text);
      return blob;
    },
    read: (file: Blob): string => texts.get(file) ?? '',
  };
}

/** A change to a text: the stretch [from, from + removed) replaced by `insert`, places as fractions of its length. */
const change = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), removed: fc.nat(40), insert: fc.string({ maxLength: 30 }), whole: fc.boolean() });

describe('text delivery to the worker', () => {
  it('ends with the worker holding every text the page sent, whatever the edits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.array(change, { maxLength: 25 }), (first, changes) => {
        const send = sourceSender();
        const receive = sourceReceiver(() => '');
        let text = first;
        expect(receive(send([{ name: NAME, text }]))).toEqual([{ name: NAME, text }]);
        for (const { at, removed, insert, whole } of changes) {
          const from = Math.floor(at * text.length);
          text = whole ? insert : text.slice(0, from) + insert + text.slice(from + removed);
          expect(receive(send([{ name: NAME, text }]))).toEqual([{ name: NAME, text }]);
        }
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('sends a keystroke in a large text as that keystroke alone', () => {
    const send = sourceSender();
    expect(send([{ name: NAME, text: DUMP }])).toEqual([{ name: NAME, text: DUMP }]);
    const typed = DUMP.replace('name: web', 'name: webs');
    const [delivery] = send([{ name: NAME, text: typed }]);
    expect(delivery).toEqual({ name: NAME, edit: { start: DUMP.indexOf('name: web') + 'name: web'.length, end: DUMP.indexOf('name: web') + 'name: web'.length, insert: 's', base: DUMP.length } });
  });

  it('sends another text whole rather than as an edit of the old one', () => {
    const send = sourceSender();
    send([{ name: NAME, text: DUMP }]);
    expect(send([{ name: NAME, text: 'kind: Service\n' }])).toEqual([{ name: NAME, text: 'kind: Service\n' }]);
  });

  it('sends a text still its file as the file, which the worker reads', () => {
    const files = fakeFiles();
    const file = files.file(DUMP);
    const source: RequestSource = { name: NAME, text: DUMP, file };
    const send = sourceSender();
    const receive = sourceReceiver(files.read);
    // After another text, as a file opened over an example is.
    receive(send([{ name: NAME, text: 'kind: Service\n' }]));
    const [delivery] = send([source]);
    expect(delivery).toEqual({ name: NAME, file, length: DUMP.length });
    expect(receive([delivery!])).toEqual([{ name: NAME, text: DUMP }]);
    // Then edits of it, as of any text.
    const typed = `${DUMP}# end\n`;
    expect(receive(send([{ name: NAME, text: typed, file }]))).toEqual([{ name: NAME, text: typed }]);
  });

  it('refuses a file that no longer reads as the text the page holds', () => {
    const files = fakeFiles();
    const receive = sourceReceiver(files.read);
    expect(() => receive([{ name: NAME, file: files.file('kind: Pod\n'), length: DUMP.length }])).toThrow(/the file changed/);
  });

  it('refuses an edit of a text it does not hold, as a fresh worker would be sent one by mistake', () => {
    const receive = sourceReceiver(() => '');
    expect(() => receive([{ name: NAME, edit: { start: 0, end: 0, insert: 'x', base: 10 } }])).toThrow(/holds none/);
    receive([{ name: NAME, text: 'abc' }]);
    expect(() => receive([{ name: NAME, edit: { start: 0, end: 0, insert: 'x', base: 10 } }])).toThrow(/holds 3/);
  });

  it('sends the edits the editor noted as they were noted, one after another composed into one', () => {
    const send = sourceSender();
    const receive = sourceReceiver(() => '');
    receive(send([{ name: NAME, text: DUMP }]));
    const at = DUMP.indexOf('name: web') + 'name: '.length;
    // "web" selected and typed over with "wex", then "s": comparing the texts would find "xs" alone.
    const typed = DUMP.slice(0, at) + 'wex' + DUMP.slice(at + 3);
    noteEdit(DUMP, typed, { start: at, end: at + 3, insert: 'wex', base: DUMP.length });
    const more = typed.slice(0, at + 3) + 's' + typed.slice(at + 3);
    noteEdit(typed, more, { start: at + 3, end: at + 3, insert: 's', base: typed.length });
    const [delivery] = send([{ name: NAME, text: more }]);
    expect(delivery).toEqual({ name: NAME, edit: { start: at, end: at + 3, insert: 'wexs', base: DUMP.length } });
    expect(receive([delivery!])).toEqual([{ name: NAME, text: more }]);
  });

  it('compares the texts when the notes do not lead from the text the worker holds', () => {
    const send = sourceSender();
    const receive = sourceReceiver(() => '');
    receive(send([{ name: NAME, text: DUMP }]));
    const other = `${DUMP}# a\n`;
    const typed = `${other}# b\n`;
    // A note of an edit of a text the worker never had: the worker holds DUMP.
    noteEdit(other, typed, { start: other.length, end: other.length, insert: '# b\n', base: other.length });
    const [delivery] = send([{ name: NAME, text: typed }]);
    expect(delivery).toEqual({ name: NAME, edit: { start: DUMP.length, end: DUMP.length, insert: '# a\n# b\n', base: DUMP.length } });
    expect(receive([delivery!])).toEqual([{ name: NAME, text: typed }]);
  });

  it('composes two edits into one that makes the same text, or declines when they leave old text between them', () => {
    const apply = (text: string, { start, end, insert }: TextEdit): string => text.slice(0, start) + insert + text.slice(end);
    const edit = (text: string) =>
      fc.tuple(fc.nat(text.length), fc.nat(8), fc.string({ maxLength: 6 })).map(([a, removed, insert]): TextEdit => ({ start: a, end: Math.min(text.length, a + removed), insert, base: text.length }));
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }).chain((text) => fc.tuple(fc.constant(text), edit(text))),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(8),
        fc.string({ maxLength: 6 }),
        ([text, first], at, removed, insert) => {
          const middle = apply(text, first);
          // Mostly next to or inside the first edit, as typing is; sometimes anywhere.
          const near = first.start + Math.floor(at * (first.insert.length + 4)) - 2;
          const start = Math.max(0, Math.min(middle.length, at < 0.9 ? near : Math.floor(at * middle.length)));
          const second: TextEdit = { start, end: Math.min(middle.length, start + removed), insert, base: middle.length };
          const both = composeEdits(first, second);
          const inserted = first.start + first.insert.length;
          expect(both === undefined).toBe(second.start > inserted || second.end < first.start);
          if (both !== undefined) expect(apply(text, both)).toBe(apply(middle, second));
        },
      ),
      { numRuns: propertyRuns(500) },
    );
  });
});
