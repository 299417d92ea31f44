/**
 * How deep a YAML document nests, read from its text without parsing it. Both parsers recurse
 * for every level and overflow the stack (near 1,200 to 2,300 levels, less in a browser worker)
 * long before kubectl's limits of 10,000, so a document they cannot read is measured here: only
 * then, since a line scan is not free on a 100 MiB dump.
 *
 * It counts as go-yaml v2's scanner does (sigs.k8s.io/yaml goyaml.v2/scannerc.go,
 * yaml_parser_increase_flow_level and yaml_parser_roll_indent): a flow collection raises the
 * flow level; a block collection that starts right of its parent pushes an indent. A block
 * sequence at its key's own column ("indentless") pushes no indent but is still a level of the
 * value, which is what the JSON that kubectl builds from it nests by. It is a scan, not a
 * parser: on text that no parser would accept it may count a level more or less.
 */

/** go-yaml v2's max_flow_level and max_indents: "exceeded max depth of 10000". */
export const GO_YAML_MAX_DEPTH = 10_000;
/** encoding/json's (and sigs.k8s.io/json's) maxNestingDepth, scanner.go pushParseState. */
export const JSON_MAX_DEPTH = 10_000;

export interface DepthScan {
  /** Offset where go-yaml's scanner stops: its flow level or its indent stack passes 10,000. */
  readonly goYaml?: number;
  /** The first collection with 10,000 others around it, where encoding/json stops. */
  readonly json?: { readonly offset: number; readonly char: '[' | '{' };
  /** The first collection deeper than the limit asked for. */
  readonly beyond?: number;
  /** The deepest nesting seen (the whole document's mapping is level 1). */
  readonly depth: number;
}

export function scanDepth(text: string, limit: number): DepthScan {
  const scanner = new DepthScanner(text, limit);
  let at = 0;
  while (at < text.length && scanner.goYaml === undefined) at = scanner.line(at);
  return { goYaml: scanner.goYaml, json: scanner.json, beyond: scanner.beyond, depth: scanner.depth };
}

interface Block {
  readonly column: number;
  readonly sequence: boolean;
  /** A sequence at its key's column: no indent of go-yaml's, still a level. */
  readonly indentless: boolean;
}

const isBlank = (char: string | undefined): boolean => char === undefined || char === ' ' || char === '\t' || char === '\n';

class DepthScanner {
  goYaml: number | undefined;
  json: DepthScan['json'];
  beyond: number | undefined;
  depth = 0;
  private readonly blocks: Block[] = [];
  /** go-yaml's len(parser.indents). */
  private indents = 0;
  private flow = 0;

  constructor(
    private readonly text: string,
    private readonly limit: number,
  ) {}

  /** Reads the block-context line at `start`; returns where the next line to read begins. */
  line(start: number): number {
    let at = start;
    while (this.text[at] === ' ') at++;
    const char = this.text[at];
    if (char === undefined) return this.text.length;
    if (char === '\n') return at + 1;
    if (char === '#') return this.nextLine(at);
    this.unroll(at - start);
    return this.node(at, start);
  }

  /** The tokens of one line from `at`: compact indicators, keys, and the value that ends them. */
  private node(from: number, lineStart: number): number {
    const text = this.text;
    let at = from;
    let afterKey = false;
    let owner = (this.blocks.at(-1)?.column ?? -1);
    for (;;) {
      const char = text[at];
      const column = at - lineStart;
      if (char === undefined || char === '\n' || char === '#') return this.nextLine(at);
      const blankNext = isBlank(text[at + 1]);
      if (!afterKey && (char === '-' || char === '?') && blankNext) {
        if (char === '-') this.sequenceEntry(column, at);
        else this.mappingEntry(column, at);
        owner = column;
        at = this.skipSpaces(at + 1);
      } else if (char === ':' && blankNext) {
        afterKey = true; // the value of an explicit `? key`
        at = this.skipSpaces(at + 1);
      } else if (char === '&' || char === '!') {
        at = this.skipSpaces(this.endOfToken(at)); // an anchor or a tag before the node
      } else if (char === '[' || char === '{') {
        return this.flowFrom(at);
      } else if (char === '|' || char === '>') {
        return this.blockScalar(at, owner);
      } else if (char === '"' || char === "'") {
        const end = this.quoted(at);
        const colon = this.skipSpaces(end);
        if (afterKey || text[colon] !== ':' || !isBlank(text[colon + 1]) || text.lastIndexOf('\n', end - 1) >= at) return this.nextLine(end);
        this.mappingEntry(column, at);
        owner = column;
        afterKey = true;
        at = this.skipSpaces(colon + 1);
      } else {
        const colon = afterKey || char === '*' ? -1 : this.plainKeyColon(at);
        if (colon < 0) return this.nextLine(at); // a scalar or an alias: nothing nests in it
        this.mappingEntry(column, at);
        owner = column;
        afterKey = true;
        at = this.skipSpaces(colon + 1);
      }
    }
  }

