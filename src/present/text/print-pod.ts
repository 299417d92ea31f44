/**
 * `kubectl get pods` rows: pkg/printers/internalversion/printers.go printPod (v1.31), which folds
 * phase, init-container and container states into READY, STATUS and RESTARTS.
 */
import type { Container, ContainerStatus, Pod } from 'kubernetes-types/core/v1';
import { translateTimestampSince } from './human-duration.ts';
import type { TableColumn } from './table.ts';

export const POD_COLUMNS: readonly TableColumn[] = [
  { name: 'Name' },
  { name: 'Ready' },
  { name: 'Status' },
  { name: 'Restarts' },
  { name: 'Age' },
  { name: 'IP', wide: true },
  { name: 'Node', wide: true },
  { name: 'Nominated Node', wide: true },
  { name: 'Readiness Gates', wide: true },
];

interface Tally {
  reason: string;
  ready: number;
  restarts: number;
  lastRestart: string | undefined;
}

export function printPodRow(pod: Pod, now: string): string[] {
  const spec = pod.spec;
  const status = pod.status ?? {};
  const phase = status.phase ?? '';
  const restartable = (spec?.initContainers ?? []).filter(isRestartableInitContainer);
  const tally: Tally = { reason: status.reason ?? phase, ready: 0, restarts: 0, lastRestart: undefined };
  // 1. A scheduling gate shows as SchedulingGated.
  if ((status.conditions ?? []).some((c) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) tally.reason = 'SchedulingGated';
  // 2. Init containers: the first one not done decides the reason.
  const initializing = tallyInitContainers(pod, tally);
  // 3. Regular containers, last first, once initialization is over.
  if (!initializing || hasCondition(pod, 'Initialized')) tallyContainers(pod, tally);
  // 4. Deletion overrides everything but a terminal phase.
  if (pod.metadata?.deletionTimestamp !== undefined && status.reason === 'NodeLost') tally.reason = 'Unknown';
  else if (pod.metadata?.deletionTimestamp !== undefined && phase !== 'Succeeded' && phase !== 'Failed') tally.reason = 'Terminating';

  const restarts =
    tally.restarts !== 0 && tally.lastRestart !== undefined
      ? `${tally.restarts} (${translateTimestampSince(tally.lastRestart, now)} ago)`
      : String(tally.restarts);
  const total = (spec?.containers ?? []).length + restartable.length;
  return [
    pod.metadata?.name ?? '',
    `${tally.ready}/${total}`,
    tally.reason,
    restarts,
    translateTimestampSince(pod.metadata?.creationTimestamp, now),
    nonEmpty(status.podIPs?.[0]?.ip ?? status.podIP),
    nonEmpty(spec?.nodeName),
    nonEmpty(status.nominatedNodeName),
    formatReadinessGates(pod),
  ];
}

function tallyInitContainers(pod: Pod, tally: Tally): boolean {
  const initContainers = pod.spec?.initContainers ?? [];
  const statuses = pod.status?.initContainerStatuses ?? [];
  let restartableRestarts = 0;
  let restartableLast: string | undefined;
  let initializing = false;
  for (const [index, container] of statuses.entries()) {
    const restartable = isRestartableInitContainer(initContainers.find((c) => c.name === container.name));
    tally.restarts += container.restartCount ?? 0;
    tally.lastRestart = later(tally.lastRestart, container.lastState?.terminated?.finishedAt);
    if (restartable) {
      restartableRestarts += container.restartCount ?? 0;
      restartableLast = later(restartableLast, container.lastState?.terminated?.finishedAt);
    }
    const terminated = container.state?.terminated;
    const waiting = container.state?.waiting;
    if (terminated !== undefined && terminated.exitCode === 0) continue;
    if (restartable && container.started === true) {
      if (container.ready) tally.ready++;
      continue;
    }
    if (terminated !== undefined) {
      tally.reason =
        terminated.reason === undefined || terminated.reason === ''
          ? terminated.signal !== undefined && terminated.signal !== 0
            ? `Init:Signal:${terminated.signal}`
            : `Init:ExitCode:${terminated.exitCode}`
          : `Init:${terminated.reason}`;
    } else if (waiting?.reason !== undefined && waiting.reason !== '' && waiting.reason !== 'PodInitializing') {
      tally.reason = `Init:${waiting.reason}`;
    } else {
      tally.reason = `Init:${index}/${initContainers.length}`;
    }
    initializing = true;
    break;
  }
  if (!initializing || hasCondition(pod, 'Initialized')) {
    tally.restarts = restartableRestarts;
    tally.lastRestart = restartableLast;
  }
  return initializing;
}

function tallyContainers(pod: Pod, tally: Tally): void {
  const statuses: readonly ContainerStatus[] = pod.status?.containerStatuses ?? [];
  let hasRunning = false;
  for (const container of [...statuses].reverse()) {
    tally.restarts += container.restartCount ?? 0;
    tally.lastRestart = later(tally.lastRestart, container.lastState?.terminated?.finishedAt);
    const { waiting, terminated, running } = container.state ?? {};
    if (waiting?.reason !== undefined && waiting.reason !== '') tally.reason = waiting.reason;
    else if (terminated?.reason !== undefined && terminated.reason !== '') tally.reason = terminated.reason;
    else if (terminated !== undefined)
      tally.reason = terminated.signal !== undefined && terminated.signal !== 0 ? `Signal:${terminated.signal}` : `ExitCode:${terminated.exitCode}`;
    else if (container.ready && running !== undefined) {
      hasRunning = true;
      tally.ready++;
    }
  }
  // A pod whose containers completed but one still runs reads Running (or NotReady).
  if (tally.reason === 'Completed' && hasRunning) tally.reason = hasCondition(pod, 'Ready') ? 'Running' : 'NotReady';
}

/** printers.go: readiness gates as `trueConditions/gates`. */
function formatReadinessGates(pod: Pod): string {
  const gates = pod.spec?.readinessGates ?? [];
  if (gates.length === 0) return '<none>';
  const conditions = pod.status?.conditions ?? [];
  const satisfied = gates.filter((gate) => conditions.find((c) => c.type === gate.conditionType)?.status === 'True').length;
  return `${satisfied}/${gates.length}`;
}

/** A sidecar: an init container with `restartPolicy: Always`. */
function isRestartableInitContainer(container: Container | undefined): boolean {
  return container?.restartPolicy === 'Always';
}

/** printers.go hasPodReadyCondition / isPodInitializedConditionTrue. */
function hasCondition(pod: Pod, type: string): boolean {
  return (pod.status?.conditions ?? []).some((c) => c.type === type && c.status === 'True');
}

function later(current: string | undefined, candidate: string | undefined): string | undefined {
  if (candidate === undefined) return current;
  if (current === undefined) return candidate;
  return Date.parse(candidate) > Date.parse(current) ? candidate : current;
}

function nonEmpty(value: string | undefined): string {
  return value === undefined || value === '' ? '<none>' : value;
}
