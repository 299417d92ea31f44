/**
 * `kse check -f …`: every error and warning of the manifests, `file:line:col: field: message`,
 * errors first then warnings, each in source order; exit 1 if any error.
 */
import type { Diagnostic } from '../../model/index.ts';
import { EXIT_FAILURE, EXIT_OK, EVENTS_FLAG, FILENAME_FLAG, HELP_FLAG, loadCluster, usageError, type Command } from '../command.ts';
import { flagValue, flagValues } from '../flags.ts';
import { escapeOneLine } from '../terminal-text.ts';

export const checkCommand: Command = {
  name: 'check',
  summary: 'Validate manifests as kube-apiserver would, and list every error and warning',
  usage: 'check -f FILE|DIR|- [-o json]',
  flags: [FILENAME_FLAG, EVENTS_FLAG, { long: 'output', short: 'o', kind: 'string', value: 'json', help: 'print a JSON report instead of lines' }, HELP_FLAG],
  examples: ['kse check -f manifests/', 'kse check -f service.yaml -o json'],
  run: async (args, io) => {
    const output = flagValue(args, 'output');
    if (output !== undefined && output !== 'json') return usageError(io, 'check', `unknown output format "${output}", allowed formats are: json`);
    if (flagValues(args, 'filename').length === 0) return usageError(io, 'check', 'must specify -f');
    if (args.positionals.length > 0) return usageError(io, 'check', `unexpected argument "${args.positionals[0] ?? ''}"`);
    const loaded = await loadCluster(args, io);
    if (!loaded.ok) return loaded.exitCode;
    const errors = loaded.cluster.diagnostics.filter((d) => d.severity === 'error');
    const warnings = loaded.cluster.diagnostics.filter((d) => d.severity === 'warning');
    if (output === 'json') {
      const report = { valid: errors.length === 0, errors: errors.map(toJson), warnings: warnings.map(toJson) };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      io.stdout([...errors, ...warnings].map((d) => `${formatDiagnostic(d)}\n`).join(''));
      if (errors.length + warnings.length > 0) io.stderr(`${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}\n`);
    }
    return errors.length > 0 ? EXIT_FAILURE : EXIT_OK;
  },
};

/**
 * `file:line:col: field: message`, or `file:line:col: message` without a field: always one line,
 * so that editors and CI annotations can read it. A newline from the input (a key, a file name)
 * is printed as `\n`, as Go's %q prints it in the API server's own messages.
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, line, column } = diagnostic.range;
  const field = diagnostic.field === undefined || diagnostic.field === '' ? '' : `${escapeOneLine(diagnostic.field)}: `;
  return `${escapeOneLine(file)}:${line}:${column}: ${field}${escapeOneLine(diagnostic.message)}`;
}

function toJson(diagnostic: Diagnostic): Record<string, unknown> {
  return {
    object: diagnostic.object ?? null,
    field: diagnostic.field ?? null,
    type: diagnostic.type ?? null,
    message: diagnostic.message,
    file: diagnostic.range.file,
    line: diagnostic.range.line,
    column: diagnostic.range.column,
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
