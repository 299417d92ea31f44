/**
 * An edit inside one item of a `kind: List`, found without parsing the List again.
 *
 * `kubectl get -o yaml` prints a whole cluster as one YAML document, so the parse cache, which
 * works per document, re-parsed all of it on every keystroke (0.5 s for 5,000 objects). When the
 * text before and after the changed characters is the old text, the change lies inside one item,
 * and that item is still one item (each of its later lines stands deeper than its `- `, or is
 * blank or a comment), then the new document is the old one with that item replaced: in YAML
 * nothing else can read an item's lines, except an alias to an anchor, which is why an item
 * with `&` in it is never taken alone.
 */
import { changedRange } from './common-ends.ts';
import { findJsonListItems, type ItemSpan } from './list-items.ts';

export interface ListEdit {
  /** Index of the edited item. */
  readonly item: number;
  /** The item's new text, a string of its own (a slice would keep the whole dump alive). */
  readonly text: string;
  /** Lines the edit added; negative when it removed some. */
  readonly lineShift: number;
  /** Every item's place in the new text. */
  readonly spans: readonly ItemSpan[];
}

/**
 * The edit that turns `before` into `after`, when it lies inside one item of the List whose
 * items stand at `spans` in `before`; undefined when it does not (the caller parses it all).
 */
export function findListEdit(before: string, after: string, spans: readonly ItemSpan[]): ListEdit | undefined {
  if (before === after || spans.length === 0) return undefined;
  const { start, beforeEnd: oldEnd, afterEnd } = changedRange(before, after);
  const item = lastSpanFrom(spans, start);
  const span = spans[item];
  if (span === undefined) return undefined;
  // The `- ` (or `{`) that opens the item, and the end that closes it, stay as they were.
  const opening = span.from + span.indent + (span.json ? 1 : 2);
  const closing = span.json ? span.to - 1 : span.to;
  if (start < opening || oldEnd > closing) return undefined;
  const shift = after.length - before.length;
  const text = ownString(after.slice(span.from, span.to + shift));
  const old = before.slice(span.from, span.to);
  if (text.includes('&') || old.includes('&')) return undefined;
  if (!(span.json ? closesAtItsEnd(text) : staysOneItem(text, span.indent))) return undefined;
  const lineShift = countLines(after, start, afterEnd) - countLines(before, start, oldEnd);
  return { item, text, lineShift, spans: spans.map((s, i) => (i < item ? s : movedSpan(s, i === item, shift, lineShift))) };
}

function movedSpan(span: ItemSpan, edited: boolean, shift: number, lineShift: number): ItemSpan {
  if (edited) return { ...span, end: span.end + lineShift, to: span.to + shift };
  return { ...span, start: span.start + lineShift, end: span.end + lineShift, from: span.from + shift, to: span.to + shift };
}

/** Every line after the first stands deeper than the item's `- `, or holds nothing but a comment. */
function staysOneItem(text: string, indent: number): boolean {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const content = line.trimStart();
    if (content !== '' && !content.startsWith('#') && line.length - line.replace(/^ +/, '').length <= indent) return false;
  }
  return true;
}

/** The JSON item ends where its text ends, as the scan of the whole List would find it. */
function closesAtItsEnd(text: string): boolean {
  const head = '{"items": [\n';
  const spans = findJsonListItems(`${head}${text}\n]}`, 1);
  return spans?.[0]?.to === head.length + text.length;
}

/** Index of the last span that starts at or before `offset`; -1 when none does. */
function lastSpanFrom(spans: readonly ItemSpan[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((spans[mid]?.from ?? Infinity) <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) lines += 1;
  return lines;
}

/** A copy that holds its own characters: joining makes a new string, where a slice points into its parent. */
function ownString(slice: string): string {
  return slice.split('\n').join('\n');
}
