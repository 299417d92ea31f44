/**
 * Service defaulting (pkg/apis/core/v1/defaults.go SetDefaults_Service). clusterIP(s),
 * ipFamilies, ipFamilyPolicy and nodePorts are not defaults: the registry's allocator sets them.
 */
import { asArray, isRecord } from './guards.ts';
import { isExternallyAccessible } from './service-helpers.ts';

type Mutable = Record<string, unknown>;

/** DefaultClientIPServiceAffinitySeconds: three hours. */
const DEFAULT_CLIENT_IP_AFFINITY_SECONDS = 10800;

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

/** Steps in SetDefaults_Service's order. */
export function defaultService(service: Mutable): void {
  if (!isRecord(service.spec)) service.spec = {};
  const spec = service.spec as Mutable;
  // 1. Session affinity, and its ClientIP timeout.
  if (isAbsent(spec.sessionAffinity) || spec.sessionAffinity === '') spec.sessionAffinity = 'None';
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === 'ClientIP') {
    const config = isRecord(spec.sessionAffinityConfig) ? (spec.sessionAffinityConfig as Mutable) : {};
    const clientIP = isRecord(config.clientIP) ? (config.clientIP as Mutable) : {};
    if (isAbsent(clientIP.timeoutSeconds)) clientIP.timeoutSeconds = DEFAULT_CLIENT_IP_AFFINITY_SECONDS;
    config.clientIP = clientIP;
    spec.sessionAffinityConfig = config;
  }
  // 2. Type.
  if (isAbsent(spec.type) || spec.type === '') spec.type = 'ClusterIP';
  // 3. Ports: protocol TCP; targetPort 0 or "" means the port itself.
  for (const port of asArray(spec.ports)) {
    if (!isRecord(port)) continue;
    const p = port as Mutable;
    if (isAbsent(p.protocol) || p.protocol === '') p.protocol = 'TCP';
    // An absent port is Go's zero (a `[null]` item decodes to a zero ServicePort): targetPort 0.
    if (isAbsent(p.targetPort) || p.targetPort === 0 || p.targetPort === '') p.targetPort = isAbsent(p.port) ? 0 : p.port;
  }
  // 4. Traffic policies: external for externally-accessible Services, internal for all but ExternalName.
  if (isExternallyAccessible(spec) && (isAbsent(spec.externalTrafficPolicy) || spec.externalTrafficPolicy === '')) {
    spec.externalTrafficPolicy = 'Cluster';
  }
  if (isAbsent(spec.internalTrafficPolicy) && ['NodePort', 'LoadBalancer', 'ClusterIP'].includes(spec.type as string)) {
    spec.internalTrafficPolicy = 'Cluster';
  }
  // 5. LoadBalancer: node ports are allocated unless told otherwise; ingress IPs get ipMode VIP.
  if (spec.type === 'LoadBalancer') {
    if (isAbsent(spec.allocateLoadBalancerNodePorts)) spec.allocateLoadBalancerNodePorts = true;
    const status = isRecord(service.status) ? service.status : undefined;
    const lb = status !== undefined && isRecord(status.loadBalancer) ? status.loadBalancer : undefined;
    for (const ingress of asArray(lb?.ingress)) {
      if (isRecord(ingress) && typeof ingress.ip === 'string' && ingress.ip !== '' && isAbsent(ingress.ipMode)) {
        (ingress as Mutable).ipMode = 'VIP';
      }
    }
  }
  // 6. ServiceStatus and its LoadBalancer field are Go structs, which omitempty never drops: the
  // API returns `status: {loadBalancer: {}}` for every Service.
  if (!isRecord(service.status)) service.status = {};
  const status = service.status as Mutable;
  if (!isRecord(status.loadBalancer)) status.loadBalancer = {};
}
