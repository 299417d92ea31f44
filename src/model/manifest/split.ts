/**
 * Splits a YAML stream into its documents by the document markers, without parsing.
 *
 * YAML 1.2 §9.1.4 forbids `---` and `...` at the start of a line inside any document content
 * (c-forbidden), block scalars included, so a line scan finds exactly the boundaries a parser
 * would. This lets each document be parsed, cached and located on its own.
 */
import { changedRange } from './common-ends.ts';

export interface DocumentChunk {
  /** Index in the stream. */
  readonly index: number;
  /** The document's text; its line 1 is line `firstLine` of the file, columns unchanged. */
  readonly text: string;
  /** 1-based line of the file where `text` starts. */
  readonly firstLine: number;
  /** True when the chunk holds nothing but blanks and comments. */
  readonly empty: boolean;
}

/** A marker line: `---` or `...` followed by a blank, a tab or the end of the line. */
function markerAt(text: string, at: number): '---' | '...' | undefined {
  const head = text.startsWith('---', at) ? '---' : text.startsWith('...', at) ? '...' : undefined;
  if (!head) return undefined;
  const next = text[at + 3];
  return next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r' ? head : undefined;
}

export function splitDocuments(input: string): DocumentChunk[] {
  const text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  const chunks: DocumentChunk[] = [];
  // Without a line that could be a marker the text is one document (a dump's List): four native
  // searches instead of a visit to each of its three million lines.
  if (!mayHoldMarker(text)) {
    const empty = isBlank(text);
    return empty ? [] : [{ index: 0, text: stripDirectives(text, false), firstLine: 1, empty }];
  }
  let start = 0; // offset where the current document's text begins
  let firstLine = 1;
  let explicit = false;
  let line = 1;

  const close = (end: number, prefix: string): void => {
    const body = prefix + text.slice(start, end);
    const empty = isBlank(body);
    // An implicit document that holds only comments is stream padding, not a document.
    if (explicit || !empty) chunks.push({ index: chunks.length, text: stripDirectives(body, explicit), firstLine, empty });
  };

  // Only lines that begin with `-` or `.` can be markers: jump from one line start to the next.
  let pending = '';
  for (let at = 0; at <= text.length; ) {
    const marker = markerAt(text, at);
    const eol = text.indexOf('\n', at);
    const next = eol < 0 ? text.length + 1 : eol + 1;
    if (marker === '---') {
      close(at === 0 ? 0 : at - 1, pending);
      // `--- {a: 1}` or `--- |` keeps its content; blanking the marker keeps columns true.
      pending = '   ';
      start = at + 3;
      firstLine = line;
      explicit = true;
    } else if (marker === '...') {
      close(at === 0 ? 0 : at - 1, pending);
      pending = '';
      start = next;
      firstLine = line + 1;
      explicit = false;
    }
    at = next;
    line += 1;
  }
  if (start <= text.length) close(text.length, pending);
  return chunks;
}

/**
 * The documents of `text` when it is `before` edited and `before` was one document as it stood (no
 * carriage return, marker or directive changed it): still that, unless the lines the edit touched
 * start a marker or a directive or it brought a carriage return; undefined then, or when `before`
 * was not such a document. A keystroke in a 14 MB dump looks at its own line, not at 14 MB.
 */
export function splitEdited(before: string, text: string): DocumentChunk[] | undefined {
  const { start, afterEnd } = changedRange(before, text);
  if (text.slice(start, afterEnd).includes('\r')) return undefined;
  // Every line start from the edited line's to the end of the inserted text.
  for (let at = text.lastIndexOf('\n', start - 1) + 1; at <= afterEnd; ) {
    if (text.startsWith('---', at) || text.startsWith('...', at) || text.startsWith('%', at)) return undefined;
    const eol = text.indexOf('\n', at);
    if (eol < 0) break;
    at = eol + 1;
  }
  return isBlank(text) ? [] : [{ index: 0, text, firstLine: 1, empty: false }];
}

/** True when the chunks are the text itself, one document that neither markers nor directives cut. */
export function isWholeText(chunks: readonly DocumentChunk[], text: string): boolean {
  return chunks.length === 1 && chunks[0]?.text === text && chunks[0].firstLine === 1;
}

function mayHoldMarker(text: string): boolean {
  return text.startsWith('---') || text.startsWith('...') || text.includes('\n---') || text.includes('\n...');
}

/** Directives (%YAML, %TAG) only stand before a `---`; they mean nothing to the model. */
function stripDirectives(body: string, explicit: boolean): string {
  // A directive starts a line: a dump's `100%` in an annotation is no reason to rewrite 100 MB.
  if (explicit || !(body.startsWith('%') || body.includes('\n%'))) return body;
  return body.replace(/^%.*$/gm, '');
}

function isBlank(text: string): boolean {
  return /^(?:[ \t]*(?:#.*)?(?:\n|$))*$/.test(text);
}
