/**
 * StatefulSet Pods (pkg/controller/statefulset/stateful_set_utils.go newStatefulSetPod,
 * initIdentity, updateStorage; stateful_set_control.go): stable names `<set>-<ordinal>`, hostname
 * and subdomain for per-Pod DNS, the identity labels, one Pod at a time under OrderedReady.
 */
import type { Node, Pod } from 'kubernetes-types/core/v1';
import type { StatefulSet } from 'kubernetes-types/apps/v1';
import type { ClusterConfig } from '../config.ts';
import type { Entry } from '../objects.ts';
import { computeTemplateHash } from './hash.ts';
import { isPodReady } from './pod-conditions.ts';
import { claimPods, ownerOf, placeDerivedPod, podFromTemplate, type DerivedPod, type OwnedPods, type PodsByNamespace } from './pod-template.ts';
import type { PodBudget } from './pod-budget.ts';
import { replicaScheduler, spreadPods } from './scheduler.ts';
import { planUnsimulated, type UnsimulatedPlan } from './unsimulated-pods.ts';

export const STATEFULSET_POD_NAME = 'statefulset.kubernetes.io/pod-name';
/** apps.PodIndexLabel (PodIndexLabel feature, on by default since v1.28). */
export const POD_INDEX = 'apps.kubernetes.io/pod-index';
export const CONTROLLER_REVISION_HASH = 'controller-revision-hash';

/**
 * The ControllerRevision name `<set>-<hash>` (history.ControllerRevisionName). The real hash is fnv32
 * of a spew dump of the revision's patch; this one is a stable hash of the same patch's JSON.
 */
export function controllerRevisionName(name: string, template: unknown, collisionCount?: number): string {
  return `${name.slice(0, 223)}-${computeTemplateHash({ spec: { template: { ...(template as object), $patch: 'replace' } } }, collisionCount)}`;
}

export interface WorkloadInput {
  readonly pods: PodsByNamespace;
  readonly nodes: readonly Node[];
  readonly config: ClusterConfig;
}

/** newStatefulSetPod: the Pod of one ordinal, with its identity (hostname, subdomain, labels) and claims, not yet placed. */
export function statefulSetPod(entry: Entry<StatefulSet>, ordinal: number, config: ClusterConfig): Pod {
  const set = entry.object;
  const name = set.metadata?.name ?? '';
  const podName = `${name}-${ordinal}`;
  const revision = controllerRevisionName(name, set.spec?.template, set.status?.collisionCount);
  const pod = podFromTemplate(set.spec?.template, ownerOf('apps/v1', 'StatefulSet', entry), podName, config);
  pod.metadata = {
    ...pod.metadata,
    labels: { ...pod.metadata?.labels, [CONTROLLER_REVISION_HASH]: revision, [STATEFULSET_POD_NAME]: podName, [POD_INDEX]: String(ordinal) },
  };
  const volumes = [...(pod.spec?.volumes ?? [])].filter(
    (volume) => !(set.spec?.volumeClaimTemplates ?? []).some((claim) => claim.metadata?.name === volume.name),
  );
  for (const claim of set.spec?.volumeClaimTemplates ?? []) {
    volumes.push({ name: claim.metadata?.name ?? '', persistentVolumeClaim: { claimName: `${claim.metadata?.name ?? ''}-${podName}` } });
  }
  pod.spec = {
    ...pod.spec,
    containers: pod.spec?.containers ?? [],
    hostname: podName,
    ...(set.spec?.serviceName ? { subdomain: set.spec.serviceName } : {}),
    ...(volumes.length > 0 ? { volumes } : {}),
  };
  return pod;
}

/** getOrdinal for a Pod of this set: the number after `<set>-`, or undefined. */
function ordinalOf(podName: string | undefined, setName: string): number | undefined {
  if (!podName?.startsWith(`${setName}-`)) return undefined;
  const digits = podName.slice(setName.length + 1);
  return /^(0|[1-9]\d*)$/.test(digits) ? Number(digits) : undefined;
}