  private sequenceEntry(column: number, at: number): void {
    const top = this.blocks.at(-1);
    if (top?.column === column && top.sequence) return; // the next item
    if (top?.column === column) {
      this.blocks.push({ column, sequence: true, indentless: true });
      this.opened(at, '[');
      return;
    }
    this.roll(column, true, at);
  }

  private mappingEntry(column: number, at: number): void {
    let top = this.blocks.at(-1);
    if (top?.column === column && top.indentless) {
      this.blocks.pop();
      top = this.blocks.at(-1);
    }
    if (top?.column === column && !top.sequence) return; // the next key
    if (top?.column === column) this.pop();
    this.roll(column, false, at);
  }

  /** yaml_parser_roll_indent: a block collection right of its parent pushes an indent. */
  private roll(column: number, sequence: boolean, at: number): void {
    this.blocks.push({ column, sequence, indentless: false });
    this.indents++;
    if (this.indents > GO_YAML_MAX_DEPTH) this.goYaml ??= at;
    this.opened(at, sequence ? '[' : '{');
  }

  /** yaml_parser_unroll_indent: a line left of a collection ends it. */
  private unroll(column: number): void {
    while ((this.blocks.at(-1)?.column ?? -1) > column) this.pop();
  }

  private pop(): void {
    if (this.blocks.pop()?.indentless === false) this.indents--;
  }

  private opened(at: number, char: '[' | '{'): void {
    const depth = this.blocks.length + this.flow;
    if (depth > this.depth) this.depth = depth;
    if (depth > JSON_MAX_DEPTH) this.json ??= { offset: at, char };
    if (depth > this.limit) this.beyond ??= at;
  }

  /** A flow collection from its opening bracket to the one that closes it, over any number of lines. */
  private flowFrom(from: number): number {
    const text = this.text;
    let at = from;
    let scalarStart = true; // a quote opens a quoted scalar only where a scalar may begin
    while (at < text.length && this.goYaml === undefined) {
      const char = text[at];
      if (char === '[' || char === '{') {
        this.flow++;
        if (this.flow > GO_YAML_MAX_DEPTH) this.goYaml ??= at; // yaml_parser_increase_flow_level
        this.opened(at, char);
        scalarStart = true;
      } else if (char === ']' || char === '}') {
        this.flow = Math.max(0, this.flow - 1);
        if (this.flow === 0) return this.nextLine(at + 1);
        scalarStart = false;
      } else if (char === ',' || (char === ':' && isBlank(text[at + 1]))) {
        scalarStart = true;
      } else if (char === '#' && isBlank(text[at - 1])) {
        at = text.indexOf('\n', at);
        if (at < 0) break;
      } else if ((char === '"' || char === "'") && scalarStart) {
        at = this.quoted(at);
        scalarStart = false;
        continue;
      } else if (!isBlank(char)) {
        scalarStart = false;
      }
      at++;
    }
    return text.length;
  }

  /** A `|` or `>` scalar: its header, then every blank line or line right of its owner. */
  private blockScalar(at: number, owner: number): number {
    const text = this.text;
    let next = this.nextLine(at);
    while (next < text.length) {
      let indent = next;
      while (text[indent] === ' ') indent++;
      if (text[indent] !== '\n' && indent < text.length && indent - next <= owner) return next;
      next = this.nextLine(indent);
    }
    return text.length;
  }

  /** The offset just past a quoted scalar's closing quote, or the end of the text. */
  private quoted(at: number): number {
    const text = this.text;
    const quote = text[at];
    for (let i = at + 1; i < text.length; i++) {
      const char = text[i];
      if (quote === '"' && char === '\\') i++;
      else if (char === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else return i + 1;
      }
    }
    return text.length;
  }

  /** Where a plain key's `:` stands on this line, or -1 when the line holds a plain scalar. */
  private plainKeyColon(at: number): number {
    const text = this.text;
    for (let i = at; i < text.length; i++) {
      const char = text[i];
      if (char === '\n' || (char === '#' && isBlank(text[i - 1]))) return -1;
      if (char === ':' && isBlank(text[i + 1])) return i;
    }
    return -1;
  }

  private endOfToken(at: number): number {
    let end = at;
    while (!isBlank(this.text[end])) end++;
    return end;
  }

  private skipSpaces(at: number): number {
    let end = at;
    while (this.text[end] === ' ' || this.text[end] === '\t') end++;
    return end;
  }

  private nextLine(at: number): number {
    const end = this.text.indexOf('\n', at);
    return end < 0 ? this.text.length : end + 1;
  }
}
