/** The marks findings put on the graph: each box a finding is about, with the worst severity among them. */
import type { Finding } from '../../../worker/protocol.ts';

export function findingMarks(findings: readonly Finding[]): Map<string, 'warning' | 'info'> {
  const marks = new Map<string, 'warning' | 'info'>();
  for (const { diagnostic, graphId } of findings) {
    if (graphId === undefined) continue;
    const severity = diagnostic.severity === 'info' ? 'info' : 'warning';
    if (marks.get(graphId) !== 'warning') marks.set(graphId, severity);
  }
  return marks;
}
