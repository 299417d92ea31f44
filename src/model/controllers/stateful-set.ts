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
import { claimPods, ownerOf, placeDerivedPod, podFromTemplate, type DerivedPod, type PodsByNamespace } from './pod-template.ts';

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

export function statefulSetPods(entry: Entry<StatefulSet>, input: WorkloadInput): DerivedPod[] {
  const set = entry.object;
  const name = set.metadata?.name ?? '';
  const owner = ownerOf('apps/v1', 'StatefulSet', entry);
  const replicas = set.spec?.replicas ?? 1;
  const start = set.spec?.ordinals?.start ?? 0;
  const existing = new Map(claimPods(owner, set.spec?.selector, input.pods).map((pod) => [pod.object.metadata?.name, pod]));
  const orderedReady = (set.spec?.podManagementPolicy ?? 'OrderedReady') === 'OrderedReady';
  const out: DerivedPod[] = [];
  for (let ordinal = start; ordinal < start + replicas; ordinal += 1) {
    const podName = `${name}-${ordinal}`;
    const stated = existing.get(podName);
    if (stated) {
      if (orderedReady && stated.object.status?.conditions && !isPodReady(stated.object)) break;
      continue;
    }
    const pod = statefulSetPod(entry, ordinal, input.config);
    const placed = placeDerivedPod(pod, owner, input.nodes, ordinal, ['metadata.uid']);
    out.push(placed);
    // OrderedReady: the next ordinal waits until this one is Running and Ready.
    if (orderedReady && placed.unschedulable !== undefined) break;
  }
  return out;
}
