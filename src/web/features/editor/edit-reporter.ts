/**
 * Reports the user's edits from Monaco's model as whole texts. Reading the whole text costs with
 * megabytes of it, so edits to a large text are reported after a pause in typing (and at once when
 * the editor loses focus or the page is hidden, see pending-edit.ts). Each report says whether the
 * edit replaced most of the text at once (a paste over everything): the store then puts the old
 * text aside, so the user can get it back. It also says when the user made its first change, so
 * that keystroke-to-graph counts the pause too (latency.ts).
 */
import type { editor } from 'monaco-editor/editor';
import { holdEdit } from './pending-edit.ts';

/** Characters above which edits are reported after a pause rather than on every keystroke. */
export const LARGE_TEXT = 1_000_000;
export const LARGE_TEXT_PAUSE_MS = 400;
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
    replacedMost = false;
    since = undefined;
    known = model.getValue();
    onChange(known, most, first);
  }

  const listener = model.onDidChangeContent((event) => {
    const before = length;
    length = model.getValueLength();
    if (quiet) return;
    since ??= performance.now();
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
