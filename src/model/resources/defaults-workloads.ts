/**
 * Workload defaulting: pkg/apis/apps/v1/defaults.go (Deployment, ReplicaSet, StatefulSet,
 * DaemonSet) and pkg/apis/core/v1/defaults.go (ReplicationController), plus the pod template's.
 */
import { asRecord, isRecord } from './guards.ts';
import { defaultPodTemplate } from './defaults-pod.ts';
import type { Mutable, Writer } from './defaults-writer.ts';

function specOf(obj: Mutable, w: Writer): Mutable {
  if (!isRecord(obj.spec)) w.set(obj, 'spec', {});
  return obj.spec as Mutable;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

function defaultReplicas(spec: Mutable, w: Writer): void {
  if (isAbsent(spec.replicas)) w.set(spec, 'replicas', 1);
}

/** SetDefaults_Deployment */
export function defaultDeployment(obj: Mutable, w: Writer): void {
  const spec = specOf(obj, w);
  defaultReplicas(spec, w);
  const strategy = isRecord(spec.strategy) ? (spec.strategy as Mutable) : {};
  w.set(spec, 'strategy', strategy);
  if (isAbsent(strategy.type) || strategy.type === '') w.set(strategy, 'type', 'RollingUpdate');
  if (strategy.type === 'RollingUpdate') {
    const ru = isRecord(strategy.rollingUpdate) ? (strategy.rollingUpdate as Mutable) : {};
    if (isAbsent(ru.maxUnavailable)) w.set(ru, 'maxUnavailable', '25%');
    if (isAbsent(ru.maxSurge)) w.set(ru, 'maxSurge', '25%');
    w.set(strategy, 'rollingUpdate', ru);
  }
  if (isAbsent(spec.revisionHistoryLimit)) w.set(spec, 'revisionHistoryLimit', 10);
  if (isAbsent(spec.progressDeadlineSeconds)) w.set(spec, 'progressDeadlineSeconds', 600);
  defaultPodTemplate(spec, w);
}

/** SetDefaults_ReplicaSet */
export function defaultReplicaSet(obj: Mutable, w: Writer): void {
  const spec = specOf(obj, w);
  defaultReplicas(spec, w);
  defaultPodTemplate(spec, w);
}

/** SetDefaults_StatefulSet (StatefulSetAutoDeletePVC is on by default since v1.27). */
export function defaultStatefulSet(obj: Mutable, w: Writer): void {
  const spec = specOf(obj, w);
  if (isAbsent(spec.podManagementPolicy) || spec.podManagementPolicy === '') w.set(spec, 'podManagementPolicy', 'OrderedReady');
  const strategy = isRecord(spec.updateStrategy) ? (spec.updateStrategy as Mutable) : {};
  w.set(spec, 'updateStrategy', strategy);
  if (isAbsent(strategy.type) || strategy.type === '') {
    w.set(strategy, 'type', 'RollingUpdate');
    if (!isRecord(strategy.rollingUpdate)) w.set(strategy, 'rollingUpdate', {});
  }
  if (strategy.type === 'RollingUpdate' && isRecord(strategy.rollingUpdate)) {
    const ru = strategy.rollingUpdate as Mutable;
    if (isAbsent(ru.partition)) w.set(ru, 'partition', 0);
  }
  const retention = isRecord(spec.persistentVolumeClaimRetentionPolicy) ? (spec.persistentVolumeClaimRetentionPolicy as Mutable) : {};
  if (isAbsent(retention.whenDeleted) || retention.whenDeleted === '') w.set(retention, 'whenDeleted', 'Retain');
  if (isAbsent(retention.whenScaled) || retention.whenScaled === '') w.set(retention, 'whenScaled', 'Retain');
  w.set(spec, 'persistentVolumeClaimRetentionPolicy', retention);
  defaultReplicas(spec, w);
  if (isAbsent(spec.revisionHistoryLimit)) w.set(spec, 'revisionHistoryLimit', 10);
  defaultPodTemplate(spec, w);
}

/** SetDefaults_DaemonSet */
export function defaultDaemonSet(obj: Mutable, w: Writer): void {
  const spec = specOf(obj, w);
  const strategy = isRecord(spec.updateStrategy) ? (spec.updateStrategy as Mutable) : {};
  w.set(spec, 'updateStrategy', strategy);
  if (isAbsent(strategy.type) || strategy.type === '') w.set(strategy, 'type', 'RollingUpdate');
  if (strategy.type === 'RollingUpdate') {
    const ru = isRecord(strategy.rollingUpdate) ? (strategy.rollingUpdate as Mutable) : {};
    if (isAbsent(ru.maxUnavailable)) w.set(ru, 'maxUnavailable', 1);
    if (isAbsent(ru.maxSurge)) w.set(ru, 'maxSurge', 0);
    w.set(strategy, 'rollingUpdate', ru);
  }
  if (isAbsent(spec.revisionHistoryLimit)) w.set(spec, 'revisionHistoryLimit', 10);
  defaultPodTemplate(spec, w);
}

/** SetDefaults_ReplicationController: selector and labels come from the template's labels. */
export function defaultReplicationController(obj: Mutable, w: Writer): void {
  const spec = specOf(obj, w);
  const template = asRecord(spec.template);
  const templateLabels = asRecord(asRecord(template?.metadata)?.labels);
  if (templateLabels !== undefined) {
    if (Object.keys(asRecord(spec.selector) ?? {}).length === 0) w.set(spec, 'selector', { ...templateLabels });
    const meta = isRecord(obj.metadata) ? (obj.metadata as Mutable) : {};
    w.set(obj, 'metadata', meta);
    if (Object.keys(asRecord(meta.labels) ?? {}).length === 0) w.set(meta, 'labels', { ...templateLabels });
  }
  defaultReplicas(spec, w);
  defaultPodTemplate(spec, w);
}
