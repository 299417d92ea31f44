import { MarkerSeverity, type editor } from 'monaco-editor/editor';
import type { Diagnostic, Severity } from '../../../model/index.ts';

/** The marker owner of the model's diagnostics, apart from monaco-yaml's own (`yaml`). */
export const MARKER_OWNER = 'kse';

const SEVERITY: Readonly<Record<Severity, MarkerSeverity>> = {
  error: MarkerSeverity.Error,
  warning: MarkerSeverity.Warning,
  info: MarkerSeverity.Info,
};

/**
 * Markers set at most: each is a decoration Monaco keeps up to date on every edit, and a broken dump
 * can have one per line. The Problems list says how many there are in all.
 */
export const MARKERS_SET = 2000;

/** The model's diagnostics as Monaco markers, worded as `kse check` prints them (`field: message`). */
export function toMarkers(diagnostics: readonly Diagnostic[]): editor.IMarkerData[] {
  return diagnostics.slice(0, MARKERS_SET).map((diagnostic) => ({
    severity: SEVERITY[diagnostic.severity],
    message: diagnostic.field ? `${diagnostic.field}: ${diagnostic.message}` : diagnostic.message,
    // Field errors are the apiserver's own words; the rest is the simulator's.
    source: diagnostic.type ? 'kube-apiserver' : 'kse',
    code: diagnostic.code,
    startLineNumber: diagnostic.range.line,
    startColumn: diagnostic.range.column,
    endLineNumber: diagnostic.range.endLine,
    endColumn: diagnostic.range.endColumn,
  }));
}
