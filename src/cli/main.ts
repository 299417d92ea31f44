/**
 * The `kse` process: runs the command with Node's file system and stdio, and sets the exit code.
 */
import { createNodeIO } from './node-io.ts';
import { run } from './run.ts';

process.exitCode = await run(process.argv.slice(2), createNodeIO());
