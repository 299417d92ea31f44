/**
 * DaemonSet Pods (pkg/controller/daemon/daemon_controller.go): one Pod per Node the Pod fits
 * (nodeShouldRunDaemonPod), pinned with a matchFields node affinity and the tolerations every
 * daemon Pod gets (pkg/controller/daemon/util AddOrUpdateDaemonPodTolerations).
 */
import type { Node, Pod, Toleration } from 'kubernetes-types/core/v1';
import type { ClusterConfig } from '../config.ts';
import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type { Entry } from '../objects.ts';
import { cloneJson } from './hash.ts';
import { filterNode } from './scheduler.ts';
import { claimPods, ownerOf, podFromTemplate, takeGeneratedName, type DerivedPod, type OwnedPods } from './pod-template.ts';
import type { PodBudget } from './pod-budget.ts';
import { planUnsimulated } from './unsimulated-pods.ts';
import { CONTROLLER_REVISION_HASH, controllerRevisionName, type WorkloadInput } from './stateful-set.ts';

const DAEMON_TOLERATIONS: readonly Toleration[] = [
  { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
  { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
];
const HOST_NETWORK_TOLERATION: Toleration = { key: 'node.kubernetes.io/network-unavailable', operator: 'Exists', effect: 'NoSchedule' };

/** AddOrUpdateTolerationInPodSpec: a toleration already present with the same key and effect is replaced. */
function withDaemonTolerations(existing: readonly Toleration[], hostNetwork: boolean): Toleration[] {
  const added = hostNetwork ? [...DAEMON_TOLERATIONS, HOST_NETWORK_TOLERATION] : DAEMON_TOLERATIONS;
  const kept = existing.filter((toleration) => !added.some((a) => a.key === toleration.key && a.effect === toleration.effect));
  return cloneJson([...kept, ...added]);
}

/** The Node a claimed daemon Pod is bound or pinned to. */
export function nodeOfPod(pod: Pod): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  const terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  return terms.flatMap((term) => term.matchFields ?? []).find((field) => field.key === 'metadata.name')?.values?.[0];
}

/**
 * The daemon Pod for one Node, pinned to it, or undefined when the Node should not run one
 * (nodeShouldRunDaemonPod judges the template's own selector and affinity, with the daemon tolerations).
 */
export function daemonSetPod(entry: Entry<DaemonSet>, node: Node, podName: string, config: ClusterConfig): Pod | undefined {
  const set = entry.object;
  const name = set.metadata?.name ?? '';
  const nodeName = node.metadata?.name ?? '';
  const pod = podFromTemplate(set.spec?.template, ownerOf('apps/v1', 'DaemonSet', entry), podName, config);
  const spec = pod.spec ?? { containers: [] };
  const pinned: Pod['spec'] = {
    ...spec,
    tolerations: withDaemonTolerations(spec.tolerations ?? [], spec.hostNetwork === true),
    affinity: {
      ...spec.affinity,
      nodeAffinity: {
        ...spec.affinity?.nodeAffinity,
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] }],
        },
      },
    },
  };
  if (filterNode({ ...spec, tolerations: pinned.tolerations }, node) !== undefined) return undefined;
  const revision = controllerRevisionName(name, set.spec?.template, set.status?.collisionCount);
  pod.metadata = {
    ...pod.metadata,
    generateName: `${name}-`,
    labels: { ...pod.metadata?.labels, [CONTROLLER_REVISION_HASH]: revision, 'pod-template-generation': String(set.metadata?.generation ?? 1) },
  };
  pod.spec = { ...pinned, nodeName };
  return pod;
}

/** nodeShouldRunDaemonPod, without cutting the Pod: the template's own filters, with the daemon tolerations. */
export function daemonPodFits(set: DaemonSet, node: Node): boolean {
  const spec = set.spec?.template?.spec ?? { containers: [] };
  return filterNode({ ...spec, tolerations: withDaemonTolerations(spec.tolerations ?? [], spec.hostNetwork === true) }, node) === undefined;
}

/** The daemon Pods of every Node that should run one and has none yet, as many as the budget grants; the rest counted. */
export function daemonSetPods(entry: Entry<DaemonSet>, input: WorkloadInput & { readonly taken: Set<string>; readonly budget: PodBudget }): OwnedPods {
  const set = entry.object;
  const name = set.metadata?.name ?? '';
  const namespace = set.metadata?.namespace ?? '';
  const owner = ownerOf('apps/v1', 'DaemonSet', entry);
  const covered = new Set(claimPods(owner, set.spec?.selector, input.pods).map((pod) => nodeOfPod(pod.object)));
  const nodes = [...input.nodes].sort((a, b) => ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1));
  const uncovered = nodes.filter((node) => !covered.has(node.metadata?.name ?? ''));
  const grant = input.budget.grant(uncovered.filter((node) => daemonPodFits(set, node)).length);
  const out: DerivedPod[] = [];
  for (const [index, node] of uncovered.entries()) {
    const nodeName = node.metadata?.name ?? '';
    if (grant.limit !== undefined && out.length === grant.pods) {
      const placement = new Map(uncovered.slice(index).filter((rest) => daemonPodFits(set, rest)).map((rest) => [rest.metadata?.name ?? '', 1]));
      return { pods: out, unsimulated: planUnsimulated(entry, set.spec?.template?.spec, placement, grant.limit) };
    }
    const podName = takeGeneratedName(`${name}-`, `${entry.key}@${nodeName}`, namespace, input.taken);
    const pod = daemonSetPod(entry, node, podName, input.config);
    if (!pod) continue;
    out.push({ pod, source: owner.source, simulated: ['metadata.name', 'metadata.uid'] });
  }
  return { pods: out };
}
