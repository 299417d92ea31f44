/**
 * Which diagnostics are troubleshooting findings (why a Service would not work as meant), as
 * opposed to what the API server or the YAML parser refuse, and which graph boxes they are about.
 */
import type { Diagnostic, DiagnosticCode } from '../../../model/index.ts';
import type { OutlineItem } from '../../../worker/protocol.ts';

/** Parser, admission and guide notes: shown in Problems only. Every other code is a finding. */
const NOT_FINDINGS: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'YAML_SYNTAX',
  'NOT_AN_OBJECT',
  'MISSING_KIND',
  'UNKNOWN_KIND',
  'FIELD_INVALID',
  'ALLOCATION_CONFLICT',
  'ALREADY_EXISTS',
  'RESOURCE_VERSION_ON_CREATE',
  'NAMESPACE_IMPLICIT',
  'KIND_NOT_SIMULATED',
  'GUIDE_NOTE',
  'WARNING',
]);

export interface Finding {
  readonly diagnostic: Diagnostic;
  /** The box the finding is about: the object's own, or the first its controllers made. */
  readonly graphId: string | undefined;
}

export function findingsOf(diagnostics: readonly Diagnostic[], outline: readonly OutlineItem[]): Finding[] {
  const boxes = new Map(outline.map((item) => [item.key, item.graphIds[0]]));
  return diagnostics
    .filter((d) => !NOT_FINDINGS.has(d.code) && d.object !== undefined)
    .map((diagnostic) => ({ diagnostic, graphId: boxes.get(diagnostic.object ?? '') }));
}

/** Each box with a finding, and the worst severity among its findings (for the mark's colour). */
export function findingMarks(findings: readonly Finding[]): Map<string, 'warning' | 'info'> {
  const marks = new Map<string, 'warning' | 'info'>();
  for (const { diagnostic, graphId } of findings) {
    if (graphId === undefined) continue;
    const severity = diagnostic.severity === 'info' ? 'info' : 'warning';
    if (marks.get(graphId) !== 'warning') marks.set(graphId, severity);
  }
  return marks;
}
