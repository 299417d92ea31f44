/**
 * Nesting depth: what kubectl refuses, and what kse can read.
 *
 * kubectl reads a manifest with sigs.k8s.io/yaml: go-yaml v2 scans it, stopping at a flow level
 * or an indent stack past 10,000 ("yaml: line N: exceeded max depth of 10000", scannerc.go), then
 * the document goes through json.Marshal and json.Decoder, which stop at the 10,001st nested
 * collection ("invalid character '[' exceeded max depth", encoding/json scanner.go). kubectl
 * prints either after `error parsing FILE: ` (k8s.io/cli-runtime resource/visitor.go), wrapped by
 * sigs.k8s.io/yaml's unmarshal ("error converting YAML to JSON: ", "error unmarshaling JSON:
 * while decoding JSON: ").
 *
 * kse's own ceiling is lower. Both YAML parsers and much of what handles a document afterwards
 * (deep copies, `yaml`'s printer for -o yaml, structured clone to the worker) recurse once or more
 * per level, and the most frugal of them runs out of stack near 500 levels in a browser worker.
 * A deterministic limit, checked on every document, keeps the same input giving the same answer
 * in the CLI and the browser; real manifests, CRD schemas included, nest a few dozen levels.
 */
import { GO_YAML_MAX_DEPTH, scanDepth } from './depth-scan.ts';
import { lineStartsOf, positionAt, rangeAt, type TextRange } from './positions.ts';

/** The deepest nesting kse reads; the whole document's mapping is level 1. */
export const MAX_NESTING_DEPTH = 256;

export interface DepthProblem extends TextRange {
  readonly message: string;
}

/** A stack overflow, in the words of V8 and JavaScriptCore ("Maximum call stack size exceeded") or SpiderMonkey ("too much recursion"). */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof Error && /call stack size|too much recursion/i.test(error.message);
}

/** A document a parser could not read for its depth: where, and what kubectl (or kse) says. */
export function describeDepthOverflow(text: string): DepthProblem[] {
  const scan = scanDepth(text, MAX_NESTING_DEPTH);
  const lineStarts = lineStartsOf(text);
  const at = (offset: number, message: string): DepthProblem[] => [{ ...rangeAt(text, offset, offset + 1, lineStarts), message }];
  if (scan.goYaml !== undefined) {
    return at(scan.goYaml, `error converting YAML to JSON: yaml: ${goYamlLine(text, lineStarts, scan.goYaml)}exceeded max depth of ${GO_YAML_MAX_DEPTH}`);
  }
  if (scan.json !== undefined) {
    return at(scan.json.offset, `error unmarshaling JSON: while decoding JSON: invalid character '${scan.json.char}' exceeded max depth`);
  }
  return at(scan.beyond ?? firstContent(text), tooDeep());
}

/**
 * What kse refuses of a document js-yaml did read: a nesting deeper than it reads; an alias bomb
 * (js-yaml shares the aliased nodes, every deep copy after it would expand them); or 'cycle' for
 * an alias inside its own anchor, which js-yaml turns into a cycle that every later step would
 * follow forever (go-yaml v2 refuses it: decode.go, decoder.alias).
 */
export function checkDepth(text: string, value: unknown): DepthProblem[] | 'cycle' | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  // Without an alias (`*name`) every node is new: a tree, walked without bookkeeping.
  const shared = text.includes('*') ? measureShared(value, MAX_NESTING_DEPTH) : undefined;
  if (shared === 'cycle') return shared;
  const depth = shared?.depth ?? measureTree(value, MAX_NESTING_DEPTH);
  if (depth > MAX_NESTING_DEPTH) {
    const at = scanDepth(text, MAX_NESTING_DEPTH).beyond ?? firstContent(text);
    return [{ ...rangeAt(text, at, at + 1), message: tooDeep() }];
  }
  if (shared !== undefined && isExcessiveAliasing(shared)) {
    const at = FIRST_ALIAS.exec(text)?.index ?? firstContent(text);
    return [{ ...rangeAt(text, at, at + 1), message: 'error converting YAML to JSON: yaml: document contains excessive aliasing' }];
  }
  return undefined;
}

