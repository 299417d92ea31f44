/**
 * EndpointSlices from the input that nothing keeps up to date: hand-made ones, or ones copied from
 * another cluster. The EndpointSlice controller rewrites only the slices labelled managed-by it for
 * a Service with a selector (staging/src/k8s.io/endpointslice/reconciler.go lists slices by
 * kubernetes.io/service-name and endpointslice.kubernetes.io/managed-by); every other slice stays
 * as written, and kube-proxy and CoreDNS read it all the same:
 * - kube-proxy files a slice under the Service its kubernetes.io/service-name label names, and
 *   skips a slice without one (pkg/proxy/endpointslicecache.go endpointSliceCacheKeys);
 * - it merges every slice of a Service, whoever manages it (endpointInfoByServicePort);
 * - it pairs a slice's ports with the Service's by name and protocol (ServicePortName).
 */
import type { EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { ServicePort } from 'kubernetes-types/core/v1';
import { hasSelector } from '../controllers/endpoint-slice-controller.ts';
import { ENDPOINTSLICE_CONTROLLER, LABEL_MANAGED_BY, LABEL_SERVICE_NAME } from '../controllers/slice-meta.ts';
import { normalizeIP } from '../net/ip.ts';
import type { Service } from '../objects.ts';
import type { ClusterIndex } from './cluster-index.ts';
import { isStoredManagedSlice } from './endpoint-drift.ts';
import { listNames, type EntryCheck, type Finding } from './finding.ts';
import { MESSAGES } from './messages.ts';

const SERVICE_LABEL_FIELD = ['metadata', 'labels', LABEL_SERVICE_NAME];

/**
 * Endpoints whose targetRef names a Pod that is gone, or that has another address now. Only Pod
 * addresses the input states are compared: one the simulator made up says nothing.
 */
function staleEndpoints(slice: EndpointSlice, namespace: string, index: ClusterIndex): Finding[] {
  const stale: { field: (string | number)[]; text: string }[] = [];
  (slice.endpoints ?? []).forEach((endpoint, i) => {
    const ref = endpoint.targetRef;
    if (ref?.kind !== 'Pod' || !ref.name) return;
    const entry = index.pod(ref.namespace ?? namespace, ref.name);
    if (entry === undefined) {
      stale.push({ field: ['endpoints', i, 'targetRef', 'name'], text: MESSAGES.staleEndpointNoPod(ref.name) });
      return;
    }
    if (slice.addressType === 'FQDN' || entry.simulated.includes('status.podIP')) return;
    const status = entry.object.status;
    const ips = [...new Set([status?.podIP, ...(status?.podIPs ?? []).map((p) => p.ip)].filter((ip): ip is string => !!ip).map(normalizeIP))];
    const address = endpoint.addresses[0];
    if (ips.length === 0 || address === undefined || ips.includes(normalizeIP(address))) return;
    stale.push({ field: ['endpoints', i, 'addresses', 0], text: MESSAGES.staleEndpointAddress(address, ref.name, ips.join(', ')) });
  });
  const [first] = stale;
  if (first === undefined) return [];
  return [{ code: 'ENDPOINTSLICE_STALE_ENDPOINT', severity: 'warning', field: first.field, message: MESSAGES.staleEndpoints(listNames(stale.map((s) => s.text)), stale.length > 1) }];
}

/** `"http" (TCP), "metrics" (TCP)`: the Service's ports as a slice port must name them. */
function portNames(ports: readonly ServicePort[]): string {
  return ports.map((p) => `${p.name ? `"${p.name}"` : 'unnamed'} (${p.protocol ?? 'TCP'})`).join(', ');
}

function unmatchedPorts(slice: EndpointSlice, service: Service, serviceName: string): Finding[] {
  const servicePorts = service.spec?.ports ?? [];
  const findings: Finding[] = [];
  (slice.ports ?? []).forEach((port, i) => {
    const name = port.name ?? '';
    const protocol = port.protocol ?? 'TCP';
    if (servicePorts.some((p) => (p.name ?? '') === name && (p.protocol ?? 'TCP') === protocol)) return;
    const only = servicePorts.length === 1 ? servicePorts[0] : undefined;
    const fix = only === undefined ? MESSAGES.slicePortRename : only.name ? MESSAGES.slicePortNameIt(only.name) : MESSAGES.slicePortUnname;
    findings.push({
      code: 'ENDPOINTSLICE_PORT_NAME_MISMATCH',
      severity: 'warning',
      field: ['ports', i, 'name'],
      message: MESSAGES.slicePortNameMismatch(name ? `Port "${name}" (${protocol})` : `The unnamed port (${protocol})`, serviceName, portNames(servicePorts), fix),
    });
  });
  return findings;
}

export const checkEndpointSlice: EntryCheck<EndpointSlice> = (entry, index) => {
  const slice = entry.object;
  const namespace = slice.metadata?.namespace ?? 'default';
  const labels = slice.metadata?.labels ?? {};
  const serviceName = labels[LABEL_SERVICE_NAME];
  if (!serviceName) {
    return [{ code: 'ENDPOINTSLICE_WITHOUT_SERVICE_NAME', severity: 'warning', field: ['metadata', 'labels'], message: MESSAGES.sliceWithoutServiceName }];
  }
  const service = index.service(namespace, serviceName);
  if (service === undefined) {
    return [{ code: 'ENDPOINTSLICE_SERVICE_NOT_FOUND', severity: 'warning', field: SERVICE_LABEL_FIELD, message: MESSAGES.sliceServiceNotFound(serviceName, namespace) }];
  }
  const findings: Finding[] = [];
  if (hasSelector(service) && labels[LABEL_MANAGED_BY] !== ENDPOINTSLICE_CONTROLLER) {
    findings.push({ code: 'ENDPOINTSLICE_BESIDE_CONTROLLER', severity: 'warning', field: SERVICE_LABEL_FIELD, message: MESSAGES.sliceBesideController(serviceName) });
  }
  // A dumped slice the controller keeps is compared with what the controller would write instead (endpoint-drift.ts).
  const stored = isStoredManagedSlice(entry) && hasSelector(service);
  if (!stored) findings.push(...staleEndpoints(slice, namespace, index));
  // kube-proxy programs nothing for an ExternalName Service, whatever its slices say.
  if (service.spec?.type !== 'ExternalName') findings.push(...unmatchedPorts(slice, service, serviceName));
  return findings;
};
