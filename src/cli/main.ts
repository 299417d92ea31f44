/**
 * The `kse` process: runs the command with Node's file system and stdio, and sets the exit code.
 * run() turns a command's exception into exit 70; what escapes it (an error raised later, outside
 * the command's promise) is reported the same way here.
 */
import { reportInternalError } from './internal-error.ts';
import { workerData } from 'node:worker_threads';
import { createNodeIO, LIST_PARSER_WORKER } from './node-io.ts';
import { run } from './run.ts';
import { escapeTerminalText } from './terminal-text.ts';

if (workerData === LIST_PARSER_WORKER) {
  // The bundle started as a worker thread of list-parse.ts.
  await import('./list-parse-worker.ts');
} else {
  const io = createNodeIO();
  const crash = (error: unknown): void => {
    process.exitCode = reportInternalError({ ...io, stderr: (text) => io.stderr(escapeTerminalText(text)) }, error);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);

  process.exitCode = await run(process.argv.slice(2), io);
}
