/**
 * Service defaulting (pkg/apis/core/v1/defaults.go SetDefaults_Service). clusterIP(s),
 * ipFamilies, ipFamilyPolicy and nodePorts are not defaults: the registry's allocator sets them.
 */
import { asArray, isRecord } from './guards.ts';
import type { Mutable, Writer } from './defaults-writer.ts';
import { isExternallyAccessible } from './service-helpers.ts';

/** DefaultClientIPServiceAffinitySeconds: three hours. */
const DEFAULT_CLIENT_IP_AFFINITY_SECONDS = 10800;

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

/** Steps in SetDefaults_Service's order. */
export function defaultService(service: Mutable, w: Writer): void {
  if (!isRecord(service.spec)) w.set(service, 'spec', {});
  const spec = service.spec as Mutable;
  // 1. Session affinity, and its ClientIP timeout.
  if (isAbsent(spec.sessionAffinity) || spec.sessionAffinity === '') w.set(spec, 'sessionAffinity', 'None');
  if (spec.sessionAffinity === 'None') w.remove(spec, 'sessionAffinityConfig');
  if (spec.sessionAffinity === 'ClientIP') {
    const config = isRecord(spec.sessionAffinityConfig) ? (spec.sessionAffinityConfig as Mutable) : {};
    const clientIP = isRecord(config.clientIP) ? (config.clientIP as Mutable) : {};
    if (isAbsent(clientIP.timeoutSeconds)) w.set(clientIP, 'timeoutSeconds', DEFAULT_CLIENT_IP_AFFINITY_SECONDS);
    w.set(config, 'clientIP', clientIP);
    w.set(spec, 'sessionAffinityConfig', config);
  }
  // 2. Type.
  if (isAbsent(spec.type) || spec.type === '') w.set(spec, 'type', 'ClusterIP');
  // 3. Ports: protocol TCP; targetPort 0 or "" means the port itself.
  for (const port of asArray(spec.ports)) {
    if (!isRecord(port)) continue;
    const p = port as Mutable;
    if (isAbsent(p.protocol) || p.protocol === '') w.set(p, 'protocol', 'TCP');
    // An absent port is Go's zero (a `[null]` item decodes to a zero ServicePort): targetPort 0.
    if (isAbsent(p.targetPort) || p.targetPort === 0 || p.targetPort === '') w.set(p, 'targetPort', isAbsent(p.port) ? 0 : p.port);
  }
  // 4. Traffic policies: external for externally-accessible Services, internal for all but ExternalName.
  if (isExternallyAccessible(spec) && (isAbsent(spec.externalTrafficPolicy) || spec.externalTrafficPolicy === '')) {
    w.set(spec, 'externalTrafficPolicy', 'Cluster');
  }
  if (isAbsent(spec.internalTrafficPolicy) && ['NodePort', 'LoadBalancer', 'ClusterIP'].includes(spec.type as string)) {
    w.set(spec, 'internalTrafficPolicy', 'Cluster');
  }
  // 5. LoadBalancer: node ports are allocated unless told otherwise; ingress IPs get ipMode VIP.
  if (spec.type === 'LoadBalancer') {
    if (isAbsent(spec.allocateLoadBalancerNodePorts)) w.set(spec, 'allocateLoadBalancerNodePorts', true);
    const status = isRecord(service.status) ? service.status : undefined;
    const lb = status !== undefined && isRecord(status.loadBalancer) ? status.loadBalancer : undefined;
    for (const ingress of asArray(lb?.ingress)) {
      if (isRecord(ingress) && typeof ingress.ip === 'string' && ingress.ip !== '' && isAbsent(ingress.ipMode)) {
        w.set(ingress, 'ipMode', 'VIP');
      }
    }
  }
  // 6. ServiceStatus and its LoadBalancer field are Go structs, which omitempty never drops: the
  // API returns `status: {loadBalancer: {}}` for every Service.
  if (!isRecord(service.status)) w.set(service, 'status', {});
  const status = service.status as Mutable;
  if (!isRecord(status.loadBalancer)) w.set(status, 'loadBalancer', {});
}
