/**
 * `kubectl get deployments|replicasets|statefulsets|daemonsets` rows:
 * pkg/printers/internalversion/printers.go printDeployment, printReplicaSet, printStatefulSet,
 * printDaemonSet and layoutContainerCells.
 */
import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { translateTimestampSince } from './human-duration.ts';
import { compareStrings, formatLabels } from './label-selector.ts';
import type { TableColumn } from './table.ts';

const CONTAINER_COLUMNS: readonly TableColumn[] = [
  { name: 'Containers', wide: true },
  { name: 'Images', wide: true },
];

export const DEPLOYMENT_COLUMNS: readonly TableColumn[] = [
  { name: 'Name' },
  { name: 'Ready' },
  { name: 'Up-to-date' },
  { name: 'Available' },
  { name: 'Age' },
  ...CONTAINER_COLUMNS,
  { name: 'Selector', wide: true },
];

export const REPLICA_SET_COLUMNS: readonly TableColumn[] = [
  { name: 'Name' },
  { name: 'Desired' },
  { name: 'Current' },
  { name: 'Ready' },
  { name: 'Age' },
  ...CONTAINER_COLUMNS,
  { name: 'Selector', wide: true },
];

export const STATEFUL_SET_COLUMNS: readonly TableColumn[] = [{ name: 'Name' }, { name: 'Ready' }, { name: 'Age' }, ...CONTAINER_COLUMNS];

export const DAEMON_SET_COLUMNS: readonly TableColumn[] = [
  { name: 'Name' },
  { name: 'Desired' },
  { name: 'Current' },
  { name: 'Ready' },
  { name: 'Up-to-date' },
  { name: 'Available' },
  { name: 'Node Selector' },
  { name: 'Age' },
  ...CONTAINER_COLUMNS,
  { name: 'Selector', wide: true },
];

export function printDeploymentRow(deployment: Deployment, now: string): string[] {
  const status = deployment.status ?? {};
  return [
    deployment.metadata?.name ?? '',
    `${status.readyReplicas ?? 0}/${deployment.spec?.replicas ?? 0}`,
    String(status.updatedReplicas ?? 0),
    String(status.availableReplicas ?? 0),
    translateTimestampSince(deployment.metadata?.creationTimestamp, now),
    ...layoutContainerCells(deployment.spec?.template),
    formatLabelSelector(deployment.spec?.selector),
  ];
}

export function printReplicaSetRow(replicaSet: ReplicaSet, now: string): string[] {
  const status = replicaSet.status;
  return [
    replicaSet.metadata?.name ?? '',
    String(replicaSet.spec?.replicas ?? 0),
    String(status?.replicas ?? 0),
    String(status?.readyReplicas ?? 0),
    translateTimestampSince(replicaSet.metadata?.creationTimestamp, now),
    ...layoutContainerCells(replicaSet.spec?.template),
    formatLabelSelector(replicaSet.spec?.selector),
  ];
}

export function printStatefulSetRow(statefulSet: StatefulSet, now: string): string[] {
  return [
    statefulSet.metadata?.name ?? '',
    `${statefulSet.status?.readyReplicas ?? 0}/${statefulSet.spec?.replicas ?? 0}`,
    translateTimestampSince(statefulSet.metadata?.creationTimestamp, now),
    ...layoutContainerCells(statefulSet.spec?.template),
  ];
}

export function printDaemonSetRow(daemonSet: DaemonSet, now: string): string[] {
  const status = daemonSet.status;
  return [
    daemonSet.metadata?.name ?? '',
    String(status?.desiredNumberScheduled ?? 0),
    String(status?.currentNumberScheduled ?? 0),
    String(status?.numberReady ?? 0),
    String(status?.updatedNumberScheduled ?? 0),
    String(status?.numberAvailable ?? 0),
    formatLabels(daemonSet.spec?.template.spec?.nodeSelector),
    translateTimestampSince(daemonSet.metadata?.creationTimestamp, now),
    ...layoutContainerCells(daemonSet.spec?.template),
    formatLabelSelector(daemonSet.spec?.selector),
  ];
}

/** printers.go layoutContainerCells: container names and images, comma-joined. */
function layoutContainerCells(template: PodTemplateSpec | undefined): [string, string] {
  const containers = template?.spec?.containers ?? [];
  return [containers.map((c) => c.name).join(','), containers.map((c) => c.image ?? '').join(',')];
}

/**
 * metav1.LabelSelectorAsSelector(...).String(): requirements sorted by key; `k=v`, `k in (a,b)`,
 * `k notin (a,b)`, `k`, `!k`.
 */
export function formatLabelSelector(selector: LabelSelector | undefined): string {
  if (selector === undefined) return '';
  const requirements: { key: string; text: string }[] = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) requirements.push({ key, text: `${key}=${value}` });
  for (const expression of selector.matchExpressions ?? []) {
    const values = [...(expression.values ?? [])].sort(compareStrings).join(',');
    const key = expression.key;
    const text =
      expression.operator === 'In'
        ? `${key} in (${values})`
        : expression.operator === 'NotIn'
          ? `${key} notin (${values})`
          : expression.operator === 'Exists'
            ? key
            : `!${key}`;
    requirements.push({ key, text });
  }
  return requirements
    .sort((a, b) => compareStrings(a.key, b.key))
    .map((requirement) => requirement.text)
    .join(',');
}
