/**
 * `kse`: the command line of Kube Service Explorer. `run(argv, io)` parses the arguments, runs one
 * command against the injected IO and returns the exit code; it never touches Node itself.
 */
import { HELP_FLAG, usageError, type Command, EXIT_OK } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { flagName, flagSet, parseFlags } from './flags.ts';
import { reportInternalError } from './internal-error.ts';
import type { CliIO } from './io.ts';
import { escapeTerminalText } from './terminal-text.ts';
import { DEFAULT_KUBE_VERSION, SUPPORTED_KUBE_VERSIONS } from '../model/versions/kube-version.ts';

export type { CliIO } from './io.ts';

/**
 * Runs `kse ARGV…` (argv without the program name) and returns its exit code. Everything printed
 * passes one gate that makes control characters visible (terminal-text.ts); an exception is an
 * internal error, exit 70, never a stack trace with exit 1 (internal-error.ts).
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const safe: CliIO = { ...io, stdout: (text) => io.stdout(escapeTerminalText(text)), stderr: (text) => io.stderr(escapeTerminalText(text)) };
  try {
    return await dispatch(argv, safe);
  } catch (error) {
    return reportInternalError(safe, error);
  }
}

async function dispatch(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(formatGlobalHelp());
    return name === undefined ? usageError(io, undefined, 'a command is required') : EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) return usageError(io, undefined, `unknown command "${name}" for "kse"`);
  const parsed = parseFlags(rest, command.flags);
  if (!parsed.ok) return usageError(io, command.name, parsed.error);
  if (flagSet(parsed.args, HELP_FLAG.long)) {
    io.stdout(formatCommandHelp(command));
    return EXIT_OK;
  }
  return command.run(parsed.args, io);
}

function formatGlobalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'kse: Kube Service Explorer on the command line. Builds the cluster that applying the manifests',
    `to a fresh kubeadm cluster (Kubernetes v${DEFAULT_KUBE_VERSION} unless --kube-version says otherwise) would give,`,
    'and prints what kubectl and DNS would.',
    '',
    `Kubernetes versions: ${SUPPORTED_KUBE_VERSIONS.join(', ')} (--kube-version 1.N on every command; default ${DEFAULT_KUBE_VERSION}).`,
    '',
    'Usage:',
    '  kse COMMAND [ARGS] [flags]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'kse COMMAND --help' for a command's flags.",
    '',
    'Exit codes:',
    '  0   done; check found no error',
    '  1   the API server would refuse the input (check), or what was asked for does not exist, or a file cannot be read',
    '  2   usage error: an unknown command, flag or value',
    '  70  internal error: a bug in kse, not a verdict on the input (KSE_DEBUG=1 prints its stack trace)',
    '',
  ].join('\n');
}

function formatCommandHelp(command: Command): string {
  const names = command.flags.map((flag) => `${flagName(flag)}${flag.value === undefined ? '' : ` ${flag.value}`}`);
  const width = Math.max(...names.map((n) => n.length));
  return [
    command.summary,
    '',
    'Usage:',
    `  kse ${command.usage}`,
    '',
    'Examples:',
    ...command.examples.map((example) => `  ${example}`),
    '',
    'Flags:',
    ...command.flags.map((flag, index) => `  ${(names[index] ?? '').padEnd(width)}  ${flag.help}`),
    '',
  ].join('\n');
}
