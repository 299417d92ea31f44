/**
 * Which of a ReplicaSet's Pods go first when it has too many (pkg/controller/replicaset/replica_set.go
 * getPodsToDelete, pkg/controller/controller_utils.go ActivePodsWithRanks.Less): the Pods that cost
 * least to lose. Restart counts are not simulated; ties go by name, so the choice is deterministic
 * where the real sort is not.
 */
import type { Pod } from '../objects.ts';
import { isPodReady } from '../controllers/pod-conditions.ts';

const PHASE_RANK: Readonly<Record<string, number>> = { Pending: 0, Unknown: 1, Running: 2 };
const DELETION_COST = 'controller.kubernetes.io/pod-deletion-cost';

function readySince(pod: Pod): string {
  return pod.status?.conditions?.find((condition) => condition.type === 'Ready' && condition.status === 'True')?.lastTransitionTime ?? '';
}

/** Compares two Pods: negative when `a` should be deleted before `b`. */
function compare(a: Pod, b: Pod, related: ReadonlyMap<string, number>): number {
  const nodeA = a.spec?.nodeName ?? '';
  const nodeB = b.spec?.nodeName ?? '';
  // 1. Unassigned < assigned.
  if ((nodeA === '') !== (nodeB === '')) return nodeA === '' ? -1 : 1;
  // 2. Pending < Unknown < Running.
  const phase = (PHASE_RANK[a.status?.phase ?? 'Pending'] ?? 0) - (PHASE_RANK[b.status?.phase ?? 'Pending'] ?? 0);
  if (phase !== 0) return phase;
  // 3. Not ready < ready.
  if (isPodReady(a) !== isPodReady(b)) return isPodReady(a) ? 1 : -1;
  // 4. Lower pod-deletion-cost < higher.
  const cost = Number(a.metadata?.annotations?.[DELETION_COST] ?? 0) - Number(b.metadata?.annotations?.[DELETION_COST] ?? 0);
  if (cost !== 0) return cost;
  // 5. Doubled up (more related Pods on the same Node) < not.
  const rank = (related.get(nodeB) ?? 0) - (related.get(nodeA) ?? 0);
  if (rank !== 0) return rank;
  // 6. Ready for less time < more; 8. newer < older.
  const since = readySince(b).localeCompare(readySince(a));
  if (since !== 0) return since;
  const created = (b.metadata?.creationTimestamp ?? '').localeCompare(a.metadata?.creationTimestamp ?? '');
  if (created !== 0) return created;
  return (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? '');
}

/** The `count` Pods of `active` to delete, first to go first. */
export function podsToDelete<T extends { readonly object: Pod }>(active: readonly T[], count: number): T[] {
  const related = new Map<string, number>();
  for (const { object } of active) {
    const node = object.spec?.nodeName ?? '';
    related.set(node, (related.get(node) ?? 0) + 1);
  }
  return [...active].sort((a, b) => compare(a.object, b.object, related)).slice(0, Math.max(count, 0));
}
