/** The marks findings put on the graph: each box a finding is about, with the worst severity among them. */
import type { Finding } from '../../../worker/protocol.ts';

export function findingMarks(findings: readonly Finding[]): Map<string, 'warning' | 'info'> {
  const marks = new Map<string, 'warning' | 'info'>();
  for (const { diagnostic, graphId, relatedIds = [] } of findings) {
    const severity = diagnostic.severity === 'info' ? 'info' : 'warning';
    // The objects a finding names beside its own (a drift's Pods) are marked with it.
    for (const id of [graphId, ...relatedIds]) {
      if (id !== undefined && marks.get(id) !== 'warning') marks.set(id, severity);
    }
  }
  return marks;
}
