/**
 * Offsets of a document's text → 1-based line and column, counted from the text itself.
 *
 * `yaml`'s LineCounter cannot be trusted for this: it learns a newline only when its Parser emits
 * a newline token, and the tokens its error recovery swallows (a plain scalar that runs over a
 * line break inside a broken flow collection, an error token) carry newlines it never hears of.
 * `*{--\n0,` put the comma at 1:7 that way, on a line of four characters.
 */

/** Where a problem is in a document, 1-based, end exclusive, as a diagnostic carries it. */
export interface TextRange {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Offsets where each line begins: 0, then one past every `\n` (chunks are `\n`-only, see split.ts). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The line and column of an offset, clamped into the text: at worst one past a line's last character. */
export function positionAt(lineStarts: readonly number[], textLength: number, offset: number): { line: number; column: number } {
  const at = Math.min(Math.max(0, Math.trunc(offset) || 0), textLength);
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= at) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: at - (lineStarts[low] ?? 0) + 1 };
}

/** The range of offsets [start, end) of `text`; an end before the start is taken as the start. */
export function rangeAt(text: string, start: number, end: number, lineStarts: readonly number[] = lineStartsOf(text)): TextRange {
  const from = positionAt(lineStarts, text.length, start);
  const to = positionAt(lineStarts, text.length, Math.max(start, end));
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}
