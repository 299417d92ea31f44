/**
 * Reports the user's edits from Monaco's model as whole texts. Reading the whole text costs with
 * megabytes of it, so edits to a large text are reported after a pause in typing (and at once when
 * the editor loses focus or the page is hidden, see pending-edit.ts). Each report says whether the
 * edit replaced most of the text at once (a paste over everything): the store then puts the old
 * text aside, so the user can get it back.
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

export function reportEdits(model: editor.ITextModel, initial: string, onChange: (text: string, replacedMost: boolean) => void): EditReporter {
  let known = initial;
  let length = model.getValueLength();
  let quiet = false;
  let replacedMost = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function cancel(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    holdEdit(undefined);
  }
  function deliver(): void {
    cancel();
    const most = replacedMost;
    replacedMost = false;
    known = model.getValue();
    onChange(known, most);
  }

  const listener = model.onDidChangeContent((event) => {
    const before = length;
    length = model.getValueLength();
    if (quiet) return;
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
