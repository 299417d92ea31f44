/**
 * The status a kubelet would report for a Pod, filled only where the input is silent: whatever
 * the input states (phase, conditions, podIP(s), hostIP(s), startTime) wins.
 */
import type { ContainerStatus, Node, Pod, PodCondition, PodIP, PodStatus } from 'kubernetes-types/core/v1';
import type { PodIpam } from './pod-ipam.ts';
import { familyOf, parseIPSloppy } from '../net/ip.ts';

export interface PodStatusContext {
  readonly nodes: ReadonlyMap<string, Node>;
  readonly ipam: PodIpam;
  readonly now: string;
}

export interface CompletedPod {
  readonly pod: Pod;
  readonly simulated: readonly string[];
}

function condition(type: string, status: 'True' | 'False', now: string, reason?: string, message?: string): PodCondition {
  return { type, status, lastTransitionTime: now, ...(reason ? { reason } : {}), ...(message ? { message } : {}) };
}

/** The Node's InternalIPs, one per family, as the kubelet reports status.hostIPs. */
export function nodeInternalIPs(node: Node): string[] {
  const out: string[] = [];
  for (const { type, address } of node.status?.addresses ?? []) {
    // An address the kubelet could not have reported (missing, not an IP) gives no host IP.
    if (type !== 'InternalIP' || parseIPSloppy(address) === undefined) continue;
    if (!out.some((ip) => familyOf(ip) === familyOf(address))) out.push(address);
  }
  return out;
}

/** A Pod the scheduler could not place: Pending, PodScheduled=False (pkg/scheduler/schedule_one.go handleSchedulingFailure). */
function unschedulableStatus(status: PodStatus, message: string, now: string): { status: PodStatus; simulated: string[] } {
  const simulated: string[] = [];
  const out: PodStatus = { ...status };
  if (!out.phase) {
    out.phase = 'Pending';
    simulated.push('status.phase');
  }
  if (!out.conditions) {
    out.conditions = [condition('PodScheduled', 'False', now, 'Unschedulable', message)];
    simulated.push('status.conditions');
  }
  return { status: out, simulated };
}

function runningConditions(now: string): PodCondition[] {
  return ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => condition(type, 'True', now));
}

/** A Pod whose containers are still being created: scheduled, not ready (kubelet status_manager). */
function pendingConditions(pod: Pod, now: string): PodCondition[] {
  const names = (pod.spec?.containers ?? []).map((container) => container.name).join(' ');
  const message = `containers with unready status: [${names}]`;
  return [
    condition('PodReadyToStartContainers', 'False', now),
    condition('Initialized', 'True', now),
    condition('Ready', 'False', now, 'ContainersNotReady', message),
    condition('ContainersReady', 'False', now, 'ContainersNotReady', message),
    condition('PodScheduled', 'True', now),
  ];
}

function containerStatuses(pod: Pod, running: boolean, ready: boolean, now: string): ContainerStatus[] {
  return (pod.spec?.containers ?? []).map((container) => ({
    name: container.name,
    image: container.image ?? '',
    imageID: '',
    ready,
    restartCount: 0,
    started: running,
    state: running ? { running: { startedAt: now } } : { waiting: { reason: 'ContainerCreating' } },
  }));
}

/** Fills the status of a Pod bound to a Node (or left unschedulable), inventing only what is missing. */
export function completePodStatus(pod: Pod, unschedulable: string | undefined, context: PodStatusContext): CompletedPod {
  const stated = pod.status ?? {};
  const nodeName = pod.spec?.nodeName;
  if (!nodeName) {
    if (unschedulable === undefined) return { pod, simulated: [] };
    const result = unschedulableStatus(stated, unschedulable, context.now);
    return { pod: { ...pod, status: result.status }, simulated: result.simulated };
  }
  const node = context.nodes.get(nodeName);
  // Bound to a Node that does not exist: no kubelet will ever run it.
  if (!node) return stated.phase ? { pod, simulated: [] } : { pod: { ...pod, status: { ...stated, phase: 'Pending' } }, simulated: ['status.phase'] };

  const simulated: string[] = [];
  const status: PodStatus = { ...stated };
  // The value is made only for a field the input left out: a dump's Pods state them all, and
  // making 35,000 Pods' conditions and container statuses only to drop them was most of this step.
  const invent = <K extends keyof PodStatus>(field: K, make: () => PodStatus[K] | undefined): void => {
    if (status[field] !== undefined) return;
    const value = make();
    if (value === undefined) return;
    status[field] = value;
    simulated.push(`status.${field}`);
  };
  const hostIPs = nodeInternalIPs(node);
  const statesIP = stated.podIPs !== undefined || stated.podIP !== undefined;
  const running = (stated.phase ?? 'Running') === 'Running';
  const key = `${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}`;
  const ips = statesIP || !running ? [] : pod.spec?.hostNetwork ? hostIPs : context.ipam.allocate(nodeName, key);
  // No address left in the Node's range: the CNI fails and the sandbox never starts (ContainerCreating).
  invent('phase', () => (statesIP || ips.length > 0 || pod.spec?.hostNetwork === true ? 'Running' : 'Pending'));
  if (!stated.hostIP && !stated.hostIPs && hostIPs.length > 0) {
    invent('hostIP', () => hostIPs[0]);
    invent('hostIPs', () => hostIPs.map((ip) => ({ ip })));
  }
  if (stated.podIPs || stated.podIP) {
    // Written by the input: complete one spelling from the other, never change the address.
    const podIPs: PodIP[] = stated.podIPs ?? [{ ip: stated.podIP ?? '' }];
    status.podIPs = podIPs;
    status.podIP = stated.podIP ?? podIPs[0]?.ip;
  } else if (ips.length > 0) {
    invent('podIP', () => ips[0]);
    invent('podIPs', () => ips.map((ip) => ({ ip })));
  }
  if (status.phase === 'Running') invent('conditions', () => runningConditions(context.now));
  else if (status.phase === 'Pending') invent('conditions', () => pendingConditions(pod, context.now));
  invent('startTime', () => context.now);
  if (status.phase === 'Running' || status.phase === 'Pending') {
    const phase = status.phase;
    const ready = () => status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
    invent('containerStatuses', () => containerStatuses(pod, phase === 'Running', ready(), context.now));
  }
  // A Pod whose input stated all of it (a dump's every Pod) is kept, not copied: the copy would
  // hold the same fields in the same order.
  if (simulated.length === 0 && status.podIP === stated.podIP && status.podIPs === stated.podIPs) return { pod, simulated };
  return { pod: { ...pod, status }, simulated };
}
