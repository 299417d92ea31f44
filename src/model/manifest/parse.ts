/**
 * YAML text → the objects it holds, each with the place it came from.
 *
 * Bulk path: each document is parsed on its own by js-yaml (about ten times faster than `yaml`
 * on large dumps). Exact ranges are recovered later, only for documents that have a diagnostic
 * (see locate.ts). A syntax error in one document never hides the others.
 */
import jsyaml from 'js-yaml';
import type { Diagnostic, SourceRange } from '../diagnostics.ts';
import type { SourceRef } from '../objects.ts';
import { describeDepthOverflow, isStackOverflow } from './depth.ts';
import { refuseDocument } from './document-checks.ts';
import { capErrors, describeLargeDocument } from './large-documents.ts';
import { createLocator, createLocatorCache, type LocatorCache } from './locate.ts';
import { splitDocuments, type DocumentChunk } from './split.ts';
import { describeSyntaxError } from './syntax-error.ts';
import { KUBECTL_SCHEMA } from './yaml-schema.ts';

export interface ManifestSource {
  /** A file name or label: diagnostics are reported against it. */
  readonly name: string;
  readonly text: string;
}

/** One object of the input: a document's root mapping, or one item of a `kind: List`. */
export interface RawObject {
  readonly value: Readonly<Record<string, unknown>>;
  readonly ref: SourceRef;
  /** Prefix of field paths inside the document (`['items', 3]` for a List item). */
  readonly pathPrefix: readonly (string | number)[];
  /** Source range of a field of this object (`spec.ports[0].port`), recovered on demand. */
  readonly locate: (path: readonly (string | number)[]) => SourceRange;
}

export interface ParsedManifests {
  readonly objects: readonly RawObject[];
  readonly diagnostics: readonly Diagnostic[];
}

type ChunkResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly errors: readonly { line: number; column: number; endLine: number; endColumn: number; message: string }[] };

/**
 * Remembers parse results by document text, so that an edit re-parses only the documents it
 * touched. Each parse keeps only the entries it used, so the cache never outgrows the input.
 */
export interface ParseCache {
  entries: Map<string, ChunkResult>;
  /**
   * What each document read to, by its text: a document that neither changed nor moved gives the
   * very RawObjects it gave before, so that the stages after parsing can tell it is unchanged
   * by reference (cluster/build-cache.ts).
   */
  reads: Map<string, readonly DocumentRead[]>;
}

/** A document's objects and diagnostics, valid for as long as its file, place and first line stay. */
interface DocumentRead {
  readonly file: string;
  readonly index: number;
  readonly firstLine: number;
  readonly objects: readonly RawObject[];
  readonly diagnostics: readonly Diagnostic[];
}

export function createParseCache(): ParseCache {
  return { entries: new Map(), reads: new Map() };
}

export function parseManifests(sources: readonly ManifestSource[], cache?: ParseCache): ParsedManifests {
  const objects: RawObject[] = [];
  const diagnostics: Diagnostic[] = [];
  const used = new Map<string, ChunkResult>();
  const reads = new Map<string, DocumentRead[]>();
  const locators = createLocatorCache();
  for (const source of sources) {
    for (const chunk of splitDocuments(source.text)) {
      if (chunk.empty) continue;
      const result = cache?.entries.get(chunk.text) ?? parseChunk(chunk.text);
      if (!cache) {
        readChunk(source.name, chunk, result, objects, diagnostics, locators);
        continue;
      }
      // Only a cache needs the documents as keys: hashing 100 MB of them costs a second.
      used.set(chunk.text, result);
      const read = cachedRead(cache, source.name, chunk) ?? readChunkAlone(source.name, chunk, result, locators);
      // One by one: a dump's List holds more items than a call takes arguments.
      for (const object of read.objects) objects.push(object);
      for (const diagnostic of read.diagnostics) diagnostics.push(diagnostic);
      const same = reads.get(chunk.text);
      if (same) same.push(read);
      else reads.set(chunk.text, [read]);
    }
  }
  if (cache) {
    cache.entries = used;
    cache.reads = reads;
  }
  return { objects, diagnostics };
}

/** The last read of this document, if it stands in the same file, at the same place and line. */
function cachedRead(cache: ParseCache, file: string, chunk: DocumentChunk): DocumentRead | undefined {
  return cache.reads.get(chunk.text)?.find((read) => read.file === file && read.index === chunk.index && read.firstLine === chunk.firstLine);
}

