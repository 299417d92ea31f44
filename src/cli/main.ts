/**
 * The `kse` process: wires Node's file system, stdio and exit code to `run`. The only file of the
 * CLI that touches Node.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { text } from 'node:stream/consumers';
import { run } from './run.ts';

const cwd = process.cwd();

const exitCode = await run(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
  readFile: (path) => readFile(resolve(cwd, path), 'utf8'),
  readDir: async (path) => {
    const info = await stat(resolve(cwd, path)).catch(() => null);
    return info?.isDirectory() === true ? readdir(resolve(cwd, path)) : null;
  },
  readStdin: () => text(process.stdin),
  cwd,
});
process.exitCode = exitCode;
