/**
 * Source offsets of a block-style document from js-yaml's parse events, about ten times faster
 * than a `yaml` document: `kse check` locates thousands of findings in a cluster dump. It answers
 * only where its ranges are known to equal the `yaml` locator's, to the column (block
 * collections and plain or quoted scalars), and declines otherwise (flow collections, block
 * scalars, comments after a collection, anything js-yaml refuses), so the caller falls back.
 */
import { CORE_SCHEMA, load } from 'js-yaml';

/** A node as the parser saw it: offsets into the document text. */
class ParsedNode {
  end = 0;
  kind = '';
  /** The value js-yaml made of it: keys are matched by it. */
  result: unknown = undefined;
  /** Made on the first child: most nodes are scalars. */
  children: ParsedNode[] | undefined = undefined;
  constructor(readonly start: number) {}
}

const NO_CHILDREN: readonly ParsedNode[] = [];
const childrenOf = (node: ParsedNode): readonly ParsedNode[] => node.children ?? NO_CHILDREN;

/** Start and end offsets of what a path reaches. */
export type OffsetRange = readonly [number, number];

export interface FastLocator {
  /** The range, or undefined where only the `yaml` locator knows it. */
  locate(path: readonly (string | number)[]): OffsetRange | undefined;
}

/** Thrown inside a lookup where the ranges of the two parsers may differ. */
class Declined extends Error {}

function parseTree(text: string): ParsedNode | undefined {
  const root = new ParsedNode(0);
  const stack: ParsedNode[] = [root];
  try {
    load(text, {
      // The core schema: keys read as `yaml` reads them (no timestamps).
      schema: CORE_SCHEMA,
      // Called twice for every node of every document located: it allocates as little as it can.
      listener(event, state) {
        if (event === 'open') {
          stack.push(new ParsedNode(state.position));
          return;
        }
        const node = stack.pop();
        if (node === undefined) return;
        node.end = state.position;
        node.kind = state.kind ?? '';
        node.result = state.result;
        const parent = stack[stack.length - 1];
        if (parent === undefined) return;
        if (parent.children) parent.children.push(node);
        else parent.children = [node];
      },
    });
  } catch {
    return undefined;
  }
  return root.children?.[0];
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Where a node's text begins: js-yaml opens a value at the space after its key's colon. */
function contentStart(text: string, at: number): number {
  let i = at;
  for (;;) {
    while (isSpace(text[i])) i++;
    if (text[i] !== '#') return i;
    while (i < text.length && text[i] !== '\n') i++;
  }
}

const isBlock = (text: string, node: ParsedNode): boolean =>
  (node.kind === 'mapping' || node.kind === 'sequence') && text[contentStart(text, node.start)] !== '{' && text[contentStart(text, node.start)] !== '[';

/** A plain scalar's event ends after the spaces that follow it; `yaml`'s range does not. */
function scalarEnd(text: string, node: ParsedNode): number {
  let end = node.end;
  while (end > node.start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}

function lastLeaf(text: string, node: ParsedNode): ParsedNode {
  const last = isBlock(text, node) ? childrenOf(node).at(-1) : undefined;
  return last === undefined ? node : lastLeaf(text, last);
}

/**
 * `yaml` ends a block collection after the line break that follows its last leaf, and a scalar at
 * its last character.
 */
function endOf(text: string, node: ParsedNode): number {
  const leaf = lastLeaf(text, node);
  if (leaf.kind === 'scalar' && /[|>]/.test(text[contentStart(text, leaf.start)] ?? '')) throw new Declined();
  const leafEnd = leaf.kind === 'scalar' ? scalarEnd(text, leaf) : leaf.end;
  if (!isBlock(text, node)) return leafEnd;
  const lineBreak = text.indexOf('\n', leafEnd);
  if (lineBreak < 0) return text.length;
  if (text.slice(leafEnd, lineBreak).trim() !== '' || /^(?:[ \t]*\n)*[ \t]*#/.test(text.slice(lineBreak + 1, lineBreak + 400))) throw new Declined();
  return lineBreak + 1;
}

export function createFastLocator(text: string): FastLocator | undefined {
  const document = parseTree(text);
  if (document === undefined) return undefined;
  return {
    locate(path) {
      try {
        let node = document;
        let best: OffsetRange = [contentStart(text, node.start), endOf(text, node)];
        for (const segment of path) {
          if ((node.kind === 'mapping' || node.kind === 'sequence') && !isBlock(text, node)) return undefined;
          if (node.kind === 'mapping') {
            // Keys and values alternate among a mapping's children; the first equal key wins, as in `yaml`.
            let at = -1;
            const children = childrenOf(node);
            for (let i = 0; i + 1 < children.length; i += 2) {
              if (String(children[i]?.result) === String(segment)) {
                at = i;
                break;
              }
            }
            const key = children[at];
            const value = children[at + 1];
            if (key === undefined || value === undefined) break;
            const start = contentStart(text, key.start);
            const end = endOf(text, value);
            best = [start, end < start ? key.end : end];
            node = value;
          } else if (node.kind === 'sequence' && typeof segment === 'number') {
            const item = childrenOf(node)[segment];
            if (item === undefined) break;
            best = [contentStart(text, item.start), endOf(text, item)];
            node = item;
          } else break;
        }
        return best;
      } catch (error) {
        if (error instanceof Declined) return undefined;
        throw error;
      }
    },
  };
}
