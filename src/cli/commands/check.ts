/**
 * `kse check -f …`: every error and warning of the manifests, `file:line:col: field: message`,
 * errors first then warnings, each in source order; exit 1 if any error.
 */
import type { Diagnostic, InputSummary } from '../../model/index.ts';
import { EXIT_FAILURE, EXIT_OK, EVENTS_FLAG, INPUT_FLAG, KUBE_VERSION_FLAG, GATEWAY_API_FLAG, FILENAME_FLAG, HELP_FLAG, loadCluster, usageError, type Command } from '../command.ts';
import { flagValue, flagValues } from '../flags.ts';
import { escapeOneLine } from '../terminal-text.ts';

export const checkCommand: Command = {
  name: 'check',
  summary: 'Validate manifests as kube-apiserver would, and list every error and warning',
  usage: 'check -f FILE|DIR|- [-o json]',
  flags: [FILENAME_FLAG, EVENTS_FLAG, INPUT_FLAG, KUBE_VERSION_FLAG, GATEWAY_API_FLAG, { long: 'output', short: 'o', kind: 'string', value: 'json', help: 'print a JSON report instead of lines' }, HELP_FLAG],
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
      const report = {
        valid: errors.length === 0,
        errors: errors.map(toJson),
        warnings: warnings.map(toJson),
        kubeVersion: loaded.cluster.config.kubeVersion,
        input: loaded.cluster.input?.mode ?? 'manifest',
      };
      io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      io.stdout([...errors, ...warnings].map((d) => `${formatDiagnostic(d)}\n`).join(''));
      const counts = errors.length + warnings.length > 0 ? `${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}` : undefined;
      const input = describeInput(loaded.cluster.input);
      const summary = [counts, input].filter((part) => part !== undefined).join('; ');
      if (summary !== '') io.stderr(`${summary}\n`);
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

/**
 * How the input was read, when it was not plainly as manifests: a dump's objects are loaded as
 * stored state, and the person should know that before reading the findings.
 */
function describeInput(input: InputSummary | undefined): string | undefined {
  if (input === undefined || (input.mode === 'manifest' && input.requested === 'auto')) return undefined;
  const { manifest, dump } = input.objects;
  const stored = `${plural(dump, 'object')} loaded as the stored state of a running cluster`;
  const applied = `${plural(manifest, 'object')} applied as manifests`;
  const parts = input.mode === 'dump' ? [stored] : input.mode === 'manifest' ? [applied] : [stored, applied];
  const notSimulated = input.notSimulated > 0 ? [`${plural(input.notSimulated, 'object')} kept but not simulated`] : [];
  return `input: ${input.mode} (${[...parts, ...notSimulated].join(', ')})`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
