/**
 * `kse check` of the dump as a user runs it: the built bin (dist-cli/kse.mjs) in a process of its
 * own, on one thread and on its default threads, beside the floor, js-yaml's parse of the same
 * file in a process of its own. The three run in turn, round after round, so that a busy spell of
 * the machine falls on all of them alike; the median of each counts.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { defaultParseThreads } from '../src/cli/node-io.ts';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'dist-cli', 'kse.mjs');

export interface CheckTimes {
  /** js-yaml loadAll of the file, read from disk, in a fresh process. */
  readonly floor: readonly number[];
  readonly oneThread: readonly number[];
  readonly defaultThreads: readonly number[];
  readonly threads: number;
  readonly exitCode: number | null;
}

export function timeDumpCheck(file: string, rounds: number): CheckTimes {
  const floor: number[] = [];
  const oneThread: number[] = [];
  const defaultThreads: number[] = [];
  let exitCode: number | null = null;
  for (let round = 0; round < rounds; round++) {
    floor.push(parseInProcess(file));
    oneThread.push(wall(() => (exitCode = check(file, { KSE_PARSE_THREADS: '1' }))));
    defaultThreads.push(wall(() => check(file, {})));
  }
  return { floor, oneThread, defaultThreads, threads: defaultParseThreads(), exitCode };
}

export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function check(file: string, env: Record<string, string>): number | null {
  const { KSE_PARSE_THREADS: _, ...rest } = process.env;
  const result = spawnSync(process.execPath, [BIN, 'check', '-f', file], { env: { ...rest, ...env }, stdio: 'ignore' });
  if (result.error !== undefined) throw result.error;
  return result.status;
}

function parseInProcess(file: string): number {
  const script = `const t = require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'); const s = performance.now(); require('js-yaml').loadAll(t); console.log(performance.now() - s);`;
  const result = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the js-yaml floor failed: ${result.stderr}`);
  return Number(result.stdout.trim());
}

function wall(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
