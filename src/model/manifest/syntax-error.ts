/**
 * A document js-yaml refused: where the fault is and what it is. `yaml` explains better and
 * recovers, so it gives the words and the offsets; js-yaml's own mark is the fallback for what
 * only js-yaml refuses (an unknown tag). Every position is counted from the text (positions.ts)
 * and lies inside it.
 */
import jsyaml from 'js-yaml';
import { parseDocument } from 'yaml';
import { describeDepthOverflow } from './depth.ts';
import { lineStartsOf, rangeAt, type TextRange } from './positions.ts';

export interface SyntaxProblem extends TextRange {
  readonly message: string;
}

export function describeSyntaxError(text: string, error: unknown): SyntaxProblem[] {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  // `yaml` turns its own stack overflow into an error of the document: that is nesting too deep
  // to read, said in the words the depth check uses, never the engine's.
  if (doc.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION')) return describeDepthOverflow(text);
  const lineStarts = lineStartsOf(text);
  if (doc.errors.length > 0) {
    return doc.errors.map((e) => ({ ...rangeAt(text, e.pos[0], e.pos[1], lineStarts), message: firstLine(e.message) }));
  }
  if (!(error instanceof jsyaml.YAMLException)) throw error;
  // js-yaml drops a leading byte-order mark before counting, and may point one past the text (it
  // appends a newline): positionAt clamps that onto the last line.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const at = (error.mark?.position ?? 0) + bom;
  return [{ ...rangeAt(text, at, at + 1, lineStarts), message: error.reason }];
}

/** `yaml` may append the position within the document and a code excerpt; the diagnostic carries the position itself. */
export function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
