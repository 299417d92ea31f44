/**
 * An in-memory CliIO for tests: files from a map, output captured.
 */
import type { CliIO } from './io.ts';

export interface MemoryIO extends CliIO {
  readonly out: () => string;
  readonly err: () => string;
  /** What the command wrote, by path as given. */
  readonly written: ReadonlyMap<string, string | Uint8Array>;
}

export interface MemoryIOOptions {
  readonly stdin?: string;
  readonly now?: string;
}

/** Paths are keys of `files` as given (relative to cwd `/repo`); a directory is any prefix ending in `/`. */
export function createMemoryIO(files: Readonly<Record<string, string>>, options: MemoryIOOptions = {}): MemoryIO {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string | Uint8Array>();
  const normalize = (path: string): string => path.replace(/^\.\//, '').replace(/\/+$/, '');
  return {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => {
      const text = files[normalize(path)];
      return text === undefined ? Promise.reject(new Error(`ENOENT: ${path}`)) : Promise.resolve(text);
    },
    readDir: (path) => {
      const prefix = `${normalize(path)}/`;
      const entries = Object.keys(files)
        .filter((file) => file.startsWith(prefix))
        .map((file) => file.slice(prefix.length).split('/')[0] ?? '');
      return Promise.resolve(entries.length === 0 ? null : [...new Set(entries)]);
    },
    readStdin: () => Promise.resolve(options.stdin ?? ''),
    writeFile: (path, data) => {
      written.set(path, data);
      return Promise.resolve();
    },
    cwd: '/repo',
    ...(options.now === undefined ? {} : { now: options.now }),
    out: () => stdout,
    err: () => stderr,
    written,
  };
}
