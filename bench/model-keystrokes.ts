/**
 * The model's share of a keystroke: the worker's whole answer to a build request (buildCluster
 * with the worker's caches, then the graph, the tables and the outline), in this process, for
 * the same manifests and the same edit as the browser's keystroke rows (browser.bench.ts,
 * keystrokes.ts): the last character of the first Service's `port:` line (its `externalName:`)
 * deleted and typed again. Each edit is timed twice: the whole answer, and buildCluster alone; in
 * CPU time, as the generated Pods' rows of model.bench.ts are, because the machines that run it are
 * shared and wall time there measures the neighbours too.
 */
import { readFileSync } from 'node:fs';
import { EXAMPLES } from '../src/examples/index.ts';
import { createModelHost } from '../src/worker/model-host.ts';
import { groupDigits } from '../src/present/text/group-digits.ts';
import { countObjects, generateDump, SMALL_SHAPE } from './generate-dump.ts';
import { manyPods } from './many-pods.ts';

const EDITABLE = /^\s*(- )?(port: \d+|externalName: \S+)\s*$/;

/** The texts an edit session goes through: the line's last character deleted, then typed back, `count` times in all. */
function editedTexts(text: string, count: number): string[] {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => EDITABLE.test(line));
  if (index < 0) return [];
  const line = lines[index]?.trimEnd() ?? '';
  const shorter = [...lines.slice(0, index), line.slice(0, -1), ...lines.slice(index + 1)].join('\n');
  const whole = [...lines.slice(0, index), line, ...lines.slice(index + 1)].join('\n');
  return Array.from({ length: count }, (_, i) => (i % 2 === 0 ? shorter : whole));
}

/** The CPU time this process has used, in milliseconds. */
function cpuMillis(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export interface KeystrokeRow {
  readonly name: string;
  /** Milliseconds per edit: the worker's whole answer, and its buildCluster part. */
  readonly answer: readonly number[];
  readonly build: readonly number[];
}

/**
 * Times `count` edits of each guide example and of the 1,000 Pods manifest, and a fifth as many
 * inside the 5,072-object dump (the browser's dump row: a port of its first Service), after a few
 * unmeasured ones.
 */
export function measureModelKeystrokes(count: number): KeystrokeRow[] {
  const cases = [
    ...EXAMPLES.filter((e) => e.id.startsWith('guide-')).map((e) => [e.id, readFileSync(new URL(`../src/examples/${e.file}`, import.meta.url), 'utf8'), count] as const),
    ['1,000 Pods', manyPods(1000), count] as const,
    [`${groupDigits(countObjects(SMALL_SHAPE))}-object dump`, generateDump(SMALL_SHAPE), Math.ceil(count / 5)] as const,
  ];
  const rows: KeystrokeRow[] = [];
  for (const [name, text, edits] of cases) {
    const host = createModelHost();
    const texts = [text, ...editedTexts(text, edits + 6)];
    const answer: number[] = [];
    const build: number[] = [];
    texts.forEach((edited, i) => {
      let built = 0;
      const started = cpuMillis();
      host.handle({ type: 'build', id: i, events: [], sources: [{ name: 'manifest.yaml', text: edited }] }, () => 0, (stage) => {
        // The host reports the stage that follows each of buildCluster's: 'views' follows the last.
        if (stage === 'views') built = cpuMillis();
      });
      const ended = cpuMillis();
      // The first build and the warm-up edits are left out.
      if (i > 6) {
        answer.push(ended - started);
        build.push(built - started);
      }
    });
    rows.push({ name, answer, build });
  }
  return rows;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** Prints the rows: medians of the whole answer and of buildCluster, in milliseconds. */
export function printModelKeystrokes(rows: readonly KeystrokeRow[]): void {
  console.log('keystroke in the model (worker answer, in process; CPU ms)   answer  buildCluster');
  for (const row of rows) console.log(`${row.name.padEnd(58)} ${median(row.answer).toFixed(2).padStart(7)}  ${median(row.build).toFixed(2).padStart(12)}`);
}
