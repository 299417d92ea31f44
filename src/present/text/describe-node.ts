/**
 * `kubectl describe node`, shortened: staging/src/k8s.io/kubectl/pkg/describe/describe.go
 * describeNode and describeNodeResource, without the Lease, capacity and allocated-resource
 * sections the simulation has no data for.
 */
import type { Node, Pod, Taint } from 'kubernetes-types/core/v1';
import { formatRfc1123z } from './describe-pod.ts';
import { multilineAnnotations, multilineLabels } from './describe-service.ts';
import { translateTimestampSince } from './human-duration.ts';
import { findNodeRoles } from './print-node.ts';
import { alignTabs, DESCRIBE_TABWRITER } from './tabwriter.ts';

/** The page of a Node; `pods` are its non-terminated Pods (spec.nodeName, phase neither Succeeded nor Failed). */
export function describeNode(node: Node, pods: readonly Pod[], now: string): string {
  const roles = findNodeRoles(node);
  const lines: string[] = [
    `Name:\t${node.metadata?.name ?? ''}`,
    `Roles:\t${roles.length > 0 ? roles.join(',') : '<none>'}`,
    ...multilineLabels('Labels', node.metadata?.labels),
    ...multilineAnnotations('Annotations', node.metadata?.annotations),
    `CreationTimestamp:\t${formatRfc1123z(node.metadata?.creationTimestamp)}`,
    ...taintLines(node.spec?.taints ?? []),
    `Unschedulable:\t${node.spec?.unschedulable === true ? 'true' : 'false'}`,
  ];
  const conditions = node.status?.conditions ?? [];
  if (conditions.length > 0) {
    lines.push('Conditions:', '  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage', '  ----\t------\t-----------------\t------------------\t------\t-------');
    for (const c of conditions) {
      lines.push(`  ${c.type} \t${c.status} \t${formatRfc1123z(c.lastHeartbeatTime)} \t${formatRfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}`);
    }
  }
  lines.push('Addresses:', ...(node.status?.addresses ?? []).map((a) => `  ${a.type}:\t${a.address}`));
  if ((node.spec?.podCIDR ?? '') !== '') lines.push(`PodCIDR:\t${node.spec?.podCIDR ?? ''}`);
  if ((node.spec?.podCIDRs ?? []).length > 0) lines.push(`PodCIDRs:\t${(node.spec?.podCIDRs ?? []).join(',')}`);
  if ((node.spec?.providerID ?? '') !== '') lines.push(`ProviderID:\t${node.spec?.providerID ?? ''}`);
  lines.push(`Non-terminated Pods:\t(${pods.length} in total)`);
  lines.push('  Namespace\tName\t\tAge', '  ---------\t----\t\t---');
  for (const pod of pods) {
    lines.push(`  ${pod.metadata?.namespace ?? ''}\t${pod.metadata?.name ?? ''}\t\t${translateTimestampSince(pod.metadata?.creationTimestamp, now)}`);
  }
  lines.push('Events:\t<none>');
  return alignTabs(lines.map((line) => `${line}\n`).join(''), DESCRIBE_TABWRITER);
}

/** describe.go printNodeTaintsMultiline: `key=value:effect`, one a line. */
function taintLines(taints: readonly Taint[]): string[] {
  if (taints.length === 0) return ['Taints:\t<none>'];
  return taints.map((taint, index) => {
    const value = taint.value !== undefined && taint.value !== '' ? `=${taint.value}` : '';
    return `${index === 0 ? 'Taints:' : ''}\t${taint.key}${value}:${taint.effect}`;
  });
}
