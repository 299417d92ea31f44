/**
 * The troubleshooting findings of a build, each with the graph box it is about: what the explorer
 * lists in its Troubleshooting panel and marks on the graph.
 */
import { isFinding, type Diagnostic } from '../model/index.ts';
import type { OutlineItem } from './outline.ts';

export interface Finding {
  readonly diagnostic: Diagnostic;
  /** The box the finding is about: the object's own, or the first its controllers made. */
  readonly graphId: string | undefined;
  /** The boxes of the other objects it names (a drift's Pods), those that are drawn. */
  readonly relatedIds?: readonly string[];
}

export function findingsOf(diagnostics: readonly Diagnostic[], outline: readonly OutlineItem[]): Finding[] {
  const boxes = new Map(outline.map((item) => [item.key, item.graphIds[0]]));
  return diagnostics
    .filter((d) => isFinding(d.code) && d.object !== undefined)
    .map((diagnostic) => {
      const related = (diagnostic.related ?? []).map((key) => boxes.get(key)).filter((id): id is string => id !== undefined);
      return { diagnostic, graphId: boxes.get(diagnostic.object ?? ''), ...(related.length > 0 ? { relatedIds: related } : {}) };
    });
}
