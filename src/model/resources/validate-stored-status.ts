/**
 * What the API server checks of a status before it stores it. On create the status is dropped
 * (each strategy's PrepareForCreate resets it), so only an object loaded as a running cluster's
 * stored state (a dump) has its status checked: the controllers wrote it through the status
 * subresource, whose update validation is this (pkg/apis/core/validation/validation.go
 * ValidateServiceStatusUpdate → ValidateLoadBalancerStatus, ValidatePodStatusUpdate → validatePodIPs;
 * pkg/apis/networking/validation/validation.go ValidateIngressStatusUpdate). A status that fails
 * could not be in any cluster: the update that wrote it would have been refused.
 */
import type { FieldError } from '../diagnostics.ts';
import { forbidden, invalid, notSupported, required } from './field-error.ts';
import { apiGroupOf, asArray, asRecord, asString, type JsonRecord } from './guards.ts';
import { dns1123SubdomainErrors } from './names.ts';
import { parseIPSloppy } from '../net/ip.ts';
import { validateIP } from './validate-ip.ts';
import type { VersionFeatures } from '../versions/rules.ts';

const IP_MODES = ['Proxy', 'VIP'];

/** The load-balancer ingress checks Services and Ingresses share: a valid IP, a DNS name that is not an IP. */
function validateIngressPoints(ingress: readonly unknown[], path: string, ipMode: boolean): FieldError[] {
  const errs: FieldError[] = [];
  ingress.forEach((raw, i) => {
    const point = asRecord(raw) ?? {};
    const at = `${path}.ingress[${i}]`;
    const ip = asString(point.ip);
    const hostname = asString(point.hostname);
    if (ip !== '') errs.push(...validateIP(`${at}.ip`, ip));
    // LoadBalancerIPMode (beta and on from v1.30, versions/rules.ts): an IP needs its mode; defaulting sets VIP on a LoadBalancer.
    if (ipMode) {
      const mode = point.ipMode;
      if (mode === undefined || mode === null) {
        if (ip !== '') errs.push(required(`${at}.ipMode`, 'must be specified when `ip` is set'));
      } else if (ip === '') errs.push(forbidden(`${at}.ipMode`, 'may not be specified when `ip` is not set'));
      else if (!IP_MODES.includes(asString(mode))) errs.push(notSupported(`${at}.ipMode`, mode, IP_MODES));
    }
    if (hostname !== '') {
      for (const message of dns1123SubdomainErrors(hostname)) errs.push(invalid(`${at}.hostname`, hostname, message));
      if (parseIPSloppy(hostname) !== undefined) errs.push(invalid(`${at}.hostname`, hostname, 'must be a DNS name, not an IP address'));
    }
  });
  return errs;
}

/**
 * ValidateLoadBalancerStatus with the Service's spec: only a LoadBalancer may carry ingress points
 * (the AllowServiceLBStatusOnNonLB gate is off by default since v1.29).
 */
function validateServiceStatus(service: JsonRecord, ipMode: boolean): FieldError[] {
  const ingress = asArray(asRecord(asRecord(service.status)?.loadBalancer)?.ingress);
  const type = asString(asRecord(service.spec)?.type);
  if (type !== 'LoadBalancer' && ingress.length > 0) return [forbidden('status.loadBalancer.ingress', "may only be used when `spec.type` is 'LoadBalancer'")];
  return validateIngressPoints(ingress, 'status.loadBalancer', ipMode);
}

/**
 * validatePodIPs: each a valid IP. The v1 → internal conversion makes podIPs from
 * podIP when only that is written, and lets podIP win where the two disagree
 * (pkg/apis/core/v1/conversion.go Convert_v1_PodStatus_To_core_PodStatus).
 */
function validatePodStatus(pod: JsonRecord): FieldError[] {
  const status = asRecord(pod.status);
  const podIP = asString(status?.podIP);
  const stated = asArray(status?.podIPs).map((entry) => asString(asRecord(entry)?.ip));
  const podIPs = podIP !== '' && stated[0] !== podIP ? [podIP] : stated;
  return podIPs.flatMap((ip, i) => validateIP(`status.podIPs[${i}].ip`, ip));
}

function validateIngressStatus(ingress: JsonRecord): FieldError[] {
  return validateIngressPoints(asArray(asRecord(asRecord(ingress.status)?.loadBalancer)?.ingress), 'status.loadBalancer', false);
}

/** The status checks of a stored object after defaulting; kinds without any pass. */
export function validateStoredStatus(object: JsonRecord, features: Pick<VersionFeatures, 'loadBalancerIPMode'>): FieldError[] {
  const key = `${apiGroupOf(asString(object.apiVersion))}/${asString(object.kind)}`;
  if (key === 'core/Service') return validateServiceStatus(object, features.loadBalancerIPMode);
  if (key === 'core/Pod') return validatePodStatus(object);
  if (key === 'networking.k8s.io/Ingress') return validateIngressStatus(object);
  return [];
}
