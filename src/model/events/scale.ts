/**
 * `kubectl scale` through the scale subresource: the workload's spec.replicas (and generation)
 * change first, then its controller creates or deletes Pods to match.
 */
import type { RuntimeEvent } from './types.ts';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';
import type { Deployment, Entry, ReplicaSet } from '../objects.ts';
import { controllerOf, uidOf } from '../controllers/pod-template.ts';
import { maxSurge } from '../controllers/replica-set.ts';
import { describeReconciled, reconcileOwner, type PodOwner } from './owners.ts';
import { describePlacement, parseRef, putWorkload, type EventRun } from './overlay-state.ts';
import { notFound, type Applied } from './pod-events.ts';

type ScaleEvent = Extract<RuntimeEvent, { kind: 'scale' }>;

/** Kinds with a scale subresource the model simulates, with the resource kubectl names them by. */
const SCALABLE = {
  Deployment: { collection: 'deployments', resource: 'deployments.apps', printed: 'deployment.apps' },
  ReplicaSet: { collection: 'replicaSets', resource: 'replicasets.apps', printed: 'replicaset.apps' },
  StatefulSet: { collection: 'statefulSets', resource: 'statefulsets.apps', printed: 'statefulset.apps' },
  ReplicationController: { collection: 'replicationControllers', resource: 'replicationcontrollers', printed: 'replicationcontroller' },
} as const;
type ScalableKind = keyof typeof SCALABLE;
type Scalable = { metadata?: ObjectMeta; spec?: { replicas?: number } };

/** A spec change bumps metadata.generation; the controller's status then reports it as observedGeneration. */
function withReplicas<T extends Scalable>(entry: Entry<T>, replicas: number): Entry<T> {
  const object = entry.object;
  return { ...entry, object: { ...object, metadata: { ...object.metadata, generation: (object.metadata?.generation ?? 1) + 1 }, spec: { ...object.spec, replicas } } };
}

/** The ReplicaSet a Deployment scales: its newest one that has replicas, else its newest (a first rollout has one). */
function activeReplicaSet(run: EventRun, deployment: Entry<Deployment>): Entry<ReplicaSet> | undefined {
  const uid = uidOf(deployment.object.metadata, deployment.key);
  const owned = run.state.replicaSets
    .filter((rs) => rs.object.metadata?.namespace === deployment.object.metadata?.namespace)
    .filter((rs) => {
      const reference = controllerOf(rs.object.metadata);
      return reference?.kind === 'Deployment' && reference.name === deployment.object.metadata?.name && (reference.uid === undefined || reference.uid === uid);
    })
    .sort((a, b) => (b.object.metadata?.creationTimestamp ?? '').localeCompare(a.object.metadata?.creationTimestamp ?? ''));
  return owned.find((rs) => (rs.object.spec?.replicas ?? 1) > 0) ?? owned[0];
}

function reconcile(run: EventRun, owner: PodOwner): string {
  return describeReconciled(owner, reconcileOwner(run, owner, `${owner.entry.key}@event${run.position}`), describePlacement);
}

/** pkg/controller/deployment/sync.go scale: the Deployment sets its ReplicaSet's replicas and the desired/max-replicas annotations. */
function scaleDeployment(run: EventRun, entry: Entry<Deployment>, replicas: number): string[] {
  const deployment = withReplicas(entry, replicas);
  putWorkload(run, 'deployments', deployment);
  const rs = activeReplicaSet(run, deployment);
  if (!rs) return [];
  const annotations = {
    ...rs.object.metadata?.annotations,
    'deployment.kubernetes.io/desired-replicas': String(replicas),
    'deployment.kubernetes.io/max-replicas': String(replicas + maxSurge(deployment.object, replicas)),
  };
  const scaled = withReplicas(rs, replicas);
  const patched: Entry<ReplicaSet> = { ...scaled, object: { ...scaled.object, metadata: { ...scaled.object.metadata, annotations } } };
  putWorkload(run, 'replicaSets', patched);
  const done = reconcile(run, { kind: 'ReplicaSet', entry: patched });
  return [`Deployment ${entry.object.metadata?.name ?? ''} scaled ReplicaSet ${rs.object.metadata?.name ?? ''} to ${replicas}`, ...(done ? [done] : [])];
}

/** The Deployment that controls a ReplicaSet, if it exists: it, not kubectl, owns the ReplicaSet's replicas. */
function owningDeployment(run: EventRun, rs: Entry<ReplicaSet>): Entry<Deployment> | undefined {
  const reference = controllerOf(rs.object.metadata);
  if (reference?.kind !== 'Deployment') return undefined;
  return run.state.deployments.find((d) => d.object.metadata?.name === reference.name && d.object.metadata?.namespace === rs.object.metadata?.namespace);
}

function scaleWorkload(run: EventRun, kind: ScalableKind, entry: Entry<Scalable>, replicas: number): string[] {
  if (kind === 'Deployment') return scaleDeployment(run, entry as Entry<Deployment>, replicas);
  if (kind === 'ReplicaSet') {
    const deployment = owningDeployment(run, entry as Entry<ReplicaSet>);
    const wanted = deployment?.object.spec?.replicas ?? 1;
    // pkg/controller/deployment/sync.go scale: the Deployment sets its ReplicaSet back to its own count.
    if (deployment) return [`Deployment ${deployment.object.metadata?.name ?? ''} scaled it back to ${wanted}: a Deployment owns its ReplicaSets' replicas`];
  }
  const scaled = withReplicas(entry, replicas);
  putWorkload(run, SCALABLE[kind].collection, scaled as never);
  const done = reconcile(run, { kind, entry: scaled } as PodOwner);
  return done ? [done] : [];
}

export function scale(run: EventRun, event: ScaleEvent): Applied {
  const slash = event.workload.indexOf('/');
  const kind = event.workload.slice(0, slash);
  const { namespace, name } = parseRef(event.workload.slice(slash + 1));
  if (!Number.isInteger(event.replicas) || event.replicas < 0) {
    return { applied: false, summary: 'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0' };
  }
  // The scale subresource's spec.replicas is an int32 (autoscaling/v1 ScaleSpec): a larger count fails to decode.
  if (event.replicas > 2147483647) {
    return { applied: false, summary: `Error from server (BadRequest): json: cannot unmarshal number ${event.replicas} into Go struct field ScaleSpec.spec.replicas of type int32` };
  }
  if (slash < 0 || !(kind in SCALABLE)) return { applied: false, summary: `error: the server doesn't have a resource type "${kind || event.workload}" with a scale subresource` };
  const info = SCALABLE[kind as ScalableKind];
  const entry = (run.state[info.collection] as readonly Entry<Scalable>[]).find(
    (item) => item.object.metadata?.name === name && (item.object.metadata?.namespace ?? 'default') === namespace,
  );
  if (!entry) return notFound(info.resource, name);
  const line = `${info.printed}/${name} scaled`;
  if ((entry.object.spec?.replicas ?? 1) === event.replicas) return { applied: true, summary: `${line}; it already wants ${event.replicas}, nothing changes` };
  return { applied: true, summary: [line, ...scaleWorkload(run, kind as ScalableKind, entry, event.replicas)].join('; ') };
}
