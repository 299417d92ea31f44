/**
 * `kubectl cordon`, `uncordon` and `drain` (staging/src/k8s.io/kubectl/pkg/drain): what happens to
 * the Node, and to the Pods on it.
 */
import type { Taint } from 'kubernetes-types/core/v1';
import type { RuntimeEvent } from './types.ts';
import type { Entry, Node, Pod } from '../objects.ts';
import { controllerOf } from '../controllers/pod-template.ts';
import { findNode, podRef, putNode, type EventRun } from './overlay-state.ts';
import { evictCounted } from './owners.ts';
import { notFound, removeAndReplace, type Applied } from './pod-events.ts';

type EventOf<K extends RuntimeEvent['kind']> = Extract<RuntimeEvent, { kind: K }>;

export const TAINT_UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';
const MIRROR_ANNOTATION = 'kubernetes.io/config.mirror';

/**
 * kubectl sets spec.unschedulable; the node lifecycle controller then adds or removes the
 * `node.kubernetes.io/unschedulable:NoSchedule` taint (TaintNodesByCondition,
 * pkg/controller/nodelifecycle/node_lifecycle_controller.go doNoScheduleTaintingPass).
 */
function withUnschedulable(node: Node, unschedulable: boolean, now: string): Node {
  const { unschedulable: _unschedulable, taints = [], ...spec } = node.spec ?? {};
  const kept = taints.filter((taint) => taint.key !== TAINT_UNSCHEDULABLE);
  const added: Taint[] = unschedulable ? [{ key: TAINT_UNSCHEDULABLE, effect: 'NoSchedule', timeAdded: now }] : [];
  const all = [...kept, ...added];
  return { ...node, spec: { ...spec, ...(unschedulable ? { unschedulable: true } : {}), ...(all.length > 0 ? { taints: all } : {}) } };
}

/** Cordons or uncordons; returns kubectl's line (`node/x cordoned`, `node/x already cordoned`). */
function setUnschedulable(run: EventRun, entry: Entry<Node>, unschedulable: boolean): string {
  const name = entry.object.metadata?.name ?? '';
  const verb = unschedulable ? 'cordoned' : 'uncordoned';
  if ((entry.object.spec?.unschedulable === true) === unschedulable) return `node/${name} already ${verb}`;
  putNode(run, { ...entry, object: withUnschedulable(entry.object, unschedulable, run.context.config.now) });
  return `node/${name} ${verb}`;
}

export function cordon(run: EventRun, event: EventOf<'cordon'>): Applied {
  const entry = findNode(run, event.node);
  if (!entry) return notFound('nodes', event.node);
  const line = setUnschedulable(run, entry, event.unschedulable);
  const effect = event.unschedulable ? 'Pods already running stay; new Pods go elsewhere' : 'new Pods may be scheduled here again';
  return { applied: true, summary: `${line}; ${effect}` };
}

type DrainFilter = 'evict' | 'daemonset' | 'mirror';

/** drain's filters (pkg/drain/filters.go): mirror Pods are skipped, DaemonSet Pods ignored (--ignore-daemonsets), the rest evicted. */
function drainFilter(run: EventRun, pod: Pod): DrainFilter {
  if (pod.metadata?.annotations?.[MIRROR_ANNOTATION] !== undefined) return 'mirror';
  const reference = controllerOf(pod.metadata);
  // daemonSetFilter: a Pod of a DaemonSet that no longer exists is deleted (with --force).
  const exists = run.state.daemonSets.some((set) => set.object.metadata?.name === reference?.name && set.object.metadata?.namespace === pod.metadata?.namespace);
  return reference?.kind === 'DaemonSet' && exists ? 'daemonset' : 'evict';
}

/**
 * `kubectl drain --ignore-daemonsets --delete-emptydir-data --force`: cordon, then evict every Pod
 * on the Node but DaemonSet and mirror Pods. An evicted Pod is deleted, so its controller
 * replaces it, on another Node since this one is now cordoned.
 */
export function drain(run: EventRun, event: EventOf<'drain'>): Applied {
  const entry = findNode(run, event.node);
  if (!entry) return notFound('nodes', event.node);
  const lines = [setUnschedulable(run, entry, true)];
  const onNode = run.state.pods
    .filter((pod) => pod.object.spec?.nodeName === event.node)
    .sort((a, b) => podRef(a.object).localeCompare(podRef(b.object)));
  const ignored = onNode.filter((pod) => drainFilter(run, pod.object) === 'daemonset').map((pod) => podRef(pod.object));
  const evicted = onNode.filter((pod) => drainFilter(run, pod.object) === 'evict');
  if (ignored.length > 0) lines.push(`Warning: ignoring DaemonSet-managed Pods: ${ignored.join(', ')}`);
  const bare = evicted.filter((pod) => controllerOf(pod.object.metadata) === undefined).map((pod) => podRef(pod.object));
  if (bare.length > 0) lines.push(`Warning: deleting Pods that declare no controller: ${bare.join(', ')}`);
  const replaced: string[] = [];
  for (const pod of evicted) {
    lines.push(`pod/${pod.object.metadata?.name ?? ''} evicted`);
    const done = removeAndReplace(run, pod);
    if (done) replaced.push(done);
  }
  lines.push(`node/${event.node} drained`, ...replaced, ...evictCounted(run, event.node));
  return { applied: true, summary: lines.join('; ') };
}
