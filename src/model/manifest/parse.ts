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
import { findListEdit } from './list-edit.ts';
import { findJsonListItems, findListItems, type ItemSpan } from './list-items.ts';
import { createLocator, createLocatorCache, type LocatorCache } from './locate.ts';
import { isWholeText, splitDocuments, splitEdited, type DocumentChunk } from './split.ts';
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
  /** The Lists last read, by file and document: an edit inside one item re-reads that item alone (list-edit.ts). */
  lists: Map<string, ListRead>;
  /** The last text of each file that was one document as it stood: its edits are split by looking at the edit alone (split.ts). */
  wholeTexts: Map<string, string>;
}

/** A document's objects and diagnostics, valid for as long as its file, place and first line stay. */
interface DocumentRead {
  readonly file: string;
  readonly index: number;
  readonly firstLine: number;
  readonly objects: readonly RawObject[];
  readonly diagnostics: readonly Diagnostic[];
  /** Set when the document is a List whose every item was read, each one from its own span. */
  readonly list?: ListRead;
}

/** A List document as last read: its text, value, and each item's place and object. */
interface ListRead {
  readonly text: string;
  readonly firstLine: number;
  readonly value: Readonly<Record<string, unknown>> & { readonly items: readonly unknown[] };
  readonly spans: readonly ItemSpan[];
  readonly objects: readonly RawObject[];
}

export function createParseCache(): ParseCache {
  return { entries: new Map(), reads: new Map(), lists: new Map(), wholeTexts: new Map() };
}

