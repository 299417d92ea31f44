/**
 * Pods are selected but none would be a ready endpoint: kube-proxy routes only to ready ones
 * (terminating ones only as a fallback for externalTrafficPolicy: Local), so the Service answers
 * nothing. Readiness is as podToEndpoint computes it (endpointslice utils.go): Ready condition
 * True and no deletionTimestamp, unless publishNotReadyAddresses.
 */
import type { Pod } from '../objects.ts';
import { isPodReady, isPodTerminal } from '../controllers/pod-conditions.ts';
import { MESSAGES } from './messages.ts';
import { listNames, type ServiceCheck } from './finding.ts';

function state(pod: Pod): string {
  if (pod.metadata?.deletionTimestamp !== undefined) return 'terminating';
  if (isPodTerminal(pod)) return pod.status?.phase ?? 'terminal';
  if (!pod.status?.podIP && (pod.status?.podIPs ?? []).length === 0) return 'no IP';
  return isPodReady(pod) ? 'ready' : 'not ready';
}

export const checkNoReadyEndpoints: ServiceCheck = (entry, selected, context) => {
  if (selected.length === 0 || entry.object.spec?.publishNotReadyAddresses === true) return [];
  const states = selected.map((pod) => ({ name: pod.metadata?.name ?? '', state: state(pod) }));
  if (states.some((s) => s.state === 'ready')) return [];
  // A workload that counts ready Pods it does not simulate (controllers/pod-budget.ts) serves through them.
  if (selected.some((pod) => context.index.sampleOf(pod)?.unsimulated.some((tally) => tally.ready > 0))) return [];
  const pods = listNames(states.map((s) => `${s.name} ${s.state}`));
  return [{ code: 'NO_READY_ENDPOINTS', severity: 'warning', field: ['spec', 'selector'], message: MESSAGES.noReadyEndpoints(pods) }];
};
