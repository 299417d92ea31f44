/**
 * Ingress, IngressClass and NetworkPolicy on create (pkg/apis/networking/validation/validation.go).
 */
import type { FieldError } from '../diagnostics.ts';
import { forbidden, invalid, notSupported, required, tooLong } from './field-error.ts';
import { goQuote, goSyntax } from './go-format.ts';
import { asArray, asRecord, asString, byteLength, isRecord, type JsonRecord } from './guards.ts';
import { cidrContains, parseCIDRSloppy } from '../net/cidr.ts';
import { parseIPSloppy } from '../net/ip.ts';
import {
  dns1123SubdomainErrors,
  nameIsDns1035Label,
  nameIsDnsLabel,
  nameIsDnsSubdomain,
  portNameErrors,
  portNumErrors,
  regexError,
  wildcardDns1123SubdomainErrors,
} from './names.ts';
import { validateCIDR } from './validate-ip.ts';
import { validateLabelSelector, validateObjectMeta } from './validate-meta.ts';

const records = (value: unknown): JsonRecord[] => asArray(value).map((v) => (isRecord(v) ? v : {}));
const PATH_TYPES = ['Exact', 'ImplementationSpecific', 'Prefix'];
const INVALID_PATH_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_PATH_SUFFIXES = ['/..', '/.'];
const INGRESS_CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

/** validateIngressBackend */
function validateIngressBackend(backend: JsonRecord, path: string): FieldError[] {
  const hasResource = isRecord(backend.resource);
  const service = asRecord(backend.service);
  if (hasResource && service !== undefined) return [invalid(path, '', 'cannot set both resource and service backends')];
  if (hasResource) return validateTypedLocalObjectReference(asRecord(backend.resource) ?? {}, `${path}.resource`);
  if (service === undefined) return [invalid(path, '', 'resource or service backend is required')];
  const errs: FieldError[] = [];
  const name = asString(service.name);
  if (name.length === 0) errs.push(required(`${path}.service.name`));
  else errs.push(...nameIsDns1035Label(name, false).map((msg) => invalid(`${path}.service.name`, name, msg)));
  const port = asRecord(service.port) ?? {};
  const portName = asString(port.name);
  const portNumber = typeof port.number === 'number' ? port.number : 0;
  if (portName.length > 0 && portNumber !== 0) errs.push(invalid(path, '', 'cannot set both port name & port number'));
  else if (portName.length > 0) errs.push(...portNameErrors(portName).map((msg) => invalid(`${path}.service.port.name`, portName, msg)));
  else if (portNumber !== 0) errs.push(...portNumErrors(portNumber).map((msg) => invalid(`${path}.service.port.number`, portNumber, msg)));
  else errs.push(required(path, 'port name or number is required'));
  return errs;
}

/** validateIngressTypedLocalObjectReference (kind and name as path segment names). */
function validateTypedLocalObjectReference(ref: JsonRecord, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (typeof ref.apiGroup === 'string') {
    errs.push(...dns1123SubdomainErrors(ref.apiGroup).map((msg) => invalid(`${path}.apiGroup`, ref.apiGroup, msg)));
  }
  for (const key of ['kind', 'name'] as const) {
    const value = asString(ref[key]);
    if (value.length === 0) errs.push(required(`${path}.${key}`));
    else errs.push(...pathSegmentNameErrors(value).map((msg) => invalid(`${path}.${key}`, value, msg)));
  }
  return errs;
}

/** path.IsValidPathSegmentName */
function pathSegmentNameErrors(name: string): string[] {
  if (name === '.' || name === '..') return [`may not be '${name}'`];
  return ['/', '%'].filter((c) => name.includes(c)).map((c) => `may not contain '${c}'`);
}

