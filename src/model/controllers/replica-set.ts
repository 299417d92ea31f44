/**
 * The Deployment controller's new ReplicaSet (pkg/controller/deployment/sync.go getNewReplicaSet)
 * and the ReplicaSet / ReplicationController Pods (pkg/controller/replicaset/replica_set.go
 * manageReplicas). Only a first rollout is simulated: one ReplicaSet per Deployment, revision 1.
 */
import type { Node, Pod, PodTemplateSpec, ReplicationController } from 'kubernetes-types/core/v1';
import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { ClusterConfig } from '../config.ts';
import type { Entry } from '../objects.ts';
import { computeTemplateHash, deriveUid } from './hash.ts';
import { isPodTerminal } from './pod-conditions.ts';
import {
  claimPods,
  controllerOf,
  controllerRef,
  ownerOf,
  placeDerivedPod,
  podFromTemplate,
  takeGeneratedName,
  type DerivedPod,
  type OwnedPods,
  type Owner,
  type PodsByNamespace,
} from './pod-template.ts';
import type { PodBudget } from './pod-budget.ts';
import { replicaScheduler, spreadPods } from './scheduler.ts';
import { planUnsimulated } from './unsimulated-pods.ts';

/** apps.DefaultDeploymentUniqueLabelKey. */
export const POD_TEMPLATE_HASH = 'pod-template-hash';

/** Deployment annotations SetNewReplicaSetAnnotations does not copy (deployment/util skipCopyAnnotation). */
const NOT_COPIED = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);

/** intstr.GetScaledValueFromIntOrPercent(maxSurge, replicas, roundUp=true); Recreate surges by 0. */
export function maxSurge(deployment: Deployment, replicas: number): number {
  if (deployment.spec?.strategy?.type === 'Recreate') return 0;
  const surge = deployment.spec?.strategy?.rollingUpdate?.maxSurge ?? '25%';
  if (typeof surge === 'number') return surge;
  const percent = /^(\d+)%$/.exec(surge);
  return percent ? Math.ceil((Number(percent[1]) * replicas) / 100) : 0;
}

/** labelsutil.CloneSelectorAndAddLabel. */
function selectorWithHash(selector: LabelSelector | undefined, hash: string): LabelSelector {
  return { ...selector, matchLabels: { ...selector?.matchLabels, [POD_TEMPLATE_HASH]: hash } };
}

interface StatedReplicaSet {
  readonly name: string;
  readonly uid: string | undefined;
  readonly hash: string;
}

/**
 * ReplicaSets that input Pods name as their controller, `<deployment>-<pod-template-hash>`, by the
 * Deployment's namespace/name. A dump of Deployments and Pods (`kubectl get deploy,pods -o yaml`)
 * leaves the ReplicaSets out, yet they exist in the cluster it came from: their name, hash and uid
 * are taken from the Pods, so the Pods stay theirs instead of being replaced.
 */
function replicaSetsNamedByPods(pods: readonly Entry<Pod>[]): Map<string, StatedReplicaSet> {
  const stated = new Map<string, StatedReplicaSet>();
  for (const { object: pod } of pods) {
    const reference = controllerOf(pod.metadata);
    const hash = pod.metadata?.labels?.[POD_TEMPLATE_HASH];
    if (reference?.kind !== 'ReplicaSet' || !hash || !reference.name.endsWith(`-${hash}`)) continue;
    const deployment = reference.name.slice(0, -hash.length - 1);
    stated.set(`${pod.metadata?.namespace ?? ''}/${deployment}`, { name: reference.name, uid: reference.uid, hash });
  }
  return stated;
}

/**
 * The ReplicaSet each Deployment creates, named `<deployment>-<pod-template-hash>`, unless the input
 * already holds a ReplicaSet the Deployment controls (a `kubectl get -o yaml` dump).
 */
