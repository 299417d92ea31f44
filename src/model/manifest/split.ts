/**
 * Splits a YAML stream into its documents by the document markers, without parsing.
 *
 * YAML 1.2 §9.1.4 forbids `---` and `...` at the start of a line inside any document content
 * (c-forbidden), block scalars included, so a line scan finds exactly the boundaries a parser
 * would. This lets each document be parsed, cached and located on its own.
 */
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

const START = /^---(?=[ \t]|$)/;
const END = /^\.\.\.(?=[ \t]|$)/;

export function splitDocuments(text: string): DocumentChunk[] {
  const lines = text.split(/\r\n|\n|\r/);
  const chunks: DocumentChunk[] = [];
  let current: string[] = [];
  let firstLine = 1;
  let explicit = false;

  const close = (): void => {
    const body = current.join('\n');
    const empty = isBlank(body);
    // An implicit document that holds only comments is stream padding, not a document.
    if (explicit || !empty) chunks.push({ index: chunks.length, text: body, firstLine, empty });
    current = [];
    explicit = false;
  };

  lines.forEach((line, i) => {
    if (START.test(line)) {
      close();
      firstLine = i + 1;
      explicit = true;
      // `--- {a: 1}` or `--- |` keeps its content; blanking the marker keeps columns true.
      current.push('   ' + line.slice(3));
    } else if (END.test(line)) {
      close();
      firstLine = i + 2;
    } else {
      if (current.length === 0 && !explicit) firstLine = i + 1;
      // Directives (%YAML, %TAG) only stand before a `---`; they mean nothing to the model.
      current.push(!explicit && line.startsWith('%') ? '' : line);
    }
  });
  close();
  return chunks;
}

function isBlank(text: string): boolean {
  return /^(?:[ \t]*(?:#.*)?(?:\n|$))*$/.test(text);
}
