/**
 * What kubectl's YAML reading refuses and js-yaml lets through. js-yaml turns any mapping key
 * into a string (`? {a: 1}` becomes the key "[object Object]", `? [a, b]` the key "a,b", `null:`
 * the key "null") and follows an alias inside its own anchor into a cycle. kubectl reads through
 * sigs.k8s.io/yaml v1.4.0 (yaml.go), which stops at each of them:
 * - go-yaml v2 decodes a key into interface{} and refuses a map or a slice there (decode.go,
 *   decoder.mapping): `yaml: invalid map key: map[interface {}]interface {}{"a":1}`;
 * - convertToJSONableObject turns string, int, float and bool keys into JSON strings and refuses
 *   the rest, a null key among them: `unsupported map key of type: %!s(<nil>), key: <nil>, value: "x"`
 *   (reflect.TypeOf(nil) is a nil Type, which %s prints so);
 * - go-yaml v2 refuses an alias met again while it expands it (decoder.alias):
 *   `yaml: anchor 'a' value contains itself`.
 * Decoding errors come first, as go-yaml decodes the whole document before the conversion.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { goQuote } from '../resources/go-format.ts';
import { rangeAt, type TextRange } from './positions.ts';

export interface DecodeProblem extends TextRange {
  readonly message: string;
}

/**
 * True when the text may hold a key that is not a plain string: `? key`, a flow collection or an
 * alias before `:`, a null key. Only such documents are read again with `yaml`; the test runs on
 * every document, so it looks for rare strings natively and checks each place it finds them.
 */
function hasSuspectKey(text: string): boolean {
  return (
    FLOW_KEY_ENDS.some((end) => text.includes(end)) ||
    occursAtNodeStart(text, '?', (end) => isBlank(text[end])) ||
    occursAtNodeStart(text, '*', (end) => isAliasKey(text, end)) ||
    NULL_KEYS.some((word) => occursAtNodeStart(text, word, (end) => isKeyColon(text, end)))
  );
}

const FLOW_KEY_ENDS = [']: ', ']:\n', ']:\t', '] :', '}: ', '}:\n', '}:\t', '} :'];
const NULL_KEYS = ['null', 'Null', 'NULL', '~'];

const isBlank = (char: string | undefined): boolean => char === undefined || char === ' ' || char === '\t' || char === '\n';

function occursAtNodeStart(text: string, needle: string, followedBy: (end: number) => boolean): boolean {
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    let before = at - 1;
    while (text[before] === ' ' || text[before] === '\t' || text[before] === '-') before--;
    const start = before < 0 || text[before] === '\n' || text[before] === '[' || text[before] === '{' || text[before] === ',';
    if (start && followedBy(at + needle.length)) return true;
  }
  return false;
}

/** `: ` after optional blanks. */
function isKeyColon(text: string, end: number): boolean {
  let at = end;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return text[at] === ':' && isBlank(text[at + 1]);
}

/** The rest of an alias's name, then ` :` (an alias key needs the blank, or the colon is part of its name). */
function isAliasKey(text: string, end: number): boolean {
  let at = end;
  while (!isBlank(text[at]) && !',[]{}'.includes(text[at] ?? ',')) at++;
  return (text[at] === ' ' || text[at] === '\t') && isKeyColon(text, at);
}

/** The key kubectl would refuse first, if the document has one. */
export function findKeyProblem(text: string): DecodeProblem | undefined {
  if (!hasSuspectKey(text)) return undefined;
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  let nullKey: DecodeProblem | undefined;
  for (const { key, value } of pairsInOrder(doc.contents)) {
    const resolved = isAlias(key) ? key.resolve(doc) : key;
    if (isMap(resolved) || isSeq(resolved)) {
      return problem(text, key, `error converting YAML to JSON: yaml: invalid map key: ${goSyntaxOf(resolved, doc)}`);
    }
    if (nullKey === undefined && (key === null || (isScalar(resolved) && resolved.value === null))) {
      const at = key?.range ? key : (value as YamlNode | null);
      // %+#v of a nil interface{} is `<nil>` on its own, `interface {}(nil)` inside a map.
      const valueText = value === null || (isScalar(value) && value.value === null) ? '<nil>' : goSyntaxOf(value, doc);
      nullKey = problem(text, at, `error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: ${valueText}`);
    }
  }
  return nullKey;
}

