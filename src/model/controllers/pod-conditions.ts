/**
 * Pod predicates the endpoint controllers use (k8s.io/endpointslice/util controller_utils.go,
 * copied there from pkg/api/v1/pod).
 */
import type { Pod } from 'kubernetes-types/core/v1';

/** podutil.IsPodReady: the Ready condition is present and True. */
export function isPodReady(pod: Pod): boolean {
  return pod.status?.conditions?.some((condition) => condition.type === 'Ready' && condition.status === 'True') ?? false;
}

/** isPodTerminal: Succeeded or Failed; all containers stopped for good. */
export function isPodTerminal(pod: Pod): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

/** ShouldPodBeInEndpoints: not terminal, has an IP, and (unless allowed) not terminating. */
export function shouldPodBeInEndpoints(pod: Pod, includeTerminating: boolean): boolean {
  if (isPodTerminal(pod)) return false;
  if (!pod.status?.podIP && (pod.status?.podIPs ?? []).length === 0) return false;
  return includeTerminating || pod.metadata?.deletionTimestamp === undefined;
}
