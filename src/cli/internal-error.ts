/**
 * A crash is not a verdict. Exit 1 means "the API server would refuse this" (or "not found"), so
 * an exception inside kse gets its own exit code, 70 (EX_SOFTWARE of BSD's sysexits.h, "an internal
 * software error has been detected"), and one line on stderr that says so and asks for a report.
 * The stack trace is for whoever fixes it: only with KSE_DEBUG=1.
 */
import type { CliIO } from './io.ts';

/** Exit code of an internal error: a bug in kse, whatever the input. */
export const EXIT_INTERNAL = 70;

/** Prints the one-line report of an exception that escaped a command, and returns EXIT_INTERNAL. */
export function reportInternalError(io: CliIO, error: unknown): number {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const summary = what.replace(/\s+/g, ' ').trim().slice(0, 300);
  const debug = io.debug === true ? '' : '; KSE_DEBUG=1 prints the stack trace';
  io.stderr(`error: internal error in kse (${summary}): this is a bug in kse, not a verdict on the input; please report it with the command and the manifests that caused it${debug}\n`);
  if (io.debug === true && error instanceof Error && error.stack !== undefined) io.stderr(`${error.stack}\n`);
  return EXIT_INTERNAL;
}