/** An alias (`*name`) where a node may begin. */
const FIRST_ALIAS = /(?<=^|[\s[{,:-])\*[^\s,[\]{}]+/m;

function tooDeep(): string {
  return `nested more than ${MAX_NESTING_DEPTH} levels deep: kse reads at most ${MAX_NESTING_DEPTH} levels (kubectl reads up to ${GO_YAML_MAX_DEPTH})`;
}

/**
 * `line N: ` as go-yaml's parser.fail prints it: the 1-based line within the document kubectl's
 * YAMLReader cut out (it starts after the `---` line), left out on the document's first line.
 */
function goYamlLine(text: string, lineStarts: readonly number[], offset: number): string {
  // split.ts blanks a `---` marker to three spaces: kubectl's document begins on the next line.
  const marker = /^ {3}(?:[ \t].*)?$/.test(text.slice(0, lineStarts[1] === undefined ? text.length : lineStarts[1] - 1)) ? 1 : 0;
  const line = positionAt(lineStarts, text.length, offset).line - marker;
  return line <= 1 ? '' : `line ${line}: `;
}

function firstContent(text: string): number {
  const match = /^(?:[ \t]*(?:#.*)?\n)*[ \t]*/.exec(text);
  return match ? match[0].length : 0;
}

const childrenOf = (node: object): unknown[] => (Array.isArray(node) ? node : Object.values(node));

/** The depth of a tree of plain data, stopping once past `limit`. It runs on every document: no allocation per node. */
function measureTree(root: object, limit: number): number {
  const nodes: object[] = [root];
  const depths: number[] = [1];
  let deepest = 1;
  while (nodes.length > 0) {
    const node = nodes.pop() as Record<string, unknown>;
    const depth = depths.pop() as number;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > limit) return deepest;
    }
    if (Array.isArray(node)) {
      for (const child of node as unknown[]) {
        if (typeof child === 'object' && child !== null) {
          nodes.push(child);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    for (const key in node) {
      const child = node[key];
      if (typeof child === 'object' && child !== null) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return deepest;
}

/** What a walk of shared nodes found: how deep, and go-yaml's decode counts (decode.go, decoder.unmarshal). */
interface SharedMeasure {
  readonly depth: number;
  /** Every node go-yaml would decode, each alias expanded: decodeCount. */
  readonly decodes: number;
  /** The nodes decoded inside alias expansions: aliasCount. */
  readonly aliasDecodes: number;
}

/**
 * The depth of data whose nodes aliases share, each node measured once (a billion-laughs document
 * is small as a graph), or 'cycle' when a node contains itself. A node met again after its first
 * visit, in document order, is an alias: all it expands to counts as alias decodes.
 */
function measureShared(root: object, limit: number): SharedMeasure | 'cycle' {
  const done = new Map<object, { height: number; size: number }>();
  const onPath = new Set<object>();
  const frames: { node: object; children: unknown[]; next: number; height: number; size: number }[] = [];
  let aliasDecodes = 0;
  const enter = (node: object): void => {
    onPath.add(node);
    const children = childrenOf(node);
    // A mapping decodes its keys too.
    frames.push({ node, children, next: 0, height: 1, size: 1 + (Array.isArray(node) ? 0 : children.length) });
  };
  enter(root);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as (typeof frames)[number];
    if (frames.length > limit) return { depth: frames.length, decodes: 0, aliasDecodes: 0 };
    const child = frame.children[frame.next++];
    if (frame.next <= frame.children.length) {
      if (typeof child !== 'object' || child === null) {
        frame.size += 1;
        continue;
      }
      if (onPath.has(child)) return 'cycle';
      const known = done.get(child);
      if (known === undefined) {
        enter(child);
        continue;
      }
      if (frames.length + known.height > limit) return { depth: frames.length + known.height, decodes: 0, aliasDecodes: 0 };
      frame.height = Math.max(frame.height, known.height + 1);
      // The alias node itself, then all it expands to.
      frame.size += 1 + known.size;
      aliasDecodes += known.size;
      continue;
    }
    frames.pop();
    onPath.delete(frame.node);
    done.set(frame.node, { height: frame.height, size: frame.size });
    const parent = frames[frames.length - 1];
    if (parent) {
      parent.height = Math.max(parent.height, frame.height + 1);
      parent.size += frame.size;
    }
  }
  const measured = done.get(root) ?? { height: 1, size: 1 };
  // The document node is a decode of its own.
  return { depth: measured.height, decodes: measured.size + 1, aliasDecodes };
}

/**
 * go-yaml v2's guard against alias bombs (decode.go, decoder.unmarshal and allowedAliasRatio):
 * past 100 alias decodes and 1,000 decodes in all, the share of alias decodes may not pass 99%
 * for documents up to 400,000 decodes, falling to 10% at 4,000,000. go-yaml checks as it
 * decodes, this once at the end: only documents on the edge can differ.
 */
function isExcessiveAliasing({ decodes, aliasDecodes }: SharedMeasure): boolean {
  if (aliasDecodes <= 100 || decodes <= 1000) return false;
  const low = 400_000;
  const high = 4_000_000;
  const allowed = decodes <= low ? 0.99 : decodes >= high ? 0.1 : 0.99 - (0.89 * (decodes - low)) / (high - low);
  return aliasDecodes / decodes > allowed;
}
