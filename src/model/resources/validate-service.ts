/**
 * ValidateService for create (pkg/apis/core/validation/validation.go), run after defaulting and
 * after the registry's allocation, as in kube-apiserver where BeginCreate allocates clusterIPs,
 * ipFamilies, ipFamilyPolicy and nodePorts before the strategy validates.
 */
import type { FieldError } from '../diagnostics.ts';
import { duplicate, forbidden, invalid, required, notSupported } from './field-error.ts';
import { goQuote, goSyntax } from './go-format.ts';
import { asArray, asRecord, asString, isRecord, type JsonRecord } from './guards.ts';
import { dns1123SubdomainErrors, nameIsDns1035Label } from './names.ts';
import { clusterIPsOf, isHeadless, specOf } from './service-helpers.ts';
import { validateCIDR, validateIP, validateNonSpecialIP } from './validate-ip.ts';
import { validateLabels, validateObjectMeta } from './validate-meta.ts';
import {
  validateClientIPAffinityConfig,
  validateClusterIPsRelatedFields,
  validateExternalTrafficPolicy,
  validateInternalTrafficPolicy,
  validateLoadBalancerClass,
  validateServicePort,
  validateTrafficDistribution,
} from './validate-service-fields.ts';
import type { VersionFeatures } from '../versions/rules.ts';

const TOPOLOGY_HINTS_ANNOTATION = 'service.kubernetes.io/topology-aware-hints';
const TOPOLOGY_MODE_ANNOTATION = 'service.kubernetes.io/topology-mode';
const LB_SOURCE_RANGES_ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';
const SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
/** pkg/cluster/ports KubeletPort. */
const KUBELET_PORT = 10250;

/** %#v of the core.ServicePort{Protocol, Port} key that ValidateService reports as a duplicate. */
function servicePortKey(protocol: string, port: number): string {
  return (
    `core.ServicePort{Name:"", Protocol:${goQuote(protocol)}, AppProtocol:(*string)(nil), Port:${port}, ` +
    'TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}'
  );
}

function portsOf(spec: JsonRecord): JsonRecord[] {
  return asArray(spec.ports).map((p) => (isRecord(p) ? p : {}));
}

