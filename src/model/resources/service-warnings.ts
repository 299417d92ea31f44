/**
 * The apiserver's warnings for a Service on create (pkg/api/service/warnings.go,
 * GetWarningsForService). Warnings are whole sentences, most starting with their field path.
 */
import { asArray, asRecord, asString, type JsonRecord } from './guards.ts';
import { cidrWarnings, ipWarnings } from './ip-warnings.ts';
import { clusterIPsOf, specOf } from './service-helpers.ts';
import type { VersionFeatures } from '../versions/rules.ts';

const TOPOLOGY_HINTS_ANNOTATION = 'service.kubernetes.io/topology-aware-hints';
const TOPOLOGY_MODE_ANNOTATION = 'service.kubernetes.io/topology-mode';

/** warnings.go isHeadlessService: unlike validation's, it looks at type and clusterIP. */
function isHeadlessForWarnings(spec: JsonRecord): boolean {
  return asString(spec.type) === 'ClusterIP' && asString(spec.clusterIP) === 'None';
}

/** GetWarningsForService: `field: text` for each warning, as kubectl prints after "Warning:". */
export function serviceWarnings(service: JsonRecord, features: Pick<VersionFeatures, 'externalIPsDeprecated' | 'preferCloseDeprecated'>): string[] {
  const spec = specOf(service);
  const warnings: string[] = [];
  const annotations = asRecord(asRecord(service.metadata)?.annotations) ?? {};
  if (annotations[TOPOLOGY_HINTS_ANNOTATION] !== undefined) {
    warnings.push(`annotation ${TOPOLOGY_HINTS_ANNOTATION} is deprecated, please use ${TOPOLOGY_MODE_ANNOTATION} instead`);
  }
  const clusterIPs = clusterIPsOf(spec);
  // helper.IsServiceIPSet: a clusterIP that is neither empty nor None.
  const ipSet = clusterIPs.length > 0 && clusterIPs[0] !== 'None';
  if (ipSet) clusterIPs.forEach((ip, i) => warnings.push(...ipWarnings(`spec.clusterIPs[${i}]`, ip)));
  const headless = isHeadlessForWarnings(spec);
  const externalIPs = asArray(spec.externalIPs).map(asString);
  const type = asString(spec.type);
  if (headless) {
    if (asString(spec.loadBalancerIP) !== '') warnings.push('spec.loadBalancerIP is ignored for headless services');
    if (externalIPs.length > 0) warnings.push('spec.externalIPs is ignored for headless services');
    if (asString(spec.sessionAffinity) !== 'None') warnings.push('spec.SessionAffinity is ignored for headless services');
  }
  externalIPs.forEach((ip, i) => warnings.push(...ipWarnings(`spec.externalIPs[${i}]`, ip)));
  // "Warn about using externalIPs": added in v1.36 (versions/rules.ts externalIPsDeprecated).
  if (features.externalIPsDeprecated && externalIPs.length > 0 && !headless && type !== 'ExternalName') {
    warnings.push('spec.externalIPs is deprecated and may no longer be implemented in some clusters');
  }
  const lbIP = asString(spec.loadBalancerIP);
  if (lbIP.length > 0) warnings.push(...ipWarnings('spec.loadBalancerIP', lbIP));
  asArray(spec.loadBalancerSourceRanges).forEach((cidr, i) => {
    warnings.push(...cidrWarnings(`spec.loadBalancerSourceRanges[${i}]`, asString(cidr)));
  });
  if (type === 'ExternalName' && externalIPs.length > 0) warnings.push('spec.externalIPs is ignored when spec.type is "ExternalName"');
  if (type !== 'ExternalName' && asString(spec.externalName) !== '') {
    warnings.push('spec.externalName is ignored when spec.type is not "ExternalName"');
  }
  // PreferClose became PreferSameZone's deprecated alias in v1.35 (kubernetes/kubernetes#134457).
  if (features.preferCloseDeprecated && asString(spec.trafficDistribution) === 'PreferClose') {
    warnings.push('spec.trafficDistribution: "PreferClose" is deprecated; use "PreferSameZone"');
  }
  return warnings;
}
