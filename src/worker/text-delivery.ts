/**
 * How a manifest's text crosses to the model worker. postMessage copies a string on the page's
 * thread: a 14 MB cluster dump held the page 100–270 ms on every build, the keystrokes inside it
 * included. So a text goes whole only to a worker that holds none under its name yet; a text that
 * is still a file's, as that File (a handle the worker reads itself); and after that, each build
 * sends only the stretch that changed since the text the worker holds.
 *
 * Both sides keep the last text of each name, one sender per worker and the receiver inside it. A
 * worker that fails is replaced, with a new sender that starts again from whole texts.
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

/** The edit that makes `after` of `before`; none when it would carry most of `after` (another text altogether). */
function editBetween(before: string, after: string): TextEdit | undefined {
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