/** validateHTTPIngressPath */
function validateHTTPIngressPath(p: JsonRecord, path: string): FieldError[] {
  if (p.pathType === undefined || p.pathType === null) return [required(`${path}.pathType`, 'pathType must be specified')];
  const errs: FieldError[] = [];
  const pathType = asString(p.pathType);
  const value = asString(p.path);
  if (pathType === 'Exact' || pathType === 'Prefix') {
    if (!value.startsWith('/')) errs.push(invalid(`${path}.path`, value, 'must be an absolute path'));
    if (value.length > 0) {
      for (const seq of INVALID_PATH_SEQUENCES) {
        if (value.includes(seq)) errs.push(invalid(`${path}.path`, value, `must not contain '${seq}'`));
      }
      for (const suffix of INVALID_PATH_SUFFIXES) {
        if (value.endsWith(suffix)) errs.push(invalid(`${path}.path`, value, `cannot end with '${suffix}'`));
      }
    }
  } else if (pathType === 'ImplementationSpecific') {
    if (value.length > 0 && !value.startsWith('/')) errs.push(invalid(`${path}.path`, value, 'must be an absolute path'));
  } else {
    errs.push(notSupported(`${path}.pathType`, pathType, PATH_TYPES));
  }
  errs.push(...validateIngressBackend(asRecord(p.backend) ?? {}, `${path}.backend`));
  return errs;
}

function validateIngressRules(rules: JsonRecord[]): FieldError[] {
  const errs: FieldError[] = [];
  rules.forEach((rule, i) => {
    const path = `spec.rules[${i}]`;
    const host = asString(rule.host);
    if (host.length > 0) {
      if (parseIPSloppy(host) !== undefined) errs.push(invalid(`${path}.host`, host, 'must be a DNS name, not an IP address'));
      const msgs = host.includes('*') ? wildcardDns1123SubdomainErrors(host) : dns1123SubdomainErrors(host);
      errs.push(...msgs.map((msg) => invalid(`${path}.host`, host, msg)));
    }
    const http = asRecord(rule.http);
    if (http !== undefined) {
      const paths = records(http.paths);
      if (paths.length === 0) errs.push(required(`${path}.http.paths`));
      paths.forEach((p, j) => errs.push(...validateHTTPIngressPath(p, `${path}.http.paths[${j}]`)));
    }
  });
  return errs;
}

function validateIngressTLS(tls: JsonRecord[]): FieldError[] {
  const errs: FieldError[] = [];
  tls.forEach((t, i) => {
    asArray(t.hosts).forEach((h, j) => {
      const host = asString(h);
      const msgs = host.includes('*') ? wildcardDns1123SubdomainErrors(host) : dns1123SubdomainErrors(host);
      errs.push(...msgs.map((msg) => invalid(`spec.tls[${i}].hosts[${j}]`, host, msg)));
    });
    const secretName = asString(t.secretName);
    if (secretName.length > 0) {
      errs.push(...nameIsDnsSubdomain(secretName, false).map((msg) => invalid(`spec.tls[${i}].secretName`, secretName, msg)));
    }
  });
  return errs;
}

/** ValidateIngressCreate */
export function validateIngress(obj: JsonRecord): FieldError[] {
  const errs = validateObjectMeta(obj.metadata, nameIsDnsSubdomain, true);
  const spec = asRecord(obj.spec) ?? {};
  const rules = records(spec.rules);
  const defaultBackend = asRecord(spec.defaultBackend);
  if (rules.length === 0 && defaultBackend === undefined) {
    const value = Array.isArray(spec.rules) ? '[]networking.IngressRule{}' : '[]networking.IngressRule(nil)';
    errs.push(invalid('spec', goSyntax(value), 'either `defaultBackend` or `rules` must be specified'));
  }
  if (defaultBackend !== undefined) errs.push(...validateIngressBackend(defaultBackend, 'spec.defaultBackend'));
  errs.push(...validateIngressRules(rules));
  errs.push(...validateIngressTLS(records(spec.tls)));
  if (typeof spec.ingressClassName === 'string') {
    const cls = spec.ingressClassName;
    errs.push(...nameIsDnsSubdomain(cls, false).map((msg) => invalid('spec.ingressClassName', cls, msg)));
  }
  const annotation = asRecord(asRecord(obj.metadata)?.annotations)?.[INGRESS_CLASS_ANNOTATION];
  if (typeof annotation === 'string' && typeof spec.ingressClassName === 'string' && annotation !== spec.ingressClassName) {
    errs.push(invalid(`annotations.${INGRESS_CLASS_ANNOTATION}`, annotation, 'must match `ingressClassName` when both are specified'));
  }
  return errs;
}