function readChunkAlone(file: string, chunk: DocumentChunk, result: ChunkResult, locators: LocatorCache): DocumentRead {
  const objects: RawObject[] = [];
  const diagnostics: Diagnostic[] = [];
  readChunk(file, chunk, result, objects, diagnostics, locators);
  return { file, index: chunk.index, firstLine: chunk.firstLine, objects, diagnostics };
}

function parseChunk(text: string): ChunkResult {
  let value: unknown;
  try {
    value = jsyaml.load(text, { schema: KUBECTL_SCHEMA });
  } catch (error) {
    // Nesting deeper than js-yaml's stack: measured from the text, in kubectl's words where it refuses too.
    if (isStackOverflow(error)) return { ok: false, errors: describeDepthOverflow(text) };
    // A cascade is cut to its first errors; a document too large for `yaml` is read by js-yaml.
    return { ok: false, errors: describeLargeDocument(text, error) ?? capErrors(describeSyntaxError(text, error)) };
  }
  const refused = refuseDocument(text, value);
  return refused === undefined ? { ok: true, value } : { ok: false, errors: refused };
}

function readChunk(file: string, chunk: DocumentChunk, result: ChunkResult, objects: RawObject[], diagnostics: Diagnostic[], locators: LocatorCache): void {
  if (!result.ok) {
    for (const e of result.errors) {
      diagnostics.push({
        code: 'YAML_SYNTAX',
        severity: 'error',
        message: e.message,
        range: {
          file,
          line: e.line + chunk.firstLine - 1,
          column: e.column,
          endLine: e.endLine + chunk.firstLine - 1,
          endColumn: e.endColumn,
        },
      });
    }
    return;
  }
  if (result.value === null || result.value === undefined) return;
  const locateIn = (prefix: readonly (string | number)[]) => (path: readonly (string | number)[]) =>
    locators(chunk, () => createLocator(file, chunk)).locate([...prefix, ...path]);
  const start = firstContentPosition(chunk);
  const documentRef = { file, document: chunk.index, line: start.line, column: start.column };
  if (!isRecord(result.value)) {
    diagnostics.push({
      code: 'NOT_AN_OBJECT',
      severity: 'error',
      message: `the document is a ${Array.isArray(result.value) ? 'list' : 'scalar'}, not an object with apiVersion and kind`,
      range: locateIn([])([]),
    });
    return;
  }
  const value = result.value;
  if (value.kind === 'List' && Array.isArray(value.items)) {
    const items = findListItems(chunk.text, value.items.length) ?? findJsonListItems(chunk.text, value.items.length);
    value.items.forEach((item: unknown, index: number) => {
      const span = items?.[index];
      // A block-style List item is located within its own lines, so that one diagnostic in a
      // 100 MiB dump re-reads a few lines, not the whole document.
      const locate = span ? itemLocator(file, chunk, span, locators) : locateIn(['items', index]);
      const at = span ? { line: chunk.firstLine + span.start, column: span.indent + 1 } : start;
      const ref = { ...documentRef, item: index, line: at.line, column: at.column };
      if (!isRecord(item)) {
        diagnostics.push({ code: 'NOT_AN_OBJECT', severity: 'error', message: 'a List item must be an object', range: locate([]) });
        return;
      }
      objects.push({ value: item, ref, pathPrefix: ['items', index], locate });
    });
    return;
  }
  objects.push({ value, ref: documentRef, pathPrefix: [], locate: locateIn([]) });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstContentPosition(chunk: DocumentChunk): { line: number; column: number } {
  // Blank and comment lines are skipped without splitting the document: every object pays this.
  const skipped = /^(?:[^\S\n]*(?:#[^\n]*)?\n)*/.exec(chunk.text)?.[0] ?? '';
  const rest = chunk.text.slice(skipped.length);
  const last = !rest.includes('\n') && (rest.trim() === '' || rest.trim().startsWith('#'));
  if (last) return { line: chunk.firstLine, column: 1 };
  let lines = 0;
  for (let i = skipped.indexOf('\n'); i >= 0; i = skipped.indexOf('\n', i + 1)) lines += 1;
  return { line: chunk.firstLine + lines, column: (/^[^\S\n]*/.exec(rest)?.[0].length ?? 0) + 1 };
}

interface ItemSpan {
  /** 0-based line of the chunk where the item's `- ` stands, and the first line after the item. */
  readonly start: number;
  readonly end: number;
  readonly indent: number;
  /** Offsets of the item's text: from its first line's start to its last line's end. */
  readonly from: number;
  readonly to: number;
  /** A JSON item (`kubectl get -o json`): its text is taken as it is, with no `- ` to blank out. */
  readonly json?: true;
}

/**
 * Where each item of a block-style List stands, found by a line scan: after `items:` at column 1,
 * every item starts with `- ` at one indentation. Only trusted when the count matches the parsed
 * items; flow-style Lists fall back to locating within the whole document. The scan reads
 * characters, not line strings: a 100 MB dump has three million lines.
 */
function findListItems(text: string, count: number): ItemSpan[] | undefined {
  const offsets: number[] = [];
  const lines: number[] = [];
  let indent: number | undefined;
  let itemsAt = -1;
  // Where the List's items end: the first line after `items:` that starts with another key.
  let end = { line: 0, offset: text.length + 1 };
  let line = 0;
  for (let at = 0; at <= text.length; line++) {
    const eol = text.indexOf('\n', at);
    const next = eol < 0 ? text.length + 1 : eol + 1;
    if (itemsAt < 0) {
      if (text.startsWith('items:', at) && /^items:\s*(?:#.*)?$/.test(text.slice(at, next - 1))) itemsAt = line;
    } else if (at < next - 1 && !/[\s#-]/.test(text[at] ?? '')) {
      end = { line, offset: at };
      break;
    } else {
      let dash = at;
      while (text.charCodeAt(dash) === 32) dash++;
      // `- ` or a lone `-`, at the first item's indentation.
      if (text.charCodeAt(dash) === 45 && (dash + 1 >= next - 1 || text.charCodeAt(dash + 1) === 32)) {
        indent ??= dash - at;
        if (dash - at === indent) {
          offsets.push(at);
          lines.push(line);
        }
      }
    }
    at = next;
  }
  if (end.offset > text.length) end = { line, offset: text.length + 1 };
  if (itemsAt < 0 || offsets.length !== count) return undefined;
  return offsets.map((from, i) => ({
    start: lines[i] ?? 0,
    end: lines[i + 1] ?? end.line,
    indent: indent ?? 0,
    from,
    to: (offsets[i + 1] ?? end.offset) - 1,
  }));
}

/**
 * Where each item of a JSON List stands (`kubectl get -o json` prints one item object per line
 * start, indented): a scan of the characters that skips strings and counts brackets, so that a
 * diagnostic re-reads one item, not a 100 MB document. Undefined for other shapes (minified JSON,
 * YAML, a count that does not match), which are located within the whole document.
 */
export function findJsonListItems(text: string, count: number): ItemSpan[] | undefined {
  const first = text.search(/\S/);
  if (first < 0 || text[first] !== '{') return undefined;
  const spans: ItemSpan[] = [];
  let depth = 0;
  let line = 0;
  let lineStart = 0;
  /** The depth of the items array's own bracket, once its key is read at the top level. */
  let itemsDepth = -1;
  let lastKey = '';
  let open: { line: number; from: number; indent: number } | undefined;
  for (let at = first; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === 10) {
      line += 1;
      lineStart = at + 1;
    } else if (c === 34) {
      // A string: skipped whole; at the top level it may be the key "items".
      let end = at + 1;
      while (end < text.length && text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 ? 2 : 1;
      if (depth === 1) lastKey = text.slice(at + 1, end);
      at = end;
    } else if (c === 123 || c === 91) {
      depth += 1;
      if (c === 91 && depth === 2 && lastKey === 'items' && itemsDepth < 0) itemsDepth = depth;
      else if (c === 123 && itemsDepth > 0 && depth === itemsDepth + 1) {
        // Only an item alone at the start of its line keeps its columns when cut out.
        if (text.slice(lineStart, at).trim() !== '') return undefined;
        open = { line, from: lineStart, indent: at - lineStart };
      }
    } else if (c === 125 || c === 93) {
      if (c === 125 && open !== undefined && depth === itemsDepth + 1) {
        spans.push({ start: open.line, end: line + 1, indent: open.indent, from: open.from, to: at + 1, json: true });
        open = undefined;
      }
      if (c === 93 && depth === itemsDepth) itemsDepth = -2;
      depth -= 1;
    }
  }
  return spans.length === count ? spans : undefined;
}

function itemLocator(file: string, chunk: DocumentChunk, span: ItemSpan, locators: LocatorCache): (path: readonly (string | number)[]) => SourceRange {
  const make = () => {
    // `- key: v` becomes `  key: v`: the item alone, a mapping, with every column unchanged.
    const slice = chunk.text.slice(span.from, Math.max(span.from, span.to));
    const text = span.json ? slice : slice.replace(/-/, ' ');
    return createLocator(file, { index: chunk.index, text, firstLine: chunk.firstLine + span.start, empty: false });
  };
  return (path) => locators(span, make).locate(path);
}
