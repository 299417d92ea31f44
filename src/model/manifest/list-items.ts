/**
 * Where each item of a `kind: List` stands in its document's text, found by a scan of the text,
 * not by a parser: a diagnostic then re-reads one item, not a 100 MB document, and an edit inside
 * one item re-parses that item alone (list-edit.ts).
 */

export interface ItemSpan {
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
export function findListItems(text: string, count: number): ItemSpan[] | undefined {
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
    } else if (at < next - 1 && !mayContinueItems(text.charCodeAt(at))) {
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
 * Whether a line that starts with this character may still belong to the items: a blank, a
 * comment or a dash. Tested on each of a dump's three million lines, by code: `/[\s#-]/` on the
 * line's first character took a third of a second.
 */
function mayContinueItems(code: number): boolean {
  if (code === 32 || code === 45 || code === 35 || (code >= 9 && code <= 13)) return true;
  return code > 127 && /\s/.test(String.fromCharCode(code));
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
      // A string: skipped whole; at the top level it may be the key "items". Its line breaks
      // still count: YAML, unlike JSON, lets a quoted string run on over lines.
      let end = at + 1;
      while (end < text.length && text.charCodeAt(end) !== 34) {
        // A backslash escapes the next character, a line break included.
        const step = text.charCodeAt(end) === 92 ? 2 : 1;
        if (text.charCodeAt(end + step - 1) === 10) {
          line += 1;
          lineStart = end + step;
        }
        end += step;
      }
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
