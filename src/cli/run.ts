/**
 * `kse`: the command line of Kube Service Explorer. `run(argv, io)` parses the arguments, runs one
 * command against the injected IO and returns the exit code; it never touches Node itself.
 */
import { HELP_FLAG, usageError, type Command, EXIT_OK } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { flagName, flagSet, parseFlags } from './flags.ts';
import type { CliIO } from './io.ts';

export type { CliIO } from './io.ts';

/** Runs `kse ARGV…` (argv without the program name) and returns its exit code. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
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
    'to a fresh kubeadm cluster (Kubernetes v1.31) would give, and prints what kubectl and DNS would.',
    '',
    'Usage:',
    '  kse COMMAND [ARGS] [flags]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'kse COMMAND --help' for a command's flags.",
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