export function statefulSetPods(entry: Entry<StatefulSet>, input: WorkloadInput & { readonly budget: PodBudget }): OwnedPods {
  const set = entry.object;
  const name = set.metadata?.name ?? '';
  const owner = ownerOf('apps/v1', 'StatefulSet', entry);
  const replicas = set.spec?.replicas ?? 1;
  const start = set.spec?.ordinals?.start ?? 0;
  const end = start + replicas;
  const existing = new Map(claimPods(owner, set.spec?.selector, input.pods).map((pod) => [pod.object.metadata?.name, pod]));
  const orderedReady = (set.spec?.podManagementPolicy ?? 'OrderedReady') === 'OrderedReady';
  // Ordinals the input's Pods hold: the controller creates only the others.
  const stated = [...existing.keys()].map((podName) => ordinalOf(podName, name)).filter((o): o is number => o !== undefined && o >= start && o < end);
  const wanted = replicas - new Set(stated).size;
  const grant = input.budget.grant(wanted);
  const out: DerivedPod[] = [];
  const schedule = replicaScheduler(set.spec?.template?.spec ?? { containers: [] }, input.nodes, owner.key);
  for (let ordinal = start; ordinal < end; ordinal += 1) {
    const podName = `${name}-${ordinal}`;
    const held = existing.get(podName);
    if (held) {
      if (orderedReady && held.object.status?.conditions && !isPodReady(held.object)) break;
      continue;
    }
    if (grant.limit !== undefined && out.length === grant.pods) return { pods: out, unsimulated: countRemaining(entry, input, ordinal, grant.limit) };
    const pod = statefulSetPod(entry, ordinal, input.config);
    const placed = placeDerivedPod(pod, owner, input.nodes, ordinal, ['metadata.uid'], schedule);
    out.push(placed);
    // OrderedReady: the next ordinal waits until this one is Running and Ready.
    if (orderedReady && placed.unschedulable !== undefined) break;
  }
  return { pods: out };
}

/**
 * The ordinals from `from` on that the loop above would still create, counted and placed: up to
 * the end of the range, or under OrderedReady up to a stated Pod that is not ready, where the
 * controller stops. The stated Pods in between are skipped.
 */
function countRemaining(entry: Entry<StatefulSet>, input: WorkloadInput, from: number, limit: 'workload' | 'cluster'): UnsimulatedPlan {
  const set = entry.object;
  const name = set.metadata?.name ?? '';
  const owner = ownerOf('apps/v1', 'StatefulSet', entry);
  const end = (set.spec?.ordinals?.start ?? 0) + (set.spec?.replicas ?? 1);
  const orderedReady = (set.spec?.podManagementPolicy ?? 'OrderedReady') === 'OrderedReady';
  const held = claimPods(owner, set.spec?.selector, input.pods)
    .map((pod) => ({ pod, ordinal: ordinalOf(pod.object.metadata?.name, name) }))
    .filter((h): h is { pod: Entry<Pod>; ordinal: number } => h.ordinal !== undefined && h.ordinal >= from && h.ordinal < end)
    .sort((a, b) => a.ordinal - b.ordinal);
  const spec = set.spec?.template?.spec ?? { containers: [] };
  const placement = new Map<string, number>();
  let at = from;
  const place = (until: number): void => {
    for (const [node, pods] of spreadPods(spec, input.nodes, owner.key, at, until - at)) placement.set(node, (placement.get(node) ?? 0) + pods);
  };
  for (const { pod, ordinal } of held) {
    if (ordinal < at) continue;
    place(ordinal);
    at = ordinal + 1;
    if (orderedReady && pod.object.status?.conditions && !isPodReady(pod.object)) return planUnsimulated(entry, spec, placement, limit, from);
  }
  place(end);
  return planUnsimulated(entry, spec, placement, limit, from);
}
