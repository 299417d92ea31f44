/**
 * What an ingress controller proxies to once a rule has chosen a backend: the Service port the
 * backend names, and that port's ready endpoints as the controller reads them from EndpointSlices.
 */
import type { Cluster } from '../cluster-types.ts';
import type { IngressBackend } from '../ingress/match.ts';
import type { Service } from '../objects.ts';
import { serviceEndpoints, type ProxyEndpoint } from './endpoints.ts';
import { primaryFamily, servicePortInfo, type ServicePortInfo } from './service-port.ts';

export type Upstream =
  | { readonly ok: true; readonly info: ServicePortInfo; readonly endpoints: readonly ProxyEndpoint[] }
  | { readonly ok: false; readonly reason: string };

/** `ns/service:port`, the form the trace's `backend` field takes. */
export function backendKey(namespace: string, backend: IngressBackend): string | null {
  const service = backend.service;
  if (service === undefined) return null;
  return `${namespace}/${service.name}:${service.port?.number ?? service.port?.name ?? ''}`;
}

/** IngressServiceBackend.port: a number is the Service's `port`, a name its port's `name`. */
function findPort(service: Service, backend: IngressBackend): NonNullable<NonNullable<Service['spec']>['ports']>[number] | undefined {
  const wanted = backend.service?.port;
  return (service.spec?.ports ?? []).find((p) => (wanted?.number !== undefined ? p.port === wanted.number : p.name === wanted?.name));
}

export function upstream(cluster: Cluster, namespace: string, backend: IngressBackend): Upstream {
  const ref = backend.service;
  if (ref === undefined) {
    return { ok: false, reason: `the backend is a resource (${backend.resource?.kind ?? ''} ${backend.resource?.name ?? ''}), served by the controller itself, which is not simulated` };
  }
  const service = cluster.services.find((s) => s.object.metadata?.namespace === namespace && s.object.metadata?.name === ref.name)?.object;
  if (service === undefined) return { ok: false, reason: `service "${ref.name}" not found in namespace ${namespace}: the controller has no upstream for it (ingress-nginx answers 503 Service Unavailable)` };
  if (service.spec?.type === 'ExternalName' || service.spec?.clusterIP === 'None') {
    return { ok: false, reason: `service "${ref.name}" is ${service.spec?.type === 'ExternalName' ? 'of type ExternalName' : 'headless'}: how a controller proxies to it is its own, and not simulated` };
  }
  const port = findPort(service, backend);
  const key = backendKey(namespace, backend) ?? '';
  if (port === undefined) return { ok: false, reason: `service "${ref.name}" has no port ${key.slice(key.lastIndexOf(':') + 1)}: the controller has no upstream for ${key}` };
  const info = servicePortInfo(service, port, primaryFamily(service));
  const endpoints = serviceEndpoints(cluster, info, primaryFamily(service)).filter((e) => e.ready);
  if (endpoints.length === 0) return { ok: false, reason: `${key} has no ready endpoints: the controller has no upstream to send to (ingress-nginx answers 503 Service Unavailable)` };
  return { ok: true, info, endpoints };
}