function numberOf(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

/** Steps 1-4 of ValidateService: metadata, annotations, ports presence and the per-type rules. */
function validateServiceShape(service: JsonRecord, spec: JsonRecord, features: VersionFeatures): FieldError[] {
  const errs = validateObjectMeta(service.metadata, nameIsDns1035Label, true);
  const annotations = asRecord(asRecord(service.metadata)?.annotations) ?? {};
  const hints = annotations[TOPOLOGY_HINTS_ANNOTATION];
  const mode = annotations[TOPOLOGY_MODE_ANNOTATION];
  if (hints !== undefined && mode !== undefined && mode !== hints) {
    errs.push(invalid(`metadata.annotations[${TOPOLOGY_MODE_ANNOTATION}]`, mode, `must match annotations[${TOPOLOGY_HINTS_ANNOTATION}] when both are specified`));
  }
  const type = asString(spec.type);
  const headless = isHeadless(spec);
  if (portsOf(spec).length === 0 && !headless && type !== 'ExternalName') errs.push(required('spec.ports'));
  if (type === 'LoadBalancer' && features.kubeletPortRefusedOnLoadBalancer) {
    // ValidateService, case LoadBalancer, before the headless check: "a workaround for broken cloud
    // environments that over-open firewalls". The port itself, at spec.ports[i]; NodePort Services
    // may use it. Removed in v1.33 (kubernetes/kubernetes#129174): servers before it still refuse.
    portsOf(spec).forEach((port, i) => {
      if (numberOf(port.port) === KUBELET_PORT) {
        errs.push(invalid(`spec.ports[${i}]`, KUBELET_PORT, `may not expose port ${KUBELET_PORT} externally since it is used by kubelet`));
      }
    });
  }
  if ((type === 'LoadBalancer' || type === 'NodePort') && headless) {
    errs.push(invalid('spec.clusterIPs[0]', 'None', `may not be set to 'None' for ${type} services`));
  }
  if (type === 'ExternalName') {
    if (clusterIPsOf(spec).length > 0) errs.push(forbidden('spec.clusterIPs', 'may not be set for ExternalName services'));
    if (asArray(spec.ipFamilies).length > 0) errs.push(forbidden('spec.ipFamilies', 'may not be set for ExternalName services'));
    if (spec.ipFamilyPolicy !== undefined && spec.ipFamilyPolicy !== null) {
      errs.push(forbidden('spec.ipFamilyPolicy', 'may not be set for ExternalName services'));
    }
    // The value (a CNAME) may have a trailing dot to denote it as fully qualified.
    const cname = asString(spec.externalName).replace(/\.$/, '');
    if (cname.length > 0) errs.push(...dns1123SubdomainErrors(cname).map((msg) => invalid('spec.externalName', cname, msg)));
    else errs.push(required('spec.externalName'));
  }
  return errs;
}

/** Steps 5-9: each port, the selector, session affinity, cluster IPs, external IPs. */
function validateServiceSpecFields(spec: JsonRecord): FieldError[] {
  const errs: FieldError[] = [];
  const ports = portsOf(spec);
  const names = new Set<string>();
  ports.forEach((port, i) => errs.push(...validateServicePort(port, ports.length > 1, names, `spec.ports[${i}]`)));
  if (isRecord(spec.selector)) errs.push(...validateLabels(spec.selector, 'spec.selector'));
  const affinity = asString(spec.sessionAffinity);
  if (affinity.length === 0) errs.push(required('spec.sessionAffinity'));
  else if (affinity !== 'ClientIP' && affinity !== 'None') {
    errs.push(notSupported('spec.sessionAffinity', affinity, ['ClientIP', 'None']));
  }
  if (affinity === 'ClientIP') {
    errs.push(...validateClientIPAffinityConfig(spec.sessionAffinityConfig, 'spec.sessionAffinityConfig'));
  } else if (affinity === 'None' && spec.sessionAffinityConfig !== undefined && spec.sessionAffinityConfig !== null) {
    errs.push(forbidden('spec.sessionAffinityConfig', 'must not be set when session affinity is None'));
  }
  errs.push(...validateClusterIPsRelatedFields(spec));
  asArray(spec.externalIPs).forEach((raw, i) => {
    const ip = asString(raw);
    const path = `spec.externalIPs[${i}]`;
    const ipErrs = validateIP(path, ip);
    errs.push(...(ipErrs.length > 0 ? ipErrs : validateNonSpecialIP(path, ip)));
  });
  return errs;
}

/** Steps 10-13: the type, nodePorts for ClusterIP, duplicate nodePorts and ports. */
function validateServiceTypeAndPorts(spec: JsonRecord): FieldError[] {
  const errs: FieldError[] = [];
  const type = asString(spec.type);
  if (type.length === 0) errs.push(required('spec.type'));
  else if (!SERVICE_TYPES.includes(type)) errs.push(notSupported('spec.type', type, SERVICE_TYPES));
  const ports = portsOf(spec);
  if (type === 'ClusterIP') {
    ports.forEach((port, i) => {
      if (numberOf(port.nodePort) !== 0) errs.push(forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'"));
    });
  }
  const nodePorts = new Set<string>();
  ports.forEach((port, i) => {
    const nodePort = numberOf(port.nodePort);
    if (nodePort === 0) return;
    const key = `${asString(port.protocol)}/${nodePort}`;
    if (nodePorts.has(key)) errs.push(duplicate(`spec.ports[${i}].nodePort`, nodePort));
    nodePorts.add(key);
  });
  const seen = new Set<string>();
  ports.forEach((port, i) => {
    const protocol = asString(port.protocol);
    const key = `${protocol}/${numberOf(port.port)}`;
    if (seen.has(key)) errs.push(duplicate(`spec.ports[${i}]`, goSyntax(servicePortKey(protocol, numberOf(port.port)))));
    seen.add(key);
  });
  return errs;
}

/** Steps 14-19: load-balancer fields and traffic policies. */
function validateServiceLoadBalancing(service: JsonRecord, spec: JsonRecord, features: VersionFeatures): FieldError[] {
  const errs: FieldError[] = [];
  const isLB = asString(spec.type) === 'LoadBalancer';
  const ranges = asArray(spec.loadBalancerSourceRanges);
  const annotations = asRecord(asRecord(service.metadata)?.annotations) ?? {};
  if (ranges.length > 0) {
    // The field path really is spelled with a capital L in ValidateService.
    const path = 'spec.LoadBalancerSourceRanges';
    if (!isLB) errs.push(forbidden(path, "may only be used when `type` is 'LoadBalancer'"));
    ranges.forEach((r, i) => errs.push(...validateCIDR(`${path}[${i}]`, asString(r).trim())));
  } else if (typeof annotations[LB_SOURCE_RANGES_ANNOTATION] === 'string') {
    const path = `metadata.annotations[${LB_SOURCE_RANGES_ANNOTATION}]`;
    if (!isLB) errs.push(forbidden(path, "may only be used when `type` is 'LoadBalancer'"));
    const value = annotations[LB_SOURCE_RANGES_ANNOTATION].trim();
    if (value !== '') for (const cidr of value.split(',')) errs.push(...validateCIDR(path, cidr.trim()));
  }
  const allocate = spec.allocateLoadBalancerNodePorts;
  const hasAllocate = allocate !== undefined && allocate !== null;
  if (hasAllocate && !isLB) {
    errs.push(forbidden('spec.allocateLoadBalancerNodePorts', "may only be used when `type` is 'LoadBalancer'"));
  }
  // ValidateService reports this one without the "spec." prefix.
  if (isLB && !hasAllocate) errs.push(required('allocateLoadBalancerNodePorts'));
  errs.push(...validateLoadBalancerClass(spec));
  errs.push(...validateExternalTrafficPolicy(spec));
  errs.push(...validateInternalTrafficPolicy(spec));
  errs.push(...validateTrafficDistribution(spec, features.trafficDistributionValues));
  return errs;
}

/** ValidateServiceCreate, in the order ValidateService reports its errors. */
export function validateService(service: JsonRecord, features: VersionFeatures): FieldError[] {
  const spec = specOf(service);
  return [
    ...validateServiceShape(service, spec, features),
    ...validateServiceSpecFields(spec),
    ...validateServiceTypeAndPorts(spec),
    ...validateServiceLoadBalancing(service, spec, features),
  ];
}
