/**
 * Recovers exact source ranges, only for the documents that need one: the bulk parser (js-yaml)
 * keeps no positions, so a document with a diagnostic is read again: by its lines where its style
 * is plain (line-locate.ts), by js-yaml with its parse events where that is exact
 * (fast-locate.ts), else with `yaml`, which keeps every position.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { SourceRange } from '../diagnostics.ts';
import { createFastLocator, type FastLocator, type OffsetRange } from './fast-locate.ts';
import { createLineLocator, type LineLocator } from './line-locate.ts';
import type { DocumentChunk } from './split.ts';

/** Splits `spec.ports[0].nodePort` or `metadata.labels[app]` into `spec`, `ports`, 0, `nodePort`. */
export function splitFieldPath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  const pattern = /([^.[\]]+)|\[([^\]]*)\]/g;
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(/^\d+$/.test(match[2]) ? Number(match[2]) : match[2]);
  }
  return segments;
}

export interface DocumentLocator {
  /** The range of the deepest node the path reaches: the key and its value when the path ends at a map key. */
  locate(path: readonly (string | number)[]): SourceRange;
}

/** The locator of a document (or List item), made once while it is among the last few used. */
export type LocatorCache = (key: object, make: () => DocumentLocator) => DocumentLocator;

/**
 * A locator holds its document's parse: kept for each of 64,000 objects with a diagnostic, they
 * filled the heap. A document's diagnostics come together (admission, then each finding), so the
 * last few suffice. A ring of slots, not a Map: a Map churned through every document made each
 * young collection several times slower.
 */
export function createLocatorCache(capacity = 16): LocatorCache {
  const keys: (object | undefined)[] = new Array<object | undefined>(capacity).fill(undefined);
  const locators: (DocumentLocator | undefined)[] = new Array<DocumentLocator | undefined>(capacity).fill(undefined);
  let next = 0;
  return (key, make) => {
    for (let i = 0; i < capacity; i++) {
      const known = keys[i] === key ? locators[i] : undefined;
      if (known) return known;
    }
    const made = make();
    keys[next] = key;
    locators[next] = made;
    next = (next + 1) % capacity;
    return made;
  };
}

export function createLocator(file: string, chunk: DocumentChunk): DocumentLocator {
  let lines: LineLocator | undefined;
  let fast: FastLocator | undefined;
  let fastTried = false;
  let lineStarts: number[] | undefined;
  let exact: DocumentLocator | undefined;
  return {
    locate(path) {
      // The cheapest reader that knows the range: the lines, js-yaml's parse events, then `yaml`.
      lines ??= createLineLocator(chunk.text);
      let offsets = lines.locate(path);
      if (offsets === undefined && !fastTried) {
        fastTried = true;
        fast = createFastLocator(chunk.text);
      }
      offsets ??= fast?.locate(path);
      if (offsets !== undefined) {
        lineStarts ??= findLineStarts(chunk.text);
        return offsetsToRange(file, chunk, lineStarts, offsets);
      }
      exact ??= createYamlLocator(file, chunk);
      return exact.locate(path);
    },
  };
}

export function findLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset, as `yaml`'s LineCounter gives them. */
export function offsetPosition(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, col: offset - (lineStarts[low] ?? 0) + 1 };
}

function offsetsToRange(file: string, chunk: DocumentChunk, lineStarts: readonly number[], [start, end]: OffsetRange): SourceRange {
  const from = offsetPosition(lineStarts, start);
  const to = offsetPosition(lineStarts, Math.max(start, end));
  return { file, line: from.line + chunk.firstLine - 1, column: from.col, endLine: to.line + chunk.firstLine - 1, endColumn: to.col };
}

/** Every position, from `yaml`: what the fast locator must agree with, and falls back to. */
export function createYamlLocator(file: string, chunk: DocumentChunk): DocumentLocator {
  const lineCounter = new LineCounter();
  const doc = parseDocument(chunk.text, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
  const toRange = (start: number, end: number): SourceRange => {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(start, end));
    return {
      file,
      line: from.line + chunk.firstLine - 1,
      column: from.col,
      endLine: to.line + chunk.firstLine - 1,
      endColumn: to.col,
    };
  };
  const whole = (): SourceRange => {
    const range = doc.contents?.range;
    return range ? toRange(range[0], range[1]) : toRange(firstContentOffset(chunk.text), chunk.text.length);
  };
  return {
    locate(path) {
      let node: unknown = doc.contents;
      let best = whole();
      for (const segment of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
          if (!pair) break;
          const keyRange = (pair.key as YamlNode).range;
          const valueRange = (pair.value as YamlNode | null)?.range;
          if (keyRange) best = toRange(keyRange[0], valueRange ? valueRange[1] : keyRange[1]);
          node = pair.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          const item = node.items[segment] as YamlNode | undefined;
          if (!item?.range) break;
          best = toRange(item.range[0], item.range[1]);
          node = item;
        } else break;
      }
      return best;
    },
  };
}

function firstContentOffset(text: string): number {
  const match = /^(?:[ \t]*(?:#.*)?\n)*[ \t]*/.exec(text);
  return match ? match[0].length : 0;
}
