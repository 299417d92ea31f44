/**
 * Every input that once broke `kse` (testdata/repro, README.md there) gets a clear answer: exit 0
 * or 1, no JavaScript error text, no raw control characters, and where the input is wrong, a
 * diagnostic located where the fault is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryIO } from './memory-io.ts';
import { run } from './run.ts';

const REPRO = join(import.meta.dirname, 'testdata', 'repro');
const EXAMPLES = join(import.meta.dirname, '..', 'examples');
const read = (file: string): string => readFileSync(join(REPRO, file), 'utf8');
/** Generous: the point is an answer instead of a hang, on however busy a machine. */
const BUDGET_MS = 120_000;

/** What no answer may contain: a JavaScript error, a stack frame, or a byte that drives a terminal. */
const LEAKS = /TypeError|RangeError|ReferenceError|Maximum call stack|\bat \S+\.ts:\d+|\[object Object\]|(?![\t\n])\p{Cc}/u;

interface Answer {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function kse(argv: readonly string[], files: Readonly<Record<string, string>>): Promise<Answer> {
  const io = createMemoryIO(files);
  const code = await run([...argv], io);
  return { code, out: io.out(), err: io.err() };
}

/** The command of a reproducer: its STEM.argv.json, `in.yaml` standing for the file, else `check -f`. */
function argvOf(stem: string): string[] {
  const file = `${stem}.yaml`;
  let argv: string[];
  try {
    argv = JSON.parse(read(`${stem}.argv.json`)) as string[];
  } catch {
    return ['check', '-f', file];
  }
  return argv.map((arg) => (arg === 'in.yaml' ? file : arg));
}

const STEMS = readdirSync(REPRO).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)).sort();

describe('every reproducer gets a clear answer', () => {
  it.each(STEMS)('%s', async (stem) => {
    const answer = await kse(argvOf(stem), { [`${stem}.yaml`]: read(`${stem}.yaml`) });
    expect([0, 1]).toContain(answer.code);
    expect(answer.out + answer.err).not.toMatch(LEAKS);
    // A refusal says why; a clean check may rightly print nothing.
    if (answer.code === 1) expect((answer.out + answer.err).trim()).not.toBe('');
  }, BUDGET_MS);

  it('a What-if scale to 2,147,483,647 replicas answers with exact counts', async () => {
    const files = { 'ui.yaml': readFileSync(join(EXAMPLES, 'guide-03-debug-ui.yaml'), 'utf8'), 'events.json': read('hang-events-scale.events.json') };
    const answer = await kse(['get', 'deploy', '-A', '--events', 'events.json', '-f', 'ui.yaml'], files);
    expect(answer.code).toBe(0);
    expect(answer.out).toMatch(/prometheus\s+\d+\/2147483647/);
  }, BUDGET_MS);

  it('a 5 MB externalName is refused for its length, not by a stack overflow', async () => {
    const text = `apiVersion: v1\nkind: Service\nmetadata:\n  name: ext\nspec:\n  type: ExternalName\n  externalName: ${'a'.repeat(5_000_000)}\n`;
    const answer = await kse(['check', '-f', 'ext.yaml'], { 'ext.yaml': text });
    expect(answer.code).toBe(1);
    expect(answer.out).toMatch(/^ext\.yaml:7:\d+: spec\.externalName: .*must be no more than 253 characters/m);
    expect(answer.out.length).toBeLessThan(10_000);
  }, BUDGET_MS);

  it('a syntax error is located where the fault is: the comma of `0,` at 2:2', async () => {
    const answer = await kse(['check', '-f', 'loc.yaml'], { 'loc.yaml': read('loc-wrong-yaml-syntax.yaml') });
    expect(answer.code).toBe(1);
    expect(answer.out).toMatch(/^loc\.yaml:2:2: /m);
    for (const [, line, column] of answer.out.matchAll(/^loc\.yaml:(\d+):(\d+): /gm)) {
      expect(Number(line)).toBeLessThanOrEqual(2);
      expect(Number(column)).toBeLessThanOrEqual(5);
    }
  });

  it('a load balancer hostname cannot smuggle a Mermaid directive into the diagram', async () => {
    const answer = await kse(['render', '--format', 'mermaid', '-f', 'lb.yaml'], { 'lb.yaml': read('mermaid-directive-injection.yaml') });
    expect(answer.code).toBe(0);
    expect(answer.out).toMatch(/^flowchart/m);
    expect(answer.out).not.toContain('%%{');
    // The only Mermaid comments are kse's own, naming each node's graph id.
    for (const line of answer.out.split('\n').filter((l) => l.includes('%%'))) expect(line).toMatch(/^ {2}%% n\d+ = \S+$/);
  });

  it('each diagnostic is one line starting file:line:col', async () => {
    for (const stem of STEMS.filter((s) => !s.includes('.argv'))) {
      if (argvOf(stem)[0] !== 'check') continue;
      const answer = await kse(argvOf(stem), { [`${stem}.yaml`]: read(`${stem}.yaml`) });
      if (answer.code === 0) continue;
      expect(answer.err.trim(), stem).toMatch(/^\d+ errors?, \d+ warnings?$/);
      for (const line of answer.out.trimEnd().split('\n')) expect(line, stem).toMatch(new RegExp(`^${stem}\\.yaml:\\d+:\\d+: `));
    }
  }, BUDGET_MS);
});
