/**
 * Syntax errors of documents too large for `yaml` to describe. `yaml` explains errors best, but
 * it checks a mapping's keys against every key before them (compose/util-map-includes.ts
 * mapIncludes): 50 MB of repeated `kind: Service` lines, one mapping of 3.5 million keys, never
 * finished and took a browser tab to 11 GB. So past a size, duplicate keys are found in one pass
 * of js-yaml, with `yaml`'s words and positions, and any other error is js-yaml's first one. Either
 * way a document reports its first few errors, then how many more it has.
 */
import jsyaml, { CORE_SCHEMA } from 'js-yaml';
import { findLineStarts, offsetPosition } from './locate.ts';

/** A syntax error within one document: 1-based, end exclusive, as parse.ts reports them. */
export interface SyntaxErrorAt {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

/** The errors a document reports one by one; the rest are counted in a last line. */
export const MAX_ERRORS_PER_DOCUMENT = 10;

/** Up to here `yaml` describes every error of a document; 18,000 duplicate keys cost it a third of a second. */
export const DESCRIBED_DOCUMENT_BYTES = 256 * 1024;

/** From here a document of duplicate keys is scanned: `yaml` would take seconds. */
const SCANNED_DOCUMENT_BYTES = 64 * 1024;

/** `yaml`'s message for a repeated key (compose/resolve-block-map.ts, resolve-flow-collection.ts). */
const DUPLICATE_KEY = 'Map keys must be unique';

/** The first errors, then `… and N more` at the first one left out. */
export function capErrors(errors: readonly SyntaxErrorAt[], total = errors.length): SyntaxErrorAt[] {
  if (total <= MAX_ERRORS_PER_DOCUMENT) return [...errors];
  const shown = errors.slice(0, MAX_ERRORS_PER_DOCUMENT);
  const next = errors[MAX_ERRORS_PER_DOCUMENT] ?? errors.at(-1);
  const more = total - shown.length;
  const summary = `… and ${String(more).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} more YAML error${more === 1 ? '' : 's'} in this document`;
  return next ? [...shown, { ...next, message: summary }] : shown;
}

/**
 * The errors of a document js-yaml refused, when it is too large for `yaml`; undefined when
 * `yaml` may describe them. Never more than MAX_ERRORS_PER_DOCUMENT + 1 entries.
 */
export function describeLargeDocument(text: string, error: unknown): SyntaxErrorAt[] | undefined {
  // Anything but a syntax error (a stack overflow on deep nesting) is parse.ts's to describe.
  if (text.length <= SCANNED_DOCUMENT_BYTES || !(error instanceof jsyaml.YAMLException)) return undefined;
  const found = error.reason === 'duplicated mapping key' ? findDuplicateKeys(text) : undefined;
  if (found && found.total > 0) return capErrors(found.first, found.total);
  if (text.length <= DESCRIBED_DOCUMENT_BYTES) return undefined;
  const line = error.mark.line + 1;
  const column = error.mark.column + 1;
  const reason = error.reason;
  const size = `${Math.round(DESCRIBED_DOCUMENT_BYTES / 1024)} KiB`;
  return [{ line, column, endLine: line, endColumn: column + 1, message: `${reason} (a document over ${size} is checked up to its first error only)` }];
}

interface Frame {
  /** Children closed so far: keys and values alternate in a mapping. */
  children: number;
  /** Keys seen, by type and value; made on the first key. */
  keys?: Set<string>;
  /** Offsets of the repeated keys (the first few) and how many there are. */
  repeated?: number[];
  count: number;
}

/**
 * Every repeated key of every mapping, in one pass: the keys `yaml` would call duplicates (scalars
 * of the same type and value, compose/util-map-includes.ts), at the offset `yaml` reports, after
 * any anchor or tag. Undefined when the document has another error (js-yaml refuses it even with
 * duplicates allowed).
 */
export function findDuplicateKeys(text: string): { first: SyntaxErrorAt[]; total: number } | undefined {
  const stack: Frame[] = [{ children: 0, count: 0 }];
  const offsets: number[] = [];
  let total = 0;
  const starts: number[] = [];
  try {
    jsyaml.load(text, {
      schema: CORE_SCHEMA,
      // json: a repeated key overrides the one before instead of failing, so the pass goes on.
      json: true,
      listener(event, state) {
        if (event === 'open') {
          starts.push(state.position);
          stack.push({ children: 0, count: 0 });
          return;
        }
        const frame = stack.pop();
        const start = starts.pop() ?? 0;
        const parent = stack.at(-1);
        if (!frame || !parent) return;
        // A mapping's repeated keys count once it is known to be a mapping.
        if (state.kind === 'mapping' && frame.count > 0) {
          total += frame.count;
          offsets.push(...(frame.repeated ?? []));
        }
        const isKey = parent.children % 2 === 0;
        parent.children += 1;
        if (!isKey || state.kind !== 'scalar') return;
        const identity = `${typeof state.result}:${String(state.result)}`;
        parent.keys ??= new Set();
        if (!parent.keys.has(identity)) {
          parent.keys.add(identity);
          return;
        }
        parent.count += 1;
        parent.repeated ??= [];
        if (parent.repeated.length <= MAX_ERRORS_PER_DOCUMENT) parent.repeated.push(keyOffset(text, start));
      },
    });
  } catch {
    return undefined;
  }
  const first = offsets.sort((a, b) => a - b).slice(0, MAX_ERRORS_PER_DOCUMENT + 1);
  // Lines are counted only as far as the last error shown: the document may be 50 MB long.
  const lineStarts = findLineStarts(text.slice(0, (first.at(-1) ?? 0) + 1));
  return {
    first: first.map((offset) => {
      const { line, col } = offsetPosition(lineStarts, offset);
      return { line, column: col, endLine: line, endColumn: col + 1, message: DUPLICATE_KEY };
    }),
    total,
  };
}

/** Where `yaml` places a key: past blanks, comments, and its anchor and tag. */
function keyOffset(text: string, at: number): number {
  let i = at;
  for (;;) {
    while (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r') i++;
    if (text[i] === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (text[i] !== '&' && text[i] !== '!') return i;
    while (i < text.length && text[i] !== ' ' && text[i] !== '\t' && text[i] !== '\n' && text[i] !== '\r') i++;
  }
}
