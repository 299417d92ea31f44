/**
 * CliIO over Node's file system and stdio: the only module of the CLI that touches Node.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { text } from 'node:stream/consumers';
import type { CliIO } from './io.ts';

export interface NodeIOOptions {
  /** Drops what the command prints (benchmarks time the command, not the terminal). */
  readonly quiet?: boolean;
  /**
   * Threads that parse a large List, the main one included (list-parse.ts); by default
   * KSE_PARSE_THREADS, else one per core up to MAX_PARSE_THREADS. On 2 cores the built bin checks
   * the 50,714-object dump about a quarter faster on two threads than on one (bench/model.bench.ts
   * prints both).
   */
  readonly parseThreads?: number;
}

/** Past four, the main thread's own work (taking in the items, then the build) is what the check waits for. */
const MAX_PARSE_THREADS = 4;

/** The threads a large List is parsed on when KSE_PARSE_THREADS does not say. */
export const defaultParseThreads = (): number => Math.min(availableParallelism(), MAX_PARSE_THREADS);

/** The workerData that turns the bundled CLI into a list parser (main.ts, list-parse.ts). */
export const LIST_PARSER_WORKER = 'kse:list-parser';

export function createNodeIO(options: NodeIOOptions = {}): CliIO {
  const cwd = process.cwd();
  const threads = options.parseThreads ?? (Number.parseInt(process.env.KSE_PARSE_THREADS ?? '', 10) || defaultParseThreads());
  let closed = false;
  const write = (stream: NodeJS.WriteStream) => (chunk: string) => {
    if (!options.quiet && !closed) stream.write(chunk);
  };
  // `kse get pods | head -1`: the reader left; the rest of the output has nowhere to go, and that is no error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return {
    stdout: write(process.stdout),
    stderr: write(process.stderr),
    readFile: (path) => readFile(resolve(cwd, path), 'utf8'),
    readDir: async (path) => {
      const info = await stat(resolve(cwd, path)).catch(() => null);
      return info?.isDirectory() === true ? readdir(resolve(cwd, path)) : null;
    },
    readStdin: () => text(process.stdin),
    writeFile: (path, data) => writeFile(resolve(cwd, path), data),
    cwd,
    debug: (process.env.KSE_DEBUG ?? '') !== '' && process.env.KSE_DEBUG !== '0',
    ...(threads > 1 ? { parseLists: async (sources) => (await import('./list-parse.ts')).parseListsInThreads(sources, threads) } : {}),
  };
}
