/**
 * Every answer is clear, located and safe to print: the reproducers of broken positions, depth,
 * long values, odd keys and escape sequences each get exit 0 or 1 and a one-line, located
 * message; no control character from the input reaches a terminal; a crash exits 70.
 */
import { describe, expect, it } from 'vitest';
import { EXIT_INTERNAL } from './internal-error.ts';
import type { CliIO } from './io.ts';
import { createMemoryIO } from './memory-io.ts';
import { run } from './run.ts';

// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** Parsing 10,000 levels or 5 MB on a busy two-core machine: generous, and a hang still fails. */
const HEAVY_TEST_TIMEOUT_MS = 120_000;
const JS_ERROR = /TypeError|RangeError|ReferenceError|Maximum call stack|\bat \S+\.ts:\d+|\[object Object\]/;
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: 80}]\n';

async function kse(argv: readonly string[], files: Readonly<Record<string, string>>) {
  const io = createMemoryIO(files);
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const check = (text: string) => kse(['check', '-f', 'in.yaml'], { 'in.yaml': text });

describe('kse check: each reproducer gets one located line', () => {
  it.each([
    ['a syntax error, at the comma of `0,`', '*{--\n0,\n', 'in.yaml:2:2: Unexpected comma token in YAML stream: ","'],
    ['10,000 nested flow sequences', `${SERVICE}  x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, "in.yaml:7:10004: error unmarshaling JSON: while decoding JSON: invalid character '[' exceeded max depth"],
    ['10,000 nested flow mappings', `${SERVICE}  x: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, "in.yaml:7:39998: error unmarshaling JSON: while decoding JSON: invalid character '{' exceeded max depth"],
    ['10,000 nested block sequences', `${SERVICE}  x:\n  ${'- '.repeat(10_000)}1\n`, 'in.yaml:8:20001: error converting YAML to JSON: yaml: line 8: exceeded max depth of 10000'],
    ['a complex mapping key', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  ? {a: 1}\n  : x\n', 'in.yaml:5:5: error converting YAML to JSON: yaml: invalid map key: map[interface {}]interface {}{"a":1}'],
    ['a key with a newline', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  "a\\nb": x\nspec:\n  ports: [{port: 80}]\n', 'in.yaml:5:3: metadata.a\\nb: unknown field "metadata.a\\nb"'],
  ])('%s', async (_name, text, line) => {
    const answer = await check(text);
    expect(answer.code).toBe(1);
    expect(answer.out.split('\n')).toContain(line);
    expect(answer.out + answer.err).not.toMatch(JS_ERROR);
  }, HEAVY_TEST_TIMEOUT_MS);

  it('refuses a 5 MB externalName for its length, with the value cut', async () => {
    const answer = await check(`apiVersion: v1\nkind: Service\nmetadata:\n  name: ext\nspec:\n  type: ExternalName\n  externalName: ${'a.'.repeat(2_500_000)}a\n`);
    expect(answer.code).toBe(1);
    expect(answer.out).toMatch(/^in\.yaml:7:3: spec\.externalName: Invalid value: "(?:a\.){32}…" \(5000001 characters\): must be no more than 253 characters$/m);
    expect(answer.out.length).toBeLessThan(1_000);
  }, HEAVY_TEST_TIMEOUT_MS);

  it('prints escape sequences from the manifest as visible text, on their line', async () => {
    const answer = await check('apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    x: >\u001b]0;PWNED\u0007\u001b[2J\u001b[31mFAKE OK\u001b[0m\n');
    expect(answer.code).toBe(1);
    expect(answer.out).not.toMatch(CONTROL);
    expect(answer.out).toContain('in.yaml:6:9: Block scalar header includes extra characters: >^[]0;PWNED^G^[[2J^[[31mFAKE');
    for (const line of answer.out.trimEnd().split('\n')) expect(line).toMatch(/^in\.yaml:\d+:\d+: /);
  });
});

describe('every command prints control characters visibly', () => {
  const hostile = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    note: "a\\e]0;T\\abc\\x9b31mX\\x7f\\rZ"\nspec:\n  type: NodePort\n  ports: [{port: 80}]\n';
  const files = { 'in.yaml': hostile, 'bad.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  "k\\e[2J": x\n' };

  it.each([
    [['check', '-f', 'bad.yaml']],
    [['check', '-f', 'bad.yaml', '-o', 'json']],
    [['get', 'svc', '-o', 'wide', '-f', 'in.yaml']],
    [['get', 'svc', 'web', '-o', 'yaml', '-f', 'in.yaml']],
    [['get', 'svc', 'web', '-o', 'json', '-f', 'in.yaml']],
    [['describe', 'svc', 'web', '-f', 'in.yaml']],
    [['dns', 'web\u001b[2J.default.svc.cluster.local', '-f', 'in.yaml']],
    [['trace', 'web', '-f', 'in.yaml']],
    [['proxy', '-f', 'in.yaml']],
    [['render', '--format', 'mermaid', '-f', 'in.yaml']],
    [['render', '-f', 'in.yaml']],
    [['get', 'svc', '-f', 'no\u001b[2Jsuch.yaml']],
  ])('kse %j', async (argv) => {
    const answer = await kse(argv, files);
    expect([0, 1]).toContain(answer.code);
    expect(answer.out + answer.err).not.toMatch(CONTROL);
  });

  it('keeps the value in -o yaml and -o json: the escapes there are the formats\' own', async () => {
    const yaml = await kse(['get', 'svc', 'web', '-o', 'yaml', '-f', 'in.yaml'], files);
    expect(yaml.out).toContain('note: "a\\e]0;T\\abc\\u009b31mX\\u007f\\rZ"');
    const json = await kse(['get', 'svc', 'web', '-o', 'json', '-f', 'in.yaml'], files);
    expect((JSON.parse(json.out) as { metadata: { annotations: { note: string } } }).metadata.annotations.note).toBe('a\u001b]0;T\u0007bc\u009b31mX\u007f\rZ');
  });

  it('shows ESC and CR as kubectl does (^[ and \\r), the rest of C0 in caret notation', async () => {
    const answer = await kse(['describe', 'svc', 'web', '-f', 'in.yaml'], files);
    expect(answer.out).toContain('a^[]0;T^Gbc\\u009b31mX\\u007f\\rZ');
  });
});

describe('a crash is not a verdict', () => {
  /** An IO whose stdout fails: whatever the command, an exception escapes it. */
  const failing = (debug: boolean): CliIO & { err: () => string } => {
    const io = createMemoryIO({});
    return { ...io, debug, stdout: () => {
      throw new TypeError('boom\nsecond line');
    } };
  };

  it('exits 70 with one line that asks for a report, and no stack trace', async () => {
    const io = failing(false);
    expect(await run(['--help'], io)).toBe(EXIT_INTERNAL);
    expect(io.err()).toBe(
      'error: internal error in kse (TypeError: boom second line): this is a bug in kse, not a verdict on the input; please report it with the command and the manifests that caused it; KSE_DEBUG=1 prints the stack trace\n',
    );
  });

  it('prints the stack trace with KSE_DEBUG=1', async () => {
    const io = failing(true);
    expect(await run(['--help'], io)).toBe(EXIT_INTERNAL);
    const [first, ...stack] = io.err().trimEnd().split('\n');
    expect(first).toMatch(/^error: internal error in kse \(TypeError: boom second line\): .*manifests that caused it$/);
    expect(stack.join('\n')).toMatch(/TypeError: boom\nsecond line\n\s+at /);
  });

  it('lists the exit codes in kse --help', async () => {
    const answer = await kse(['--help'], {});
    expect(answer.out).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 .*\n {2}70 +internal error: a bug in kse, not a verdict on the input/);
  });
});
