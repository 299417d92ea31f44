/**
 * The parts of ValidateService (pkg/apis/core/validation/validation.go) that stand on their own:
 * one Service port, session affinity, the clusterIPs/ipFamilies/ipFamilyPolicy group, and the
 * traffic policy fields.
 */
import type { FieldError } from '../diagnostics.ts';
import { duplicate, forbidden, invalid, notSupported, required } from './field-error.ts';
import { goStringSlice } from './go-format.ts';
import { asArray, asRecord, asString, type JsonRecord } from './guards.ts';
import { parseIPSloppy } from '../net/ip.ts';
import { dns1123LabelErrors, portNameErrors, portNumErrors, qualifiedNameErrors } from './names.ts';
import { clusterIPsOf, isExternallyAccessible, isHeadless, needsHealthCheck } from './service-helpers.ts';
import { validateIP } from './validate-ip.ts';

export const PORT_PROTOCOLS = ['SCTP', 'TCP', 'UDP'] as const;
const MAX_CLIENT_IP_AFFINITY_SECONDS = 86400;

/** ValidatePortNumOrName: an IntOrString port is a number in range or an IANA_SVC_NAME. */
export function validatePortNumOrName(port: unknown, field: string): FieldError[] {
  if (typeof port === 'number') return portNumErrors(port).map((msg) => invalid(field, port, msg));
  const name = asString(port);
  return portNameErrors(name).map((msg) => invalid(field, name, msg));
}

/** validateServicePort */
export function validateServicePort(port: JsonRecord, requireName: boolean, names: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const name = asString(port.name);
  if (requireName && name.length === 0) {
    errs.push(required(`${path}.name`));
  } else if (name.length > 0) {
    errs.push(...dns1123LabelErrors(name).map((msg) => invalid(`${path}.name`, name, msg)));
    if (names.has(name)) errs.push(duplicate(`${path}.name`, name));
    else names.add(name);
  }
  const portNum = typeof port.port === 'number' ? port.port : 0;
  errs.push(...portNumErrors(portNum).map((msg) => invalid(`${path}.port`, portNum, msg)));
  const protocol = asString(port.protocol);
  if (protocol.length === 0) errs.push(required(`${path}.protocol`));
  else if (!(PORT_PROTOCOLS as readonly string[]).includes(protocol)) {
    errs.push(notSupported(`${path}.protocol`, protocol, PORT_PROTOCOLS));
  }
  errs.push(...validatePortNumOrName(port.targetPort, `${path}.targetPort`));
  if (typeof port.appProtocol === 'string') {
    errs.push(...qualifiedNameErrors(port.appProtocol).map((msg) => invalid(`${path}.appProtocol`, port.appProtocol, msg)));
  }
  return errs;
}

/** validateClientIPAffinityConfig and validateAffinityTimeout */
export function validateClientIPAffinityConfig(config: unknown, path: string): FieldError[] {
  const detail = 'when session affinity type is ClientIP';
  const cfg = asRecord(config);
  if (cfg === undefined) return [required(path, detail)];
  const clientIP = asRecord(cfg.clientIP);
  if (clientIP === undefined) return [required(`${path}.clientIP`, detail)];
  const timeout = clientIP.timeoutSeconds;
  const timeoutPath = `${path}.clientIP.timeoutSeconds`;
  if (typeof timeout !== 'number') return [required(timeoutPath, detail)];
  if (timeout <= 0 || timeout > MAX_CLIENT_IP_AFFINITY_SECONDS) {
    return [invalid(timeoutPath, timeout, `must be greater than 0 and less than ${MAX_CLIENT_IP_AFFINITY_SECONDS}`)];
  }
  return [];
}

const IP_FAMILIES = ['IPv4', 'IPv6'];
const IP_FAMILY_POLICIES = ['PreferDualStack', 'RequireDualStack', 'SingleStack'];