export function parseManifests(sources: readonly ManifestSource[], cache?: ParseCache): ParsedManifests {
  const objects: RawObject[] = [];
  const diagnostics: Diagnostic[] = [];
  const used = new Map<string, ChunkResult>();
  const reads = new Map<string, DocumentRead[]>();
  const lists = new Map<string, ListRead>();
  const locators = createLocatorCache();
  const wholeTexts = new Map<string, string>();
  for (const source of sources) {
    const known = cache?.wholeTexts.get(source.name);
    const chunks = (known !== undefined && splitEdited(known, source.text)) || splitDocuments(source.text);
    if (isWholeText(chunks, source.text)) wholeTexts.set(source.name, source.text);
    for (const chunk of chunks) {
      if (chunk.empty) continue;
      if (!cache) {
        readChunk(source.name, chunk, parseChunk(chunk.text), objects, diagnostics, locators);
        continue;
      }
      // Only a cache needs the documents as keys: hashing 100 MB of them costs a second.
      const known = cache.entries.get(chunk.text);
      const listKey = `${source.name}\n${chunk.index}`;
      const edited = known === undefined ? readListEdit(cache.lists.get(listKey), source.name, chunk, locators) : undefined;
      const result = known ?? (edited ? { ok: true as const, value: edited.list.value } : parseChunk(chunk.text));
      used.set(chunk.text, result);
      const read = (known && cachedRead(cache, source.name, chunk)) ?? edited ?? readChunkAlone(source.name, chunk, result, locators);
      if (read.list) lists.set(listKey, read.list);
      // One by one: a dump's List holds more items than a call takes arguments.
      for (const object of read.objects) objects.push(object);
      for (const diagnostic of read.diagnostics) diagnostics.push(diagnostic);
      const same = reads.get(chunk.text);
      if (same) same.push(read);
      else reads.set(chunk.text, [read]);
    }
  }
  if (cache) {
    cache.wholeTexts = wholeTexts;
    cache.entries = used;
    cache.reads = reads;
    cache.lists = lists;
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
  const spans = readChunk(file, chunk, result, objects, diagnostics, locators);
  const read = { file, index: chunk.index, firstLine: chunk.firstLine, objects, diagnostics };
  if (spans === undefined || !result.ok || !isList(result.value)) return read;
  return { ...read, list: { text: chunk.text, firstLine: chunk.firstLine, value: result.value, spans, objects } };
}

/**
 * The List as it was, with the one item an edit changed read again, alone; undefined when the
 * edit is not inside one item or the item does not read cleanly alone (the whole List is then
 * parsed, and its errors told where they are). The items before the edit are the very objects
 * of the last read; the ones after it too, unless the edit added or removed lines.
 */
function readListEdit(list: ListRead | undefined, file: string, chunk: DocumentChunk, locators: LocatorCache): (DocumentRead & { readonly list: ListRead }) | undefined {
  if (list === undefined || list.firstLine !== chunk.firstLine) return undefined;
  const edit = findListEdit(list.text, chunk.text, list.spans);
  const span = edit?.spans[edit.item];
  if (edit === undefined || span === undefined) return undefined;
  const alone = span.json ? edit.text : blankDash(edit.text, span.indent);
  let item: unknown;
  try {
    item = jsyaml.load(alone, { schema: KUBECTL_SCHEMA });
  } catch {
    return undefined;
  }
  if (!isRecord(item) || refuseDocument(alone, item) !== undefined) return undefined;
  const items = [...list.value.items];
  items[edit.item] = item;
  const ownChunk = { index: chunk.index, text: edit.text, firstLine: chunk.firstLine, empty: false };
  const edited: RawObject = {
    value: item,
    ref: { file, document: chunk.index, line: chunk.firstLine + span.start, column: span.indent + 1, item: edit.item },
    pathPrefix: ['items', edit.item],
    locate: itemLocator(file, ownChunk, { ...span, from: 0, to: edit.text.length }, locators),
  };
  const objects = list.objects.map((raw, i) => (i < edit.item || (i > edit.item && edit.lineShift === 0) ? raw : i === edit.item ? edited : movedDown(raw, edit.lineShift)));
  const value = { ...list.value, items };
  return {
    file,
    index: chunk.index,
    firstLine: chunk.firstLine,
    objects,
    diagnostics: [],
    list: { text: chunk.text, firstLine: chunk.firstLine, value, spans: edit.spans, objects },
  };
}

/** `- key: v` as `  key: v`: the item alone, a mapping, with every column unchanged. */
function blankDash(text: string, indent: number): string {
  return `${text.slice(0, indent)} ${text.slice(indent + 1)}`;
}

/** Where each object of a List stood before `lines` more lines came above it. */
const locatedAt = new WeakMap<RawObject, { readonly locate: RawObject['locate']; readonly lines: number }>();

function movedDown(raw: RawObject, lines: number): RawObject {
  // Always from the first locator, so that a hundred edits do not stack a hundred wrappers.
  const origin = locatedAt.get(raw) ?? { locate: raw.locate, lines: 0 };
  const total = origin.lines + lines;
  const locate = (path: readonly (string | number)[]): SourceRange => {
    const range = origin.locate(path);
    return { ...range, line: range.line + total, endLine: range.endLine + total };
  };
  const moved: RawObject = { ...raw, ref: { ...raw.ref, line: raw.ref.line + lines }, locate };
  locatedAt.set(moved, { locate: origin.locate, lines: total });
  return moved;
}

function isList(value: unknown): value is ListRead['value'] {
  return isRecord(value) && value.kind === 'List' && Array.isArray(value.items);
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

/** Reads a document's objects; for a List whose every item is an object found at its place, returns the places. */
function readChunk(file: string, chunk: DocumentChunk, result: ChunkResult, objects: RawObject[], diagnostics: Diagnostic[], locators: LocatorCache): ItemSpan[] | undefined {
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
    return undefined;
  }
  if (result.value === null || result.value === undefined) return undefined;
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
    return undefined;
  }
  const value = result.value;
  if (isList(value)) {
    const items = findListItems(chunk.text, value.items.length) ?? findJsonListItems(chunk.text, value.items.length);
    let everyItemRead = items !== undefined;
    value.items.forEach((item: unknown, index: number) => {
      const span = items?.[index];
      // A block-style List item is located within its own lines, so that one diagnostic in a
      // 100 MiB dump re-reads a few lines, not the whole document.
      const locate = span ? itemLocator(file, chunk, span, locators) : locateIn(['items', index]);
      const at = span ? { line: chunk.firstLine + span.start, column: span.indent + 1 } : start;
      const ref = { ...documentRef, item: index, line: at.line, column: at.column };
      if (!isRecord(item)) {
        everyItemRead = false;
        diagnostics.push({ code: 'NOT_AN_OBJECT', severity: 'error', message: 'a List item must be an object', range: locate([]) });
        return;
      }
      objects.push({ value: item, ref, pathPrefix: ['items', index], locate });
    });
    return everyItemRead ? items : undefined;
  }
  objects.push({ value, ref: documentRef, pathPrefix: [], locate: locateIn([]) });
  return undefined;
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

function itemLocator(file: string, chunk: DocumentChunk, span: ItemSpan, locators: LocatorCache): (path: readonly (string | number)[]) => SourceRange {
  const make = () => {
    // `- key: v` becomes `  key: v`: the item alone, a mapping, with every column unchanged.
    const slice = chunk.text.slice(span.from, Math.max(span.from, span.to));
    const text = span.json ? slice : blankDash(slice, span.indent);
    return createLocator(file, { index: chunk.index, text, firstLine: chunk.firstLine + span.start, empty: false });
  };
  return (path) => locators(span, make).locate(path);
}
