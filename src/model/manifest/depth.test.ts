import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster.ts';
import { HEAVY_TEST_TIMEOUT_MS } from '../testing/property.ts';
import { MAX_NESTING_DEPTH } from './depth.ts';
import { scanDepth } from './depth-scan.ts';
import { parseManifests } from './parse.ts';

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: 80}]\n';

/** The reproducers' shapes: `x` under spec, 10,000 levels deep (the Service and spec mappings add two). */
const flowSeq = (levels: number): string => `${SERVICE}  x: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
const flowMap = (levels: number): string => `${SERVICE}  x: ${'{a: '.repeat(levels)}1${'}'.repeat(levels)}\n`;
const blockSeq = (levels: number): string => `${SERVICE}  x:\n  ${'- '.repeat(levels)}1\n`;

const errorsOf = (text: string) =>
  parseManifests([{ name: 'deep.yaml', text }]).diagnostics.map((d) => `${d.range.line}:${d.range.column} ${d.message}`);

describe('nesting depth', () => {
  it.each([
    // go-yaml accepts a flow level of 10,000; json.Decoder stops at the 10,001st collection, the 9,999th bracket.
    ['flow sequences', flowSeq(10_000), `7:${5 + 9_998 + 1} error unmarshaling JSON: while decoding JSON: invalid character '[' exceeded max depth`],
    ['flow mappings', flowMap(10_000), `7:${5 + 4 * 9_998 + 1} error unmarshaling JSON: while decoding JSON: invalid character '{' exceeded max depth`],
    // The first `-` stands at its key's column and pushes no indent: go-yaml's 10,001st indent is the 10,000th `-`.
    ['block sequences', blockSeq(10_000), `8:${2 + 2 * 9_999 + 1} error converting YAML to JSON: yaml: line 8: exceeded max depth of 10000`],
  ])('refuses 10,000 levels of %s as kubectl does, at the bracket where it stops', (_name, text, expected) => {
    expect(errorsOf(text)).toEqual([expected]);
  }, HEAVY_TEST_TIMEOUT_MS);

  it('counts go-yaml\'s line within the document after a `---`, and leaves it out on the first line', () => {
    const deep = `  ${'- '.repeat(10_001)}1\n`;
    expect(errorsOf(`kind: A\n---\nx:\n${deep}`)[0]).toMatch(/: yaml: line 2: exceeded max depth of 10000$/);
    expect(errorsOf(`x: ${'['.repeat(10_001)}`)[0]).toMatch(/: yaml: exceeded max depth of 10000$/);
  });

  it.each([
    // The Service and spec are two levels: the (MAX - 1)th bracket or `-` is one too many.
    ['flow sequences', flowSeq, `7:${6 + (MAX_NESTING_DEPTH - 2)}`],
    ['flow mappings', flowMap, `7:${6 + 4 * (MAX_NESTING_DEPTH - 2)}`],
    ['block sequences', blockSeq, `8:${3 + 2 * (MAX_NESTING_DEPTH - 2)}`],
  ])('reads %s up to its own limit, and says where a document goes past it', (_name, make, at) => {
    expect(errorsOf(make(MAX_NESTING_DEPTH - 2))).toEqual([]);
    const message = `nested more than ${MAX_NESTING_DEPTH} levels deep: kse reads at most ${MAX_NESTING_DEPTH} levels (kubectl reads up to 10000)`;
    for (const levels of [MAX_NESTING_DEPTH - 1, 1_000, 3_000]) expect(errorsOf(make(levels))).toEqual([`${at} ${message}`]);
  });

  it('refuses an alias inside its own anchor, which js-yaml makes a cycle, with go-yaml\'s words', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  managedFields:\n  - fieldsV1: &a {f: [*a]}\n';
    expect(errorsOf(text)).toEqual(["6:23 error converting YAML to JSON: yaml: anchor 'a' value contains itself"]);
  });

  it('refuses an alias bomb as go-yaml does, measuring each shared node once', () => {
    // 2^31 nodes once expanded, which every deep copy after the parser would do.
    let bomb = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  managedFields:\n  - fieldsV1:\n      a0: &a0 [x, x]\n';
    for (let i = 1; i < 30; i++) bomb += `      a${i}: &a${i} [*a${i - 1}, *a${i - 1}]\n`;
    expect(errorsOf(bomb)).toEqual(['8:16 error converting YAML to JSON: yaml: document contains excessive aliasing']);
    // A few shared anchors, as people write them, are fine.
    const anchors = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: &l {app: a}\n  annotations: *l\ndata: {a: x}\n';
    expect(errorsOf(anchors)).toEqual([]);
  });

  it('builds and clones a cluster whose objects nest as deep as kse reads', () => {
    // managedFields[].fieldsV1 decodes as any JSON: the deepest value a served kind keeps.
    const levels = MAX_NESTING_DEPTH - 4;
    const text = `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  managedFields:\n  - manager: m\n    fieldsV1: ${'{f: '.repeat(levels)}1${'}'.repeat(levels)}\nspec:\n  ports: [{port: 80}]\n`;
    const cluster = buildCluster([{ name: 'deep.yaml', text }]);
    expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(() => structuredClone(cluster)).not.toThrow();
  });
});

describe('scanDepth', () => {
  it.each([
    ['a block mapping', 'a:\n  b:\n    c: 1\n', 3],
    ['an indentless sequence under its key', 'a:\n- b:\n  - c\n', 4],
    ['compact nested sequences', '- - - x\n', 3],
    ['flow inside block', 'a:\n  b: [{c: [1]}]\n', 5],
    ['brackets in quotes, comments and block scalars', 'a: "[[[["\nb: \'{{\' # [[[\nc: |\n  [[[[[\n  {{{{\nd: x\n', 1],
    ['a flow collection over several lines', 'a: [\n  [\n    [1],\n  ],\n]\n', 4],
    ['a plain scalar with brackets inside', 'a: b[0]{1}\n', 1],
  ])('counts %s', (_name, text, depth) => {
    expect(scanDepth(text, 100).depth).toBe(depth);
  });
});
