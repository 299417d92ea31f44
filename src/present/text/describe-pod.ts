/**
 * `kubectl describe pod`, shortened: staging/src/k8s.io/kubectl/pkg/describe/describe.go
 * describePod and describeContainers, in their order and layout, without the parts the simulation
 * has no data for (container and image IDs, volumes, probes, environment).
 */
import type { Container, ContainerStatus, Pod, Toleration } from 'kubernetes-types/core/v1';
import { multilineAnnotations, multilineLabels } from './describe-service.ts';
import { alignTabs, DESCRIBE_TABWRITER } from './tabwriter.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Go's time.RFC1123Z (`Mon, 02 Jan 2006 15:04:05 -0700`) in UTC, as describe prints timestamps. */
export function formatRfc1123z(timestamp: string | undefined): string {
  const time = Date.parse(timestamp ?? '');
  if (Number.isNaN(time)) return '';
  const date = new Date(time);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[date.getUTCDay()] ?? ''}, ${two(date.getUTCDate())} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}

export function describePod(pod: Pod): string {
  const spec = pod.spec;
  const status = pod.status ?? {};
  const lines: string[] = [`Name:\t${pod.metadata?.name ?? ''}`, `Namespace:\t${pod.metadata?.namespace ?? ''}`];
  if (spec?.priority !== undefined) lines.push(`Priority:\t${spec.priority}`);
  if (spec?.priorityClassName !== undefined && spec.priorityClassName !== '') lines.push(`Priority Class Name:\t${spec.priorityClassName}`);
  lines.push(`Service Account:\t${spec?.serviceAccountName ?? ''}`);
  const nodeName = spec?.nodeName ?? '';
  lines.push(`Node:\t${nodeName === '' ? '<none>' : `${nodeName}/${status.hostIP ?? ''}`}`);
  if (status.startTime !== undefined) lines.push(`Start Time:\t${formatRfc1123z(status.startTime)}`);
  lines.push(...multilineLabels('Labels', pod.metadata?.labels), ...multilineAnnotations('Annotations', pod.metadata?.annotations));
  if (pod.metadata?.deletionTimestamp !== undefined) {
    lines.push(`Status:\tTerminating (lasts <unknown>)`, `Termination Grace Period:\t${pod.metadata.deletionGracePeriodSeconds ?? 30}s`);
  } else {
    lines.push(`Status:\t${status.phase ?? ''}`);
  }
  if (status.reason !== undefined && status.reason !== '') lines.push(`Reason:\t${status.reason}`);
  if (status.message !== undefined && status.message !== '') lines.push(`Message:\t${status.message}`);
  lines.push(`IP:\t${status.podIP ?? ''}`);
  const ips = status.podIPs ?? [];
  if (ips.length === 0) lines.push('IPs:\t<none>');
  else lines.push('IPs:', ...ips.map((ip) => `  IP:\t${ip.ip}`));
  const controller = (pod.metadata?.ownerReferences ?? []).find((owner) => owner.controller === true);
  if (controller !== undefined) lines.push(`Controlled By:\t${controller.kind}/${controller.name}`);
  lines.push('Containers:');
  for (const container of spec?.containers ?? []) {
    lines.push(...describeContainer(container, (status.containerStatuses ?? []).find((s) => s.name === container.name)));
  }
  const conditions = status.conditions ?? [];
  if (conditions.length > 0) {
    lines.push('Conditions:', '  Type\tStatus', ...conditions.map((c) => `  ${c.type} \t${c.status} `));
  }
  lines.push(`QoS Class:\t${status.qosClass ?? qosClass(spec?.containers ?? [])}`);
  lines.push(...multilineLabels('Node-Selectors', spec?.nodeSelector));
  lines.push(...tolerationLines(spec?.tolerations ?? []));
  lines.push('Events:\t<none>');
  return alignTabs(lines.map((line) => `${line}\n`).join(''), DESCRIBE_TABWRITER);
}

function describeContainer(container: Container, status: ContainerStatus | undefined): string[] {
  const ports = container.ports ?? [];
  const lines = [`  ${container.name}:`, `    Image:\t${container.image ?? ''}`];
  // describe.go describeContainerPorts / describeContainerHostPorts.
  lines.push(`    Port:\t${ports.length === 0 ? '<none>' : ports.map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`).join(', ')}`);
  lines.push(`    Host Port:\t${ports.length === 0 ? '<none>' : ports.map((p) => `${p.hostPort ?? 0}/${p.protocol ?? 'TCP'}`).join(', ')}`);
  if ((container.command ?? []).length > 0) lines.push('    Command:', ...(container.command ?? []).map((part) => `      ${part}`));
  if ((container.args ?? []).length > 0) lines.push('    Args:', ...(container.args ?? []).map((part) => `      ${part}`));
  const state = status?.state;
  if (state?.running !== undefined) {
    lines.push('    State:\tRunning', `      Started:\t${formatRfc1123z(state.running.startedAt)}`);
  } else if (state?.terminated !== undefined) {
    lines.push('    State:\tTerminated', `      Reason:\t${state.terminated.reason ?? ''}`, `      Exit Code:\t${state.terminated.exitCode}`);
  } else if (state?.waiting !== undefined) {
    lines.push('    State:\tWaiting', `      Reason:\t${state.waiting.reason ?? ''}`);
  } else {
    lines.push('    State:\tWaiting');
  }
  lines.push(`    Ready:\t${status?.ready === true ? 'True' : 'False'}`, `    Restart Count:\t${status?.restartCount ?? 0}`);
  return lines;
}

/** A simplified pkg/apis/core/v1/helper/qos GetPodQOS: no resources at all is BestEffort. */
function qosClass(containers: readonly Container[]): string {
  const any = containers.some((c) => Object.keys(c.resources?.requests ?? {}).length > 0 || Object.keys(c.resources?.limits ?? {}).length > 0);
  return any ? 'Burstable' : 'BestEffort';
}

/** describe.go printTolerationsMultilineWithIndent. */
function tolerationLines(tolerations: readonly Toleration[]): string[] {
  if (tolerations.length === 0) return ['Tolerations:\t<none>'];
  return tolerations.map((t, index) => {
    let text = t.key ?? '';
    if (t.value !== undefined && t.value !== '') text += `=${t.value}`;
    if (t.effect !== undefined && t.effect !== '') text += `:${t.effect}`;
    if (t.operator === 'Exists' && (t.value ?? '') === '') text += (t.key ?? '') !== '' || (t.effect ?? '') !== '' ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined) text += ` for ${t.tolerationSeconds}s`;
    return `${index === 0 ? 'Tolerations:' : ''}\t${text}`;
  });
}