const HTTP_PATH_FMT = "[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+";

/** IsDomainPrefixedPath: the IngressClass controller name. */
function domainPrefixedPathErrors(value: string, path: string): FieldError[] {
  const slash = value.indexOf('/');
  const host = slash < 0 ? value : value.slice(0, slash);
  const rest = slash < 0 ? '' : value.slice(slash + 1);
  if (slash < 0 || host.length === 0 || rest.length === 0) {
    return [invalid(path, value, 'must be a domain-prefixed path (such as "acme.io/foo")')];
  }
  const errs = dns1123SubdomainErrors(host).map((msg) => invalid(path, host, msg));
  if (!new RegExp(`^${HTTP_PATH_FMT}$`).test(rest)) errs.push(invalid(path, rest, regexError('Invalid path', HTTP_PATH_FMT)));
  return errs;
}

/** ValidateIngressClass */
export function validateIngressClass(obj: JsonRecord): FieldError[] {
  const errs = validateObjectMeta(obj.metadata, nameIsDnsSubdomain, false);
  const spec = asRecord(obj.spec) ?? {};
  const controller = asString(spec.controller);
  if (controller.length === 0) errs.push(required('spec.controller'));
  else {
    if (byteLength(controller) > 250) errs.push(tooLong('spec.controller', 250));
    errs.push(...domainPrefixedPathErrors(controller, 'spec.controller'));
  }
  const params = asRecord(spec.parameters);
  if (params !== undefined) errs.push(...validateIngressClassParameters(params, 'spec.parameters'));
  return errs;
}

function validateIngressClassParameters(params: JsonRecord, path: string): FieldError[] {
  const errs = validateTypedLocalObjectReference(params, path);
  if (params.scope === undefined || params.scope === null) return [...errs, required(`${path}.scope`)];
  const scope = asString(params.scope);
  if (scope !== 'Cluster' && scope !== 'Namespace') return [...errs, notSupported(`${path}.scope`, scope, ['Cluster', 'Namespace'])];
  const hasNamespace = typeof params.namespace === 'string';
  if (scope === 'Namespace') {
    if (!hasNamespace) errs.push(required(`${path}.namespace`, "`parameters.scope` is set to 'Namespace'"));
    else errs.push(...nameIsDnsLabel(asString(params.namespace), false).map((msg) => invalid(`${path}.namespace`, params.namespace, msg)));
  }
  if (scope === 'Cluster' && hasNamespace) errs.push(forbidden(`${path}.namespace`, "`parameters.scope` is set to 'Cluster'"));
  return errs;
}

/** ValidateNetworkPolicyPort */
function validateNetworkPolicyPort(port: JsonRecord, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (port.protocol !== undefined && port.protocol !== null) {
    const protocol = asString(port.protocol);
    if (!['TCP', 'UDP', 'SCTP'].includes(protocol)) errs.push(notSupported(`${path}.protocol`, protocol, ['TCP', 'UDP', 'SCTP']));
  }
  const endPort = typeof port.endPort === 'number' ? port.endPort : undefined;
  if (port.port === undefined || port.port === null) {
    if (endPort !== undefined) errs.push(invalid(`${path}.endPort`, endPort, 'may not be specified when `port` is not specified'));
  } else if (typeof port.port === 'number') {
    const p = port.port;
    errs.push(...portNumErrors(p).map((msg) => invalid(`${path}.port`, p, msg)));
    if (endPort !== undefined) {
      if (endPort < p) errs.push(invalid(`${path}.endPort`, endPort, 'must be greater than or equal to `port`'));
      errs.push(...portNumErrors(endPort).map((msg) => invalid(`${path}.endPort`, endPort, msg)));
    }
  } else {
    if (endPort !== undefined) errs.push(invalid(`${path}.endPort`, endPort, 'may not be specified when `port` is non-numeric'));
    const name = asString(port.port);
    errs.push(...portNameErrors(name).map((msg) => invalid(`${path}.port`, name, msg)));
  }
  return errs;
}

