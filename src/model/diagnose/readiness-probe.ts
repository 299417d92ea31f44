/**
 * kube-score `container-readiness-probe` and polaris `readinessProbeMissing`, for Pods a Service
 * sends traffic to: without a readinessProbe the kubelet reports a container ready as soon as it
 * has started (pkg/kubelet/prober/prober_manager.go UpdatePodStatus: no probe means ready), so the
 * EndpointSlice controller publishes the Pod before the application listens, and a rollout of a
 * broken version still gets traffic. As kube-score does, one probe on any container of the Pod
 * is enough. Reported once per input object: at a workload's template, or at the Pod.
 */
import type { PodSpec } from 'kubernetes-types/core/v1';
import type { ClusterIndex, Workload } from './cluster-index.ts';
import { listNames, type Finding } from './finding.ts';
import { MESSAGES } from './messages.ts';
import type { Entry, Pod } from '../objects.ts';

function hasReadinessProbe(spec: PodSpec | undefined): boolean {
  return [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])].some((container) => container.readinessProbe !== undefined);
}

/** Collects, Service by Service, the input objects whose Pods lack a probe; then one finding each. */
export interface ReadinessProbeTracker {
  add(service: string, selected: readonly Pod[]): void;
  findings(): { readonly entry: Entry<Pod> | Workload; readonly findings: readonly Finding[] }[];
}

export function trackReadinessProbes(index: ClusterIndex): ReadinessProbeTracker {
  const missing = new Map<Entry<Pod> | Workload, { template: boolean; services: Set<string> }>();
  return {
    add(service, selected) {
      for (const pod of selected) {
        if (hasReadinessProbe(pod.spec)) continue;
        const origin = index.inputOf(pod);
        if (origin === undefined) continue;
        const seen = missing.get(origin.entry);
        if (seen) seen.services.add(service);
        else missing.set(origin.entry, { template: origin.template, services: new Set([service]) });
      }
    },
    findings() {
      return [...missing].map(([entry, { template, services }]) => ({
        entry,
        findings: [{
          code: 'READINESS_PROBE_MISSING',
          severity: 'info',
          field: template ? ['spec', 'template', 'spec', 'containers', 0, 'readinessProbe'] : ['spec', 'containers', 0, 'readinessProbe'],
          message: MESSAGES.readinessProbeMissing(listNames([...services].sort()), services.size > 1, template),
        }],
      }));
    },
  };
}
