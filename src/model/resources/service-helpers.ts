/**
 * Predicates on a Service that validation, warnings and defaulting share
 * (pkg/api/service/util.go, pkg/apis/core/validation isHeadlessService).
 */
import { asArray, asRecord, asString, type JsonRecord } from './guards.ts';

export function specOf(service: unknown): JsonRecord {
  return asRecord(asRecord(service)?.spec) ?? {};
}

/**
 * spec.clusterIPs as the strategy's PrepareForCreate leaves it (normalizeClusterIPs): when only
 * clusterIP is given, clusterIPs becomes [clusterIP]; validation always sees the synced pair.
 */
export function clusterIPsOf(spec: JsonRecord): string[] {
  const ips = asArray(spec.clusterIPs).map(asString);
  const clusterIP = asString(spec.clusterIP);
  if (ips.length === 0 && clusterIP.length > 0) return [clusterIP];
  return ips;
}

/** isHeadlessService (core validation): exactly one clusterIP, and it is "None". */
export function isHeadless(spec: JsonRecord): boolean {
  const ips = clusterIPsOf(spec);
  return ips.length === 1 && ips[0] === 'None';
}

/** service.ExternallyAccessible: reachable from outside through a node, a load balancer or an external IP. */
export function isExternallyAccessible(spec: JsonRecord): boolean {
  const type = asString(spec.type);
  return type === 'LoadBalancer' || type === 'NodePort' || (type === 'ClusterIP' && asArray(spec.externalIPs).length > 0);
}

/** service.NeedsHealthCheck */
export function needsHealthCheck(spec: JsonRecord): boolean {
  return asString(spec.type) === 'LoadBalancer' && asString(spec.externalTrafficPolicy) === 'Local';
}