/** ValidateServiceClusterIPsRelatedFields: clusterIP(s), ipFamilies and ipFamilyPolicy agree. */
export function validateClusterIPsRelatedFields(spec: JsonRecord): FieldError[] {
  if (asString(spec.type) === 'ExternalName') return [];
  const errs: FieldError[] = [];
  const clusterIP = asString(spec.clusterIP);
  const clusterIPs = clusterIPsOf(spec);
  const ipsValue = goStringSlice(clusterIPs);
  if (clusterIP.length > 0) {
    if (clusterIPs.length === 0) errs.push(required('spec.clusterIPs'));
    else if (clusterIPs[0] !== clusterIP) errs.push(invalid('spec.clusterIPs', { goSyntax: ipsValue }, 'first value must match `clusterIP`'));
  } else if (clusterIPs.length > 0) {
    errs.push(invalid('spec.clusterIPs', { goSyntax: ipsValue }, 'must be empty when `clusterIP` is not specified'));
  }

  const families = asArray(spec.ipFamilies).map(asString);
  const seen = new Set<string>();
  families.forEach((family, i) => {
    if (!IP_FAMILIES.includes(family)) errs.push(notSupported(`spec.ipFamilies[${i}]`, family, IP_FAMILIES));
    if (seen.has(family)) errs.push(duplicate(`spec.ipFamilies[${i}]`, family));
    seen.add(family);
  });
  if (spec.ipFamilyPolicy !== undefined && spec.ipFamilyPolicy !== null) {
    const policy = asString(spec.ipFamilyPolicy);
    if (!IP_FAMILY_POLICIES.includes(policy)) errs.push(notSupported('spec.ipFamilyPolicy', policy, IP_FAMILY_POLICIES));
  }

  let hasInvalidIPs = false;
  clusterIPs.forEach((ip, i) => {
    if (i === 0 && ip === 'None') {
      if (clusterIPs.length > 1) {
        hasInvalidIPs = true;
        errs.push(invalid('spec.clusterIPs', { goSyntax: ipsValue }, "'None' must be the first and only value"));
      }
      return;
    }
    const ipErrs = validateIP(`spec.clusterIPs[${i}]`, ip);
    hasInvalidIPs ||= ipErrs.length > 0;
    errs.push(...ipErrs);
  });
  if (clusterIPs.length > 2) errs.push(invalid('spec.clusterIPs', { goSyntax: ipsValue }, 'may only hold up to 2 values'));
  if (hasInvalidIPs) return errs;

  const isV6 = (ip: string): boolean => parseIPSloppy(ip)?.family === 'IPv6';
  if (clusterIPs.length > 1) {
    const v6 = clusterIPs.filter(isV6).length;
    const dualStack = v6 > 0 && v6 < clusterIPs.length;
    if (!dualStack) errs.push(invalid('spec.clusterIPs', { goSyntax: ipsValue }, 'may specify no more than one IP for each IP family'));
  }
  if (!isHeadless(spec) && clusterIPs.length > 0 && families.length > 0) {
    clusterIPs.slice(0, families.length).forEach((ip, i) => {
      if (families[i] === 'IPv4' && isV6(ip)) {
        errs.push(invalid(`spec.clusterIPs[${i}]`, ip, `expected an IPv4 value as indicated by \`ipFamilies[${i}]\``));
      }
      if (families[i] === 'IPv6' && !isV6(ip)) {
        errs.push(invalid(`spec.clusterIPs[${i}]`, ip, `expected an IPv6 value as indicated by \`ipFamilies[${i}]\``));
      }
    });
  }
  return errs;
}

/** validateServiceExternalTrafficPolicy: the policy and healthCheckNodePort only where they apply. */
export function validateExternalTrafficPolicy(spec: JsonRecord): FieldError[] {
  const errs: FieldError[] = [];
  const policy = asString(spec.externalTrafficPolicy);
  if (!isExternallyAccessible(spec)) {
    if (policy !== '') errs.push(invalid('spec.externalTrafficPolicy', policy, 'may only be set for externally-accessible services'));
  } else if (policy === '') {
    errs.push(required('spec.externalTrafficPolicy'));
  } else if (policy !== 'Cluster' && policy !== 'Local') {
    errs.push(notSupported('spec.externalTrafficPolicy', policy, ['Cluster', 'Local']));
  }
  const hcnp = typeof spec.healthCheckNodePort === 'number' ? spec.healthCheckNodePort : 0;
  if (!needsHealthCheck(spec)) {
    if (hcnp !== 0) {
      errs.push(invalid('spec.healthCheckNodePort', hcnp, "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"));
    }
  } else if (hcnp === 0) {
    errs.push(required('spec.healthCheckNodePort'));
  } else {
    errs.push(...portNumErrors(hcnp).map((msg) => invalid('spec.healthCheckNodePort', hcnp, msg)));
  }
  return errs;
}

/** validateServiceInternalTrafficFieldsValue */
export function validateInternalTrafficPolicy(spec: JsonRecord): FieldError[] {
  const type = asString(spec.type);
  if (spec.internalTrafficPolicy === undefined || spec.internalTrafficPolicy === null) {
    // Not required for ExternalName, for historical reasons (see the Go comment).
    return type === 'NodePort' || type === 'LoadBalancer' || type === 'ClusterIP' ? [required('spec.internalTrafficPolicy')] : [];
  }
  const policy = asString(spec.internalTrafficPolicy);
  return policy === 'Cluster' || policy === 'Local' ? [] : [notSupported('spec.internalTrafficPolicy', policy, ['Cluster', 'Local'])];
}

/**
 * validateServiceTrafficDistribution: PreferClose, and from v1.34 (PreferSameTrafficDistribution
 * on) PreferSameZone and PreferSameNode too; `supported` is the version's list (versions/rules.ts).
 */
export function validateTrafficDistribution(spec: JsonRecord, supported: readonly string[]): FieldError[] {
  if (spec.trafficDistribution === undefined || spec.trafficDistribution === null) return [];
  const value = asString(spec.trafficDistribution);
  return supported.includes(value) ? [] : [notSupported('spec.trafficDistribution', value, supported)];
}

/** validateLoadBalancerClassField on create */
export function validateLoadBalancerClass(spec: JsonRecord): FieldError[] {
  if (spec.loadBalancerClass === undefined || spec.loadBalancerClass === null) return [];
  if (asString(spec.type) !== 'LoadBalancer') {
    return [forbidden('spec.loadBalancerClass', "may only be used when `type` is 'LoadBalancer'")];
  }
  const cls = asString(spec.loadBalancerClass);
  return qualifiedNameErrors(cls).map((msg) => invalid('spec.loadBalancerClass', cls, msg));
}