/** ValidateIPBlock on create. */
function validateIPBlock(block: JsonRecord, path: string): FieldError[] {
  const cidrText = asString(block.cidr);
  if (cidrText === '') return [required(`${path}.cidr`)];
  const errs = validateCIDR(`${path}.cidr`, cidrText);
  const cidr = parseCIDRSloppy(cidrText);
  if (cidr === undefined) return errs;
  asArray(block.except).forEach((e, i) => {
    const exceptText = asString(e);
    const exceptPath = `${path}.except[${i}]`;
    errs.push(...validateCIDR(exceptPath, exceptText));
    const except = parseCIDRSloppy(exceptText);
    if (except === undefined) return;
    const sameFamily = except.family === cidr.family;
    if (!sameFamily || !cidrContains(cidr, { family: except.family, value: except.base }) || cidr.prefix >= except.prefix) {
      errs.push(invalid(exceptPath, exceptText, 'must be a strict subset of `cidr`'));
    }
  });
  return errs;
}

/** ValidateNetworkPolicyPeer */
function validateNetworkPolicyPeer(peer: JsonRecord, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let count = 0;
  if (isRecord(peer.podSelector)) {
    count++;
    errs.push(...validateLabelSelector(peer.podSelector, `${path}.podSelector`));
  }
  if (isRecord(peer.namespaceSelector)) {
    count++;
    errs.push(...validateLabelSelector(peer.namespaceSelector, `${path}.namespaceSelector`));
  }
  const ipBlock = asRecord(peer.ipBlock);
  if (ipBlock !== undefined) {
    count++;
    errs.push(...validateIPBlock(ipBlock, `${path}.ipBlock`));
  }
  if (count === 0) errs.push(required(path, 'must specify a peer'));
  else if (count > 1 && ipBlock !== undefined) errs.push(forbidden(path, 'may not specify both ipBlock and another peer'));
  return errs;
}

/** ValidateNetworkPolicy */
export function validateNetworkPolicy(obj: JsonRecord): FieldError[] {
  const errs = validateObjectMeta(obj.metadata, nameIsDnsSubdomain, true);
  const spec = asRecord(obj.spec) ?? {};
  errs.push(...validateLabelSelector(spec.podSelector, 'spec.podSelector'));
  for (const [direction, peersKey] of [['ingress', 'from'], ['egress', 'to']] as const) {
    records(spec[direction]).forEach((rule, i) => {
      const path = `spec.${direction}[${i}]`;
      records(rule.ports).forEach((p, j) => errs.push(...validateNetworkPolicyPort(p, `${path}.ports[${j}]`)));
      records(rule[peersKey]).forEach((p, j) => errs.push(...validateNetworkPolicyPeer(p, `${path}.${peersKey}[${j}]`)));
    });
  }
  const policyTypes = asArray(spec.policyTypes).map(asString);
  if (policyTypes.length > 2) {
    return [...errs, invalid('spec.policyTypes', goSyntax(`[]networking.PolicyType{${policyTypes.map((t) => goQuote(t)).join(', ')}}`), 'may not specify more than two policyTypes')];
  }
  policyTypes.forEach((t, i) => {
    if (t !== 'Ingress' && t !== 'Egress') errs.push(notSupported(`spec.policyTypes[${i}]`, t, ['Ingress', 'Egress']));
  });
  return errs;
}
