/**
 * Source offsets of a block-style document from its lines alone, with no parse: indentation says
 * where each mapping and sequence begins and ends. Locating 128,000 diagnostics in 64,000 small
 * documents took js-yaml's parse events (fast-locate.ts) two seconds, mostly in the collector; the
 * lines cost a tenth. It answers only where its ranges equal the `yaml` locator's, to the column,
 * and declines (undefined) on anything it does not read plainly: tabs in indentation, quoted or
 * typed keys, anchors, tags, aliases, block scalars, flow collections across lines, empty values,
 * comments where a range ends. The caller then asks fast-locate.ts, then `yaml`.
 */
import type { OffsetRange } from './fast-locate.ts';
import { findLineStarts } from './locate.ts';

/** Thrown inside a lookup where the ranges may differ from `yaml`'s. */
class Declined extends Error {}

const decline = (): never => {
  throw new Declined();
};

/** A plain key as a manifest writes it; words `yaml` reads as another type, spelt otherwise (`True`, `1`, `~`), are left out. */
const PLAIN_KEY = /^([A-Za-z_][A-Za-z0-9_./-]*(?: [A-Za-z0-9_./-]+)*):(?: |$)/;
const TYPED_WORD = /^(?:True|TRUE|False|FALSE|Null|NULL)$/;
/** A value that starts with one of these is not a plain scalar or a one-line flow collection. */
const UNREAD_VALUE_START = /^[&*!|>%@`?]|^-(?: |$)/;

interface Container {
  readonly kind: 'map' | 'seq';
  /** The column of its keys, or of its items' dashes. */
  readonly indent: number;
  /** Its first line and the line after its last. */
  readonly first: number;
  readonly end: number;
}

export interface LineLocator {
  locate(path: readonly (string | number)[]): OffsetRange | undefined;
}

/** Per line, read once: its indentation, or FILLER for a blank or comment line, or TABBED. */
const FILLER = -1;
const TABBED = -2;

export function createLineLocator(text: string): LineLocator {
  return new LineReader(text);
}

/**
 * A document's lines, read once: a class rather than closures, as one is made for each of tens of
 * thousands of documents.
 */
class LineReader implements LineLocator {
  private readonly starts: number[];
  private readonly count: number;
  // Indentation and kind of every line, by character codes; plain arrays of small integers (a
  // typed array's buffer costs the collector more, per document).
  private readonly indents: number[];
  private readonly comments: boolean[];
  private readonly items: boolean[];

  constructor(private readonly text: string) {
    this.starts = findLineStarts(text);
    this.count = this.starts.length;
    this.indents = new Array<number>(this.count).fill(FILLER);
    this.comments = new Array<boolean>(this.count).fill(false);
    this.items = new Array<boolean>(this.count).fill(false);
    for (let i = 0; i < this.count; i++) {
      const from = this.starts[i] ?? 0;
      const to = this.lineEnd(i);
      let at = from;
      let tabbed = false;
      for (let c = text.charCodeAt(at); at < to && (c === 32 || c === 9 || c === 13); c = text.charCodeAt(++at)) if (c === 9) tabbed = true;
      const first = at < to ? text.charCodeAt(at) : -1;
      if (first === -1 || first === 35 /* # */) {
        this.comments[i] = first === 35;
        continue;
      }
      this.indents[i] = tabbed ? TABBED : at - from;
      const next = at + 1 < to ? text.charCodeAt(at + 1) : -1;
      this.items[i] = first === 45 /* - */ && (next === -1 || next === 32);
    }
  }

  locate(path: readonly (string | number)[]): OffsetRange | undefined {
    try {
      const first = this.nextContent(0, this.count);
      if (first >= this.count) return undefined;
      const rootIndent = this.indentOf(first);
      if (this.isItem(first) || this.keyAt(first, rootIndent) === undefined) return undefined;
      let container: Container | undefined = { kind: 'map', indent: rootIndent, first, end: this.containerEnd('map', rootIndent, first, this.count) };
      if (container.end < this.count) return undefined;
      let best: OffsetRange = [(this.starts[first] ?? 0) + rootIndent, this.blockEnd(container)];
      let flow = false;
      for (const segment of path) {
        // A path into a flow collection: fast-locate.ts declines it too.
        if (flow) decline();
        if (!container) break;
        const found = this.find(container, segment);
        if (!found) break;
        const { line: at, column } = found;
        const valueColumn = this.valueColumnOf(at, column, container.kind);
        const keyColumn = container.kind === 'map' ? column : valueColumn;
        const limit = this.nextSibling(container, at);
        const result = this.entry(at, keyColumn, valueColumn, container.kind === 'map' ? column : container.indent, limit);
        best = result.range;
        container = result.child;
        flow = result.flow === true;
      }
      return best;
    } catch (error) {
      if (error instanceof Declined) return undefined;
      throw error;
    }
  }

  private lineEnd(i: number): number {
    return (this.starts[i + 1] ?? this.text.length + 1) - 1;
  }

  private line(i: number): string {
    return this.text.slice(this.starts[i] ?? 0, this.lineEnd(i));
  }

  private indentOf(i: number): number {
    const indent = this.indents[i] ?? FILLER;
    return indent === TABBED ? decline() : indent;
  }

  /** Blank or comment-only. */
  private isFiller(i: number): boolean {
    return this.indents[i] === FILLER;
  }

  private nextContent(from: number, end: number): number {
    let i = from;
    while (i < end && this.isFiller(i)) i++;
    return i;
  }

  /** `- ` (or a lone `-`) at the line's indentation. */
  private isItem(i: number): boolean {
    this.indentOf(i);
    return this.items[i] === true;
  }

  /** The key of a `key: …` at `column` of line `i`, or undefined. */
  private keyAt(i: number, column: number): string | undefined {
    const match = PLAIN_KEY.exec(this.line(i).slice(column));
    if (!match?.[1]) return undefined;
    if (TYPED_WORD.test(match[1])) decline();
    return match[1];
  }

  /** Where a container ends: the first content line outside it (a mapping's value may be a sequence at the key's own column). */
  private containerEnd(kind: 'map' | 'seq', indent: number, first: number, limit: number): number {
    let i = first + 1;
    for (; i < limit; i++) {
      if (this.isFiller(i)) continue;
      const at = this.indentOf(i);
      if (at > indent || (at === indent && (kind === 'map' || this.isItem(i)))) continue;
      break;
    }
    return i;
  }

  /**
   * `yaml` ends a block collection after the line break that follows its last leaf; fast-locate.ts
   * endOf declines a comment there or just after, and so does this.
   */
  private blockEnd(container: Container): number {
    let last = container.end - 1;
    while (last > container.first && this.isFiller(last)) {
      if (this.comments[last]) decline();
      last--;
    }
    const content = this.line(last).trimEnd();
    if (/[:-]$/.test(content) || content.includes(' #') || /[|>][-+0-9]*$/.test(content)) decline();
    // The last leaf's own end must be plain: a quoted or flow value closing on this line.
    this.leafEnd(last, this.lastValueStart(last));
    const after = this.starts[last + 1];
    if (after === undefined) return this.text.length;
    if (/^(?:[ \t]*\n)*[ \t]*#/.test(this.text.slice(after, after + 400))) decline();
    return after;
  }

  /** Where the last value of line `i` starts: after `- ` and `key: ` prefixes. */
  private lastValueStart(i: number): number {
    const content = this.line(i);
    let at = this.indentOf(i);
    for (;;) {
      const rest = content.slice(at);
      const dash = /^- +/.exec(rest);
      if (dash) {
        at += dash[0].length;
        continue;
      }
      const key = PLAIN_KEY.exec(rest);
      if (!key) return at;
      at += key[0].length;
      while (content[at] === ' ') at++;
    }
  }

  /** The end offset of the one-line value at `column` of line `i`: a plain or quoted scalar, or a flow collection. */
  private leafEnd(i: number, column: number): number {
    const content = this.line(i);
    const value = content.slice(column);
    if (value === '' || UNREAD_VALUE_START.test(value)) decline();
    let end: number;
    if (value.startsWith('"') || value.startsWith("'")) end = column + quotedLength(value);
    else if (value.startsWith('{') || value.startsWith('[')) end = column + flowLength(value);
    else {
      // A plain scalar runs to a comment or the end of the line, less trailing blanks.
      const comment = value.search(/[ \t]#/);
      end = column + (comment < 0 ? value : value.slice(0, comment)).trimEnd().length;
      if (content.slice(column, end).includes(': ')) decline();
    }
    const rest = content.slice(end);
    if (rest.trim() !== '' && !/^[ \t]+#/.test(rest)) decline();
    return (this.starts[i] ?? 0) + end;
  }

  /** A one-line value that is its line's last: no continuation lines below, deeper than `indent`. */
  private inlineEnd(i: number, column: number, indent: number, limit: number): number {
    const end = this.leafEnd(i, column);
    const next = this.nextContent(i + 1, limit);
    if (next < limit && this.indentOf(next) > indent) decline();
    return end;
  }

  /** The container that is the value of the key or item on line `i`, when it starts on the next lines. */
  private blockValue(i: number, indent: number, limit: number): Container {
    const next = this.nextContent(i + 1, limit);
    if (next >= limit) decline();
    const at = this.indentOf(next);
    if (at < indent || (at === indent && !this.isItem(next))) decline();
    const kind = this.isItem(next) ? 'seq' : 'map';
    if (kind === 'map' && this.keyAt(next, at) === undefined) decline();
    return { kind, indent: at, first: next, end: this.containerEnd(kind, at, next, limit) };
  }

  /** The range of a key's pair (or an item); the container it holds, if any; whether it holds a flow collection. */
  private entry(i: number, keyColumn: number, valueColumn: number, indent: number, limit: number): { range: OffsetRange; child?: Container; flow?: boolean } {
    const start = (this.starts[i] ?? 0) + keyColumn;
    const value = this.line(i).slice(valueColumn);
    if (value.trim() === '') {
      // A lone `-`: the item's range starts on a later line.
      if (keyColumn === valueColumn) decline();
      const child = this.blockValue(i, indent, limit);
      return { range: [start, this.blockEnd(child)], child };
    }
    // `- key: v` opens a mapping whose first key stands on the item's own line.
    if (keyColumn === valueColumn && PLAIN_KEY.test(value)) {
      if (this.keyAt(i, valueColumn) === undefined) decline();
      const child: Container = { kind: 'map', indent: valueColumn, first: i, end: this.containerEnd('map', valueColumn, i, limit) };
      return { range: [start, this.blockEnd(child)], child };
    }
    return { range: [start, this.inlineEnd(i, valueColumn, indent, limit)], flow: value.startsWith('{') || value.startsWith('[') };
  }

  /** The column where the value of the key (or item) at `column` of line `i` starts. */
  private valueColumnOf(i: number, column: number, kind: 'map' | 'seq'): number {
    const content = this.line(i);
    const prefix = kind === 'map' ? PLAIN_KEY.exec(content.slice(column))?.[0] ?? '' : '-';
    let at = column + prefix.length;
    while (content[at] === ' ') at++;
    return at;
  }

  /** The line of a mapping's key (the first equal one, as in `yaml`), or of a sequence's item. */
  private find(container: Container, segment: string | number): { line: number; column: number } | undefined {
    if (container.kind === 'map') {
      for (let i = container.first; i < container.end; i++) {
        if (this.isFiller(i)) continue;
        const column = i === container.first ? container.indent : this.indentOf(i);
        if (column !== container.indent || (i !== container.first && this.isItem(i))) continue;
        const key = this.keyAt(i, column);
        if (key === undefined) decline();
        if (key === String(segment)) return { line: i, column };
      }
      return undefined;
    }
    if (typeof segment !== 'number') return undefined;
    let index = 0;
    for (let i = container.first; i < container.end; i++) {
      if (this.isFiller(i) || this.indentOf(i) !== container.indent || !this.isItem(i)) continue;
      if (index++ === segment) return { line: i, column: container.indent };
    }
    return undefined;
  }

  /** The line after an entry: its container's next key (or next item), or its end. */
  private nextSibling(container: Container, at: number): number {
    for (let i = at + 1; i < container.end; i++) {
      if (!this.isFiller(i) && this.indentOf(i) === container.indent && this.isItem(i) === (container.kind === 'seq')) return i;
    }
    return container.end;
  }
}

/** The length of a one-line quoted scalar, quotes included; declines one that goes on. */
function quotedLength(value: string): number {
  const quote = value[0];
  for (let i = 1; i < value.length; i++) {
    if (quote === '"' && value[i] === '\\') {
      i++;
      continue;
    }
    if (value[i] !== quote) continue;
    if (quote === "'" && value[i + 1] === "'") {
      i++;
      continue;
    }
    return i + 1;
  }
  return decline();
}

/** The length of a one-line flow collection, brackets included; declines one that goes on, or holds quotes or comments. */
function flowLength(value: string): number {
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '"' || c === "'" || c === '#' || c === '&' || c === '*' || c === '!') decline();
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return decline();
}
