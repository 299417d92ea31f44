/**
 * What every workload controller shares: a Pod cut from a template with a controller reference
 * (pkg/controller/controller_utils.go GetPodFromTemplate), the Pods it already controls or may
 * adopt, names from generateName, and a placement on a Node.
 */
import type { Node, Pod, PodSpec, PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { LabelSelector, ObjectMeta, OwnerReference } from 'kubernetes-types/meta/v1';
import type { ClusterConfig } from '../config.ts';
import { labelSelectorAsSelector, selectorMatches } from '../labels/selector.ts';
import type { Entry, SourceRef } from '../objects.ts';
import { deriveUid, generateName } from './hash.ts';
import { schedulePod, type SchedulingResult } from './scheduler.ts';
import type { UnsimulatedPlan } from './unsimulated-pods.ts';

/** A Pod a controller made, before the kubelet (pod-status.ts) fills its status. */
export interface DerivedPod {
  readonly pod: Pod;
  readonly source?: SourceRef;
  readonly simulated: readonly string[];
  /** The scheduler's FitError message when no Node fits. */
  readonly unschedulable?: string;
}

/** What one workload's controller makes: the Pods it materialises, and those it only counts. */
export interface OwnedPods {
  readonly pods: DerivedPod[];
  readonly unsimulated?: UnsimulatedPlan;
}

/** The owner as the controller sees it: enough to build a controller reference. */
export interface Owner {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: ObjectMeta;
  readonly key: string;
  readonly source?: SourceRef;
}

export function ownerOf(apiVersion: string, kind: string, entry: Entry<{ metadata?: ObjectMeta }>): Owner {
  return { apiVersion, kind, metadata: entry.object.metadata ?? {}, key: entry.key, source: entry.source };
}

/** The uid the input states, or a stable stand-in for the one the apiserver would have assigned. */
export function uidOf(metadata: ObjectMeta | undefined, key: string): string {
  return metadata?.uid ?? deriveUid(key);
}

/** metav1.NewControllerRef. */
export function controllerRef(owner: Owner): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name ?? '',
    uid: uidOf(owner.metadata, owner.key),
    controller: true,
    blockOwnerDeletion: true,
  };
}

/** metav1.GetControllerOf. */
export function controllerOf(metadata: ObjectMeta | undefined): OwnerReference | undefined {
  return metadata?.ownerReferences?.find((reference) => reference.controller === true);
}

/** A Pod of the input, with its place there: claimed Pods keep the input's order. */
interface PlacedPod {
  readonly at: number;
  readonly entry: Entry<Pod>;
}

/** One namespace's input Pods: by the controller their controller reference names, and the orphans. */
interface NamespacePods {
  readonly controlled: ReadonlyMap<string, readonly PlacedPod[]>;
  readonly orphans: readonly PlacedPod[];
}

/**
 * Input Pods by namespace (a controller only ever looks at the Pods of its own namespace), and
 * within it by the controller that controls them, so that each controller finds its own Pods
 * without reading every other one: a dump's Pods nearly all name their controller.
 */
export type PodsByNamespace = ReadonlyMap<string, NamespacePods>;

const controllerKey = (kind: string, name: string): string => `${kind}/${name}`;

export function groupPodsByNamespace(pods: readonly Entry<Pod>[]): PodsByNamespace {
  const groups = new Map<string, { controlled: Map<string, PlacedPod[]>; orphans: PlacedPod[] }>();
  pods.forEach((entry, at) => {
    const namespace = entry.object.metadata?.namespace ?? '';
    let group = groups.get(namespace);
    if (group === undefined) {
      group = { controlled: new Map(), orphans: [] };
      groups.set(namespace, group);
    }
    const reference = controllerOf(entry.object.metadata);
    if (reference === undefined) {
      group.orphans.push({ at, entry });
      return;
    }
    const key = controllerKey(reference.kind, reference.name);
    const controlled = group.controlled.get(key);
    if (controlled) controlled.push({ at, entry });
    else group.controlled.set(key, [{ at, entry }]);
  });
  return groups;
}

/**
 * The input Pods this controller counts as its own, in input order: those whose controller
 * reference names it, and orphans its selector matches, which the real controller adopts
 * (pkg/controller/controller_ref_manager.go ClaimPods).
 */
export function claimPods(owner: Owner, selector: LabelSelector | undefined, pods: PodsByNamespace): Entry<Pod>[] {
  const group = pods.get(owner.metadata.namespace ?? '');
  if (group === undefined) return [];
  const name = owner.metadata.name;
  const controlled = name === undefined ? [] : (group.controlled.get(controllerKey(owner.kind, name)) ?? []);
  if (group.orphans.length === 0) return controlled.map((pod) => pod.entry);
  const matcher = labelSelectorAsSelector(selector);
  const adopted = group.orphans.filter(({ entry }) => entry.object.metadata?.deletionTimestamp === undefined && selectorMatches(matcher, entry.object.metadata?.labels));
  return [...controlled, ...adopted].sort((a, b) => a.at - b.at).map((pod) => pod.entry);
}

/** A Pod named from a generateName prefix, retrying (as the apiserver's AlreadyExists would) until free. */
export function takeGeneratedName(prefix: string, seed: string, namespace: string, taken: Set<string>): string {
  for (let attempt = 0; ; attempt += 1) {
    const name = generateName(prefix, attempt === 0 ? seed : `${seed}~${attempt}`);
    if (!taken.has(`${namespace}/${name}`)) {
      taken.add(`${namespace}/${name}`);
      return name;
    }
  }
}

/** GetPodFromTemplate: labels, annotations and finalizers copied, the spec deep-copied, the controller reference set. */
export function podFromTemplate(template: PodTemplateSpec | undefined, owner: Owner, name: string, config: ClusterConfig): Pod {
  const metadata: ObjectMeta = {
    name,
    namespace: owner.metadata.namespace,
    uid: deriveUid(`Pod/${owner.metadata.namespace ?? ''}/${name}`),
    creationTimestamp: owner.metadata.creationTimestamp ?? config.now,
    labels: { ...template?.metadata?.labels },
    ownerReferences: [controllerRef(owner)],
  };
  if (template?.metadata?.annotations) metadata.annotations = { ...template.metadata.annotations };
  if (template?.metadata?.finalizers) metadata.finalizers = [...template.metadata.finalizers];
  const spec = JSON.parse(JSON.stringify(template?.spec ?? { containers: [] })) as PodSpec;
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec };
}

/** Schedules a derived Pod unless its template already names a Node (then the scheduler is bypassed). */
export function placeDerivedPod(
  pod: Pod,
  owner: Owner,
  nodes: readonly Node[],
  ordinal: number,
  simulated: readonly string[],
  schedule?: (ordinal: number) => SchedulingResult,
): DerivedPod {
  if (pod.spec?.nodeName) return { pod, source: owner.source, simulated };
  // `schedule`: the owner's replicaScheduler, when its replicas share the Pod's spec.
  const result = schedule ? schedule(ordinal) : schedulePod(pod.spec ?? { containers: [] }, nodes, owner.key, ordinal);
  if (!result.scheduled) return { pod, source: owner.source, simulated, unschedulable: result.message };
  return {
    pod: { ...pod, spec: { ...pod.spec, containers: pod.spec?.containers ?? [], nodeName: result.nodeName } },
    source: owner.source,
    simulated: [...simulated, 'spec.nodeName'],
  };
}
