/**
 * How a manifest's text crosses to the model worker. postMessage copies a string on the page's
 * thread: a 14 MB cluster dump held the page 100–270 ms on every build, the keystrokes inside it
 * included. So a text goes whole only to a worker that holds none under its name yet; a text that
 * is still a file's, as that File (a handle the worker reads itself); and after that, each build
 * sends only the stretch that changed since the text the worker holds.
 *
 * Both sides keep the last text of each name, one sender per worker and the receiver inside it. A
 * worker that fails is replaced, with a new sender that starts again from whole texts.
 *
 * Finding the stretch that changed reads both texts, and reading a text the editor has just handed
 * over makes V8 copy all of it into one string first (its getValue is a rope of the editor's
 * pieces): 25-60 ms of the page's thread for each edit of a dump, collection included. So the editor
 * notes each edit it reports as its change events describe it (noteEdit), and the sender uses those
 * notes when they lead from the text the worker holds to the one it sends.
 */
import { changedRange, type ManifestSource } from '../model/index.ts';

/** A source as the page asks for its build: its text, and the file it was read from while it is that file's. */
export interface RequestSource extends ManifestSource {
  readonly file?: Blob;
}

/** The stretch `[start, end)` of a text of length `base` replaced by `insert`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
  readonly base: number;
}

/** A source on its way to the worker: whole, as the file to read (of `length` characters), or as an edit. */
export type SourceDelivery =
  | { readonly name: string; readonly text: string }
  | { readonly name: string; readonly file: Blob; readonly length: number }
  | { readonly name: string; readonly edit: TextEdit };

/**
 * `second` after `first`, as one edit of `first`'s text; none when `second` reaches text that
 * `first` did not insert (the text between would have to be read from the old one).
 */
export function composeEdits(first: TextEdit, second: TextEdit): TextEdit | undefined {
  const inserted = first.start + first.insert.length;
  const grown = first.insert.length - (first.end - first.start);
  if (second.base !== first.base + grown) return undefined;
  // The union of the two in the middle text: [from, to).
  const from = Math.min(first.start, second.start);
  const to = Math.max(inserted, second.end);
  if (second.start > inserted || second.end < first.start) return undefined;
  const head = second.start > first.start ? first.insert.slice(0, second.start - first.start) : '';
  const tail = second.end < inserted ? first.insert.slice(second.end - first.start) : '';
  return { start: from, end: to - grown, insert: head + second.insert + tail, base: first.base };
}

/** An edit the editor reported, as it described it: `before` became `after`. */
interface NotedEdit {
  readonly before: string;
  readonly after: string;
  readonly edit: TextEdit;
}
/** The edits noted since the last text was sent: each one's `before` the `after` of the one before it. */
let noted: NotedEdit[] = [];
/** More notes than this between two sends: the oldest go (the sender then compares the texts). */
const MOST_NOTES = 8;

/** The editor turned `before` into `after` by `edit` (of `before`): sending `after` needs no reading of either. */
export function noteEdit(before: string, after: string, edit: TextEdit): void {
  noted.push({ before, after, edit });
  if (noted.length > MOST_NOTES) noted.shift();
}

/** The notes' edit from `before` to `after`, when they lead there; they are used up either way. */
function notedEditBetween(before: string, after: string): TextEdit | undefined {
  const notes = noted;
  noted = [];
  let at = notes.length - 1;
  // Strings compare by content: the same object answers at once, and so does another length.
  if (at < 0 || notes[at]?.after !== after) return undefined;
  let edit: TextEdit | undefined = notes[at]?.edit;
  while (edit !== undefined && notes[at]?.before !== before) {
    const earlier: NotedEdit | undefined = notes[at - 1];
    if (earlier === undefined || earlier.after !== notes[at]?.before) return undefined;
    edit = composeEdits(earlier.edit, edit);
    at -= 1;
  }
  return edit;
}

/** The edit that makes `after` of `before`; none when it would carry most of `after` (another text altogether). */
function editBetween(before: string, after: string): TextEdit | undefined {
  const known = notedEditBetween(before, after);
  if (known !== undefined) return known.insert.length > after.length / 2 ? undefined : known;
  const { start, beforeEnd, afterEnd } = changedRange(before, after);
  if (afterEnd - start > after.length / 2) return undefined;
  return { start, end: beforeEnd, insert: after.slice(start, afterEnd), base: before.length };
}

/** The page's side, for one worker: what to send so that the worker ends up holding `sources`. */
export function sourceSender(): (sources: readonly RequestSource[]) => SourceDelivery[] {
  const held = new Map<string, string>();
  return (sources) =>
    sources.map(({ name, text, file }) => {
      const before = held.get(name);
      held.set(name, text);
      const edit = before === undefined ? undefined : editBetween(before, text);
      if (edit !== undefined) return { name, edit };
      return file === undefined ? { name, text } : { name, file, length: text.length };
    });
}

/**
 * The worker's side: the texts that `deliveries` stand for. `readText` reads a file as the page did
 * (FileReader's decoding). Throws when a delivery does not fit what the worker holds: the worker
 * then fails and is replaced, and its replacement is sent whole texts.
 */
export function sourceReceiver(readText: (file: Blob) => string): (deliveries: readonly SourceDelivery[]) => ManifestSource[] {
  const held = new Map<string, string>();
  function textOf(delivery: SourceDelivery): string {
    if ('text' in delivery) return delivery.text;
    if ('file' in delivery) {
      const text = readText(delivery.file);
      if (text.length !== delivery.length) throw new Error(`${delivery.name} reads as ${text.length} characters, not the page's ${delivery.length}: the file changed`);
      return text;
    }
    const before = held.get(delivery.name);
    const { start, end, insert, base } = delivery.edit;
    if (before?.length !== base) throw new Error(`an edit of ${delivery.name} arrived for a text of ${base} characters; the worker holds ${before === undefined ? 'none' : before.length}`);
    return before.slice(0, start) + insert + before.slice(end);
  }
  return (deliveries) =>
    deliveries.map((delivery) => {
      const text = textOf(delivery);
      held.set(delivery.name, text);
      return { name: delivery.name, text };
    });
}
