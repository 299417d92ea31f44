/**
 * Reports the user's edits from Monaco's model as whole texts. Reading the whole text costs with
 * megabytes of it, so edits to a large text are reported after a pause in typing (and at once when
 * the editor loses focus or the page is hidden, see pending-edit.ts). Each report says whether the
 * edit replaced most of the text at once (a paste over everything): the store then puts the old
 * text aside, so the user can get it back. It also says when the user made its first change, so
 * that keystroke-to-graph counts the pause too (latency.ts). And it notes what the change events say
 * changed (noteEdit), so that nothing reads megabytes of text just to find the keystroke again.
 */
import type { editor } from 'monaco-editor/editor';
import { composeEdits, noteEdit, type TextEdit } from '../../../worker/text-delivery.ts';
import { holdEdit } from './pending-edit.ts';

/** Characters above which edits are reported after a pause rather than on every keystroke. */
export const LARGE_TEXT = 1_000_000;
/**
 * Shorter than the gap between two keys of most typists, so a word is built once it is typed.
 * Builds that land between slower keys delay the next key's paint by 16-60 ms in a 5,000-object
 * dump; at 400 ms, a person waited 550-650 ms from their last key to its graph, against 300-450.
 */
export const LARGE_TEXT_PAUSE_MS = 200;
/** A change that replaces at least half of a text of this many characters "replaced most" of it. */
const REPLACED_MOST_MIN = 100;

export interface EditReporter {
  /** The text last reported or set: what the store holds, known without reading the model. */
  readonly known: string;
  /** Replaces the text from outside (an example, a share link) without reporting it as an edit. */
  replaceQuietly(text: string, change: () => void): void;
  /** Reports a held-back edit now. */
  flush(): void;
  dispose(): void;
}

/** `since`: the performance.now() of the first change it reports, the keystroke a person waits from. */
export type EditListener = (text: string, replacedMost: boolean, since: number) => void;

export function reportEdits(model: editor.ITextModel, initial: string, onChange: EditListener): EditReporter {
  let known = initial;
  let length = model.getValueLength();
  let quiet = false;
  let replacedMost = false;
  let since: number | undefined;
  /** What changed since `known`, as the events told it; false once they no longer tell it whole. */
  let changed: TextEdit | false | undefined;
  /**
   * Whether the model's text is `known`, character for character. A text put in from outside may
   * not be: Monaco turns its line ends into the model's. Checked at the first edit after it.
   */
  let faithful: boolean | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function cancel(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    holdEdit(undefined);
  }
  function deliver(): void {
    cancel();
    const most = replacedMost;
    const first = since ?? performance.now();
    const edit = changed;
    replacedMost = false;
    since = undefined;
    changed = undefined;
    const before = known;
    known = model.getValue();
    faithful = true;
    // follow() began each edit at `known`; one that does not end at the model's length was misread.
    if (edit && length === before.length + edit.insert.length - (edit.end - edit.start)) noteEdit(before, known, edit);
    onChange(known, most, first);
  }

  /** Follows the event's changes, each of the text the one before it left (Monaco lists them from the end). */
  function follow(changes: readonly editor.IModelContentChange[], before: number): void {
    if (changed === false) return;
    faithful ??= before === known.length && !known.includes('\r');
    if (!faithful) {
      changed = false;
      return;
    }
    let base = before;
    for (const { rangeOffset, rangeLength, text } of changes) {
      const edit: TextEdit = { start: rangeOffset, end: rangeOffset + rangeLength, insert: text, base };
      changed = changed === undefined ? edit : (composeEdits(changed, edit) ?? false);
      if (changed === false) return;
      base += text.length - rangeLength;
    }
  }

  const listener = model.onDidChangeContent((event) => {
    const before = length;
    length = model.getValueLength();
    if (quiet) return;
    since ??= performance.now();
    follow(event.changes, before);
    replacedMost ||= before >= REPLACED_MOST_MIN && event.changes.some((change) => change.rangeLength >= before / 2);
    // Typing in a large text waits for a pause; a paste that makes a text large is reported at once.
    if (before <= LARGE_TEXT) {
      deliver();
      return;
    }
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(deliver, LARGE_TEXT_PAUSE_MS);
    holdEdit(deliver);
  });

  return {
    get known() {
      return known;
    },
    replaceQuietly(text, change) {
      // The replacement wins over an edit still held back (the page flushes edits before replacing).
      cancel();
      replacedMost = false;
      since = undefined;
      changed = undefined;
      faithful = undefined;
      quiet = true;
      try {
        change();
      } finally {
        quiet = false;
      }
      known = text;
    },
    flush() {
      if (timer !== undefined) deliver();
    },
    dispose() {
      cancel();
      listener.dispose();
    },
  };
}