/** Where an alias stands inside the node its anchor names, in go-yaml's words. */
export function describeCycle(text: string): DecodeProblem {
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  const stack: { node: unknown; anchors: readonly string[] }[] = [{ node: doc.contents, anchors: [] }];
  while (stack.length > 0) {
    const { node, anchors } = stack.pop() as (typeof stack)[number];
    if (isAlias(node)) {
      if (anchors.includes(node.source)) return problem(text, node, `error converting YAML to JSON: yaml: anchor '${node.source}' value contains itself`);
      continue;
    }
    const inner = typeof (node as { anchor?: unknown } | null)?.anchor === 'string' ? [...anchors, (node as { anchor: string }).anchor] : anchors;
    for (const child of childrenOf(node).reverse()) stack.push({ node: child, anchors: inner });
  }
  return { ...rangeAt(text, 0, 1), message: 'error converting YAML to JSON: yaml: an anchor value contains itself' };
}

function problem(text: string, node: YamlNode | null | undefined, message: string): DecodeProblem {
  const [start, end] = node?.range ?? [0, 1];
  return { ...rangeAt(text, start, end), message };
}

/** Every key/value pair in document order, a key's own pairs before it (go-yaml decodes a key before checking it). */
function* pairsInOrder(root: unknown): Generator<{ key: YamlNode | null; value: unknown }> {
  const stack: { node: unknown; pair?: boolean }[] = [{ node: root }];
  while (stack.length > 0) {
    const { node, pair } = stack.pop() as (typeof stack)[number];
    if (pair === true && isPair(node)) {
      yield { key: node.key as YamlNode | null, value: node.value };
      continue;
    }
    if (isPair(node)) {
      stack.push({ node: node.value }, { node, pair: true }, { node: node.key });
      continue;
    }
    for (const child of childrenOf(node).reverse()) stack.push({ node: child });
  }
}

function childrenOf(node: unknown): unknown[] {
  if (isMap(node) || isSeq(node)) return [...(node.items as unknown[])];
  if (isPair(node)) return [node.key, node.value];
  return [];
}

/** go-yaml v2's YAML 1.1 booleans (resolve.go), which `yaml`'s core schema leaves as strings. */
const YAML11_TRUE = /^(?:y|Y|yes|Yes|YES|on|On|ON|true|True|TRUE)$/;
const YAML11_FALSE = /^(?:n|N|no|No|NO|off|Off|OFF|false|False|FALSE)$/;

/** fmt's %#v of what go-yaml v2 decodes a node into: interface{} maps, slices and scalars. */
function goSyntaxOf(node: unknown, doc: Document, depth = 0): string {
  const resolved = isAlias(node) ? node.resolve(doc) : node;
  if (depth > 64) return '…';
  if (isMap(resolved)) {
    const entries = resolved.items.map((pair) => [goSyntaxOf(pair.key, doc, depth + 1), goSyntaxOf(pair.value, doc, depth + 1)] as const);
    // fmt prints a map's keys sorted (internal/fmtsort): numbers and booleans before quoted strings.
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `map[interface {}]interface {}{${entries.map(([k, v]) => `${k}:${v}`).join(', ')}}`;
  }
  if (isSeq(resolved)) return `[]interface {}{${resolved.items.map((item) => goSyntaxOf(item, doc, depth + 1)).join(', ')}}`;
  if (!isScalar(resolved)) return 'interface {}(nil)';
  const { value } = resolved;
  if (resolved.type === 'PLAIN' && typeof value === 'string') {
    if (YAML11_TRUE.test(value)) return 'true';
    if (YAML11_FALSE.test(value)) return 'false';
  }
  if (value === null || value === undefined) return 'interface {}(nil)';
  if (typeof value === 'string') return goQuote(value);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : 'interface {}(nil)';
}
