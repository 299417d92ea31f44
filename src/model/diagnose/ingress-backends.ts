/**
 * An Ingress backend names a Service, and a port of it by number (the Service's `port`, not its
 * targetPort) or by name (networking/v1 ServiceBackendPort). When either is missing the ingress
 * controller has no upstream and answers the path itself: ingress-nginx with 503 Service
 * Unavailable (its default backend for an upstream without endpoints).
 */
import type { IngressBackend, ServiceBackendPort } from 'kubernetes-types/networking/v1';
import type { ServicePort as CoreServicePort } from 'kubernetes-types/core/v1';
import type { Ingress } from '../objects.ts';
import type { ClusterIndex } from './cluster-index.ts';
import type { EntryCheck, Finding } from './finding.ts';
import { MESSAGES } from './messages.ts';

/** `http 80/TCP → 8080`: the Service's ports as the Ingress could name them. */
function describePorts(ports: readonly CoreServicePort[]): string {
  if (ports.length === 0) return 'it has no ports';
  return `its ports: ${ports.map((p) => `${p.name ? `${p.name} ` : ''}${p.port}/${p.protocol ?? 'TCP'}`).join(', ')}`;
}

/** When the number is some port's targetPort, the likely mix-up, and its fix. */
function portHint(wanted: ServiceBackendPort, ports: readonly CoreServicePort[]): string {
  const byTarget = wanted.number === undefined ? undefined : ports.find((p) => p.targetPort === wanted.number);
  if (byTarget !== undefined) return MESSAGES.ingressPortIsTargetPort(wanted.number ?? 0, byTarget.port, byTarget.name);
  return MESSAGES.ingressPortFix;
}

function checkBackend(backend: IngressBackend, path: readonly (string | number)[], namespace: string, index: ClusterIndex): Finding[] {
  const ref = backend.service;
  // A resource backend (and an ExternalName, whose port the controller takes as it is) is the controller's own business.
  if (ref === undefined) return [];
  const service = index.service(namespace, ref.name);
  if (service === undefined) {
    return [{ code: 'INGRESS_SERVICE_NOT_FOUND', severity: 'warning', field: [...path, 'service', 'name'], message: MESSAGES.ingressServiceNotFound(ref.name, namespace) }];
  }
  if (service.spec?.type === 'ExternalName') return [];
  const wanted = ref.port ?? {};
  const ports = service.spec?.ports ?? [];
  const found = ports.some((p) => (wanted.number !== undefined ? p.port === wanted.number : p.name === wanted.name));
  if (found) return [];
  const label = wanted.number !== undefined ? String(wanted.number) : `"${wanted.name ?? ''}"`;
  return [{
    code: 'INGRESS_SERVICE_PORT_NOT_FOUND',
    severity: 'warning',
    field: [...path, 'service', 'port', wanted.number !== undefined ? 'number' : 'name'],
    message: MESSAGES.ingressServicePortNotFound(ref.name, label, describePorts(ports), portHint(wanted, ports)),
  }];
}

export const checkIngressBackends: EntryCheck<Ingress> = (entry, index) => {
  const spec = entry.object.spec;
  const namespace = entry.object.metadata?.namespace ?? 'default';
  const findings: Finding[] = [];
  if (spec?.defaultBackend) findings.push(...checkBackend(spec.defaultBackend, ['spec', 'defaultBackend'], namespace, index));
  (spec?.rules ?? []).forEach((rule, i) => {
    (rule.http?.paths ?? []).forEach((path, j) => {
      findings.push(...checkBackend(path.backend, ['spec', 'rules', i, 'http', 'paths', j, 'backend'], namespace, index));
    });
  });
  return findings;
};