export function deploymentReplicaSets(
  deployments: readonly Entry<Deployment>[],
  replicaSets: readonly Entry<ReplicaSet>[],
  pods: readonly Entry<Pod>[],
  config: ClusterConfig,
): Entry<ReplicaSet>[] {
  const out: Entry<ReplicaSet>[] = [];
  const namedByPods = replicaSetsNamedByPods(pods);
  for (const entry of deployments) {
    const deployment = entry.object;
    const namespace = deployment.metadata?.namespace;
    const name = deployment.metadata?.name ?? '';
    const owned = replicaSets.some((rs) => {
      const reference = controllerOf(rs.object.metadata);
      return rs.object.metadata?.namespace === namespace && reference?.kind === 'Deployment' && reference.name === name;
    });
    if (owned) continue;
    const replicas = deployment.spec?.replicas ?? 1;
    const stated = namedByPods.get(`${namespace ?? ''}/${name}`);
    const hash = stated?.hash ?? computeTemplateHash(deployment.spec?.template, deployment.status?.collisionCount);
    const labels = { ...deployment.spec?.template?.metadata?.labels, [POD_TEMPLATE_HASH]: hash };
    const annotations: Record<string, string> = {};
    for (const [key, value] of Object.entries(deployment.metadata?.annotations ?? {})) {
      if (!NOT_COPIED.has(key)) annotations[key] = value;
    }
    annotations['deployment.kubernetes.io/desired-replicas'] = String(replicas);
    annotations['deployment.kubernetes.io/max-replicas'] = String(replicas + maxSurge(deployment, replicas));
    annotations['deployment.kubernetes.io/revision'] = '1';
    const rsName = `${name}-${hash}`;
    const owner = ownerOf('apps/v1', 'Deployment', entry);
    const replicaSet: ReplicaSet = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: rsName,
        namespace,
        uid: stated?.uid ?? deriveUid(`ReplicaSet/${namespace ?? ''}/${rsName}`),
        creationTimestamp: entry.object.metadata?.creationTimestamp ?? config.now,
        generation: 1,
        labels: { ...labels },
        annotations,
        ownerReferences: [controllerRef(owner)],
      },
      spec: {
        replicas,
        ...(deployment.spec?.minReadySeconds === undefined ? {} : { minReadySeconds: deployment.spec.minReadySeconds }),
        selector: selectorWithHash(deployment.spec?.selector, hash),
        // The Deployment's template with the hash label: its spec is shared, not copied, as admitted
        // objects are never written to (a JSON round trip of 5,050 templates took half a second).
        template: { ...deployment.spec?.template, metadata: { ...deployment.spec?.template?.metadata, labels: { ...labels } } },
      },
    };
    out.push({
      key: `ReplicaSet/${namespace ?? ''}/${rsName}`,
      object: replicaSet,
      origin: 'derived',
      source: entry.source,
      simulated: stated ? ['metadata.annotations', 'status'] : ['metadata.name', 'metadata.uid', 'metadata.labels.pod-template-hash'],
    });
  }
  return out;
}

export interface ReplicaPodsInput {
  readonly pods: PodsByNamespace;
  readonly nodes: readonly Node[];
  readonly taken: Set<string>;
  readonly config: ClusterConfig;
  readonly budget: PodBudget;
}

/** manageReplicas: create `replicas - claimed` Pods named `<owner>-<5 chars>`, as many as the budget grants; count the rest. */
function replicaPods(
  entry: Entry<object>,
  owner: Owner,
  replicas: number,
  selector: LabelSelector,
  template: PodTemplateSpec | undefined,
  input: ReplicaPodsInput,
): OwnedPods {
  // FilterActivePods: a terminal or terminating Pod no longer counts, so a replacement is created.
  const claimed = claimPods(owner, selector, input.pods).filter((entry) => !isPodTerminal(entry.object) && entry.object.metadata?.deletionTimestamp === undefined).length;
  const namespace = owner.metadata.namespace ?? '';
  const wanted = replicas - claimed;
  const grant = input.budget.grant(wanted);
  const out: DerivedPod[] = [];
  const schedule = replicaScheduler(template?.spec ?? { containers: [] }, input.nodes, owner.key);
  for (let ordinal = 0; ordinal < grant.pods; ordinal += 1) {
    const name = takeGeneratedName(`${owner.metadata.name ?? ''}-`, `${owner.key}#${ordinal}`, namespace, input.taken);
    const pod = podFromTemplate(template, owner, name, input.config);
    pod.metadata = { ...pod.metadata, generateName: `${owner.metadata.name ?? ''}-` };
    out.push(placeDerivedPod(pod, owner, input.nodes, ordinal, ['metadata.name', 'metadata.uid'], schedule));
  }
  if (grant.limit === undefined) return { pods: out };
  const spec = template?.spec ?? { containers: [] };
  const placement = spreadPods(spec, input.nodes, owner.key, grant.pods, wanted - grant.pods);
  return { pods: out, unsimulated: planUnsimulated(entry, spec, placement, grant.limit) };
}

export function replicaSetPods(entry: Entry<ReplicaSet>, input: ReplicaPodsInput): OwnedPods {
  const spec = entry.object.spec;
  if (!spec) return { pods: [] };
  return replicaPods(entry, ownerOf('apps/v1', 'ReplicaSet', entry), spec.replicas ?? 1, spec.selector, spec.template, input);
}

export function replicationControllerPods(entry: Entry<ReplicationController>, input: ReplicaPodsInput): OwnedPods {
  const spec = entry.object.spec;
  const selector = spec?.selector ?? spec?.template?.metadata?.labels ?? {};
  return replicaPods(entry, ownerOf('v1', 'ReplicationController', entry), spec?.replicas ?? 1, { matchLabels: selector }, spec?.template, input);
}
