/**
 * Workload defaulting: pkg/apis/apps/v1/defaults.go (Deployment, ReplicaSet, StatefulSet,
 * DaemonSet) and pkg/apis/core/v1/defaults.go (ReplicationController), plus the pod template's.
 */
import { asRecord, isRecord } from './guards.ts';
import { defaultPodTemplate } from './defaults-pod.ts';

type Mutable = Record<string, unknown>;

function specOf(obj: Mutable): Mutable {
  if (!isRecord(obj.spec)) obj.spec = {};
  return obj.spec as Mutable;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

function defaultReplicas(spec: Mutable): void {
  if (isAbsent(spec.replicas)) spec.replicas = 1;
}

/** SetDefaults_Deployment */
export function defaultDeployment(obj: Mutable): void {
  const spec = specOf(obj);
  defaultReplicas(spec);
  const strategy = isRecord(spec.strategy) ? (spec.strategy as Mutable) : {};
  spec.strategy = strategy;
  if (isAbsent(strategy.type) || strategy.type === '') strategy.type = 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = isRecord(strategy.rollingUpdate) ? (strategy.rollingUpdate as Mutable) : {};
    if (isAbsent(ru.maxUnavailable)) ru.maxUnavailable = '25%';
    if (isAbsent(ru.maxSurge)) ru.maxSurge = '25%';
    strategy.rollingUpdate = ru;
  }
  if (isAbsent(spec.revisionHistoryLimit)) spec.revisionHistoryLimit = 10;
  if (isAbsent(spec.progressDeadlineSeconds)) spec.progressDeadlineSeconds = 600;
  defaultPodTemplate(spec);
}

/** SetDefaults_ReplicaSet */
export function defaultReplicaSet(obj: Mutable): void {
  const spec = specOf(obj);
  defaultReplicas(spec);
  defaultPodTemplate(spec);
}

/** SetDefaults_StatefulSet (StatefulSetAutoDeletePVC is on by default since v1.27). */
export function defaultStatefulSet(obj: Mutable): void {
  const spec = specOf(obj);
  if (isAbsent(spec.podManagementPolicy) || spec.podManagementPolicy === '') spec.podManagementPolicy = 'OrderedReady';
  const strategy = isRecord(spec.updateStrategy) ? (spec.updateStrategy as Mutable) : {};
  spec.updateStrategy = strategy;
  if (isAbsent(strategy.type) || strategy.type === '') {
    strategy.type = 'RollingUpdate';
    if (!isRecord(strategy.rollingUpdate)) strategy.rollingUpdate = {};
  }
  if (strategy.type === 'RollingUpdate' && isRecord(strategy.rollingUpdate)) {
    const ru = strategy.rollingUpdate as Mutable;
    if (isAbsent(ru.partition)) ru.partition = 0;
  }
  const retention = isRecord(spec.persistentVolumeClaimRetentionPolicy) ? (spec.persistentVolumeClaimRetentionPolicy as Mutable) : {};
  if (isAbsent(retention.whenDeleted) || retention.whenDeleted === '') retention.whenDeleted = 'Retain';
  if (isAbsent(retention.whenScaled) || retention.whenScaled === '') retention.whenScaled = 'Retain';
  spec.persistentVolumeClaimRetentionPolicy = retention;
  defaultReplicas(spec);
  if (isAbsent(spec.revisionHistoryLimit)) spec.revisionHistoryLimit = 10;
  defaultPodTemplate(spec);
}

/** SetDefaults_DaemonSet */
export function defaultDaemonSet(obj: Mutable): void {
  const spec = specOf(obj);
  const strategy = isRecord(spec.updateStrategy) ? (spec.updateStrategy as Mutable) : {};
  spec.updateStrategy = strategy;
  if (isAbsent(strategy.type) || strategy.type === '') strategy.type = 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = isRecord(strategy.rollingUpdate) ? (strategy.rollingUpdate as Mutable) : {};
    if (isAbsent(ru.maxUnavailable)) ru.maxUnavailable = 1;
    if (isAbsent(ru.maxSurge)) ru.maxSurge = 0;
    strategy.rollingUpdate = ru;
  }
  if (isAbsent(spec.revisionHistoryLimit)) spec.revisionHistoryLimit = 10;
  defaultPodTemplate(spec);
}

/** SetDefaults_ReplicationController: selector and labels come from the template's labels. */
export function defaultReplicationController(obj: Mutable): void {
  const spec = specOf(obj);
  const template = asRecord(spec.template);
  const templateLabels = asRecord(asRecord(template?.metadata)?.labels);
  if (templateLabels !== undefined) {
    if (Object.keys(asRecord(spec.selector) ?? {}).length === 0) spec.selector = { ...templateLabels };
    const meta = isRecord(obj.metadata) ? (obj.metadata as Mutable) : {};
    obj.metadata = meta;
    if (Object.keys(asRecord(meta.labels) ?? {}).length === 0) meta.labels = { ...templateLabels };
  }
  defaultReplicas(spec);
  defaultPodTemplate(spec);
}
