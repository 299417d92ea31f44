/**
 * The Gateway API CRDs' x-kubernetes-validations, evaluated as the API server's CEL validator
 * would (k8s.io/apiextensions-apiserver/pkg/apiserver/schema/cel/validation.go): a rule that
 * evaluates to false gives `field.Invalid(path, <the node's schema type>, message)`.
 *
 * The simulator carries no CEL interpreter; each rule of the standard-channel CRDs is written
 * here in TypeScript, keyed by its message (unique within a CRD), beside the rule text it
 * mirrors. `crd-schemas.ts` keeps the messages; a rule missing here is reported by the test.
 */
import type { FieldError } from '../diagnostics.ts';
import { invalid } from '../resources/field-error.ts';
import { asArray, asRecord, isRecord } from '../resources/guards.ts';
import type { CrdSchema } from './crd-types.ts';

type Self = unknown;
type Rule = (self: Self) => boolean;

const rec = (v: unknown): Readonly<Record<string, unknown>> => asRecord(v) ?? {};
const has = (v: unknown, key: string): boolean => isRecord(v) && v[key] !== undefined && v[key] !== null;
const str = (v: unknown, key: string): string => {
  const value = rec(v)[key];
  return typeof value === 'string' ? value : '';
};
/** `!has(x.f) || x.f == ''`: CEL's test for an optional string left empty. */
const blank = (v: unknown, key: string): boolean => str(v, key) === '';
const list = (v: unknown): readonly unknown[] => asArray(v);
const existsOne = (items: readonly unknown[], p: (x: unknown) => boolean): boolean => items.filter(p).length === 1;

const HOSTNAME = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const PATH_CHARS = /^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$/;
const QUALIFIED_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]$/;
const EXACT_OR_PREFIX = (self: Self): boolean => ['Exact', 'PathPrefix'].includes(str(self, 'type'));

/** Same parent: group, kind, name, and namespace (both unset or equal). */
function sameParent(a: unknown, b: unknown): boolean {
  return str(a, 'group') === str(b, 'group') && str(a, 'kind') === str(b, 'kind') && str(a, 'name') === str(b, 'name') &&
    ((blank(a, 'namespace') && blank(b, 'namespace')) || (has(a, 'namespace') && has(b, 'namespace') && str(a, 'namespace') === str(b, 'namespace')));
}

function sameSection(a: unknown, b: unknown): boolean {
  return (blank(a, 'sectionName') && blank(b, 'sectionName')) || (has(a, 'sectionName') && has(b, 'sectionName') && str(a, 'sectionName') === str(b, 'sectionName'));
}

/** `(has(self.filters) && self.filters.exists_one(f, <filter uses path.replacePrefixMatch>)) ? exactly one PathPrefix match : true` */
function prefixRewriteNeedsOnePrefixMatch(rule: Self, usesIt: boolean): boolean {
  if (!usesIt) return true;
  const matches = list(rec(rule).matches);
  return matches.length === 1 && has(matches[0], 'path') && str(rec(matches[0]).path, 'type') === 'PathPrefix';
}

function replacesPrefix(filter: unknown, kind: 'requestRedirect' | 'urlRewrite'): boolean {
  const path = rec(rec(filter)[kind]).path;
  return has(rec(filter), kind) && has(rec(rec(filter)[kind]), 'path') && str(path, 'type') === 'ReplacePrefixMatch' && has(path, 'replacePrefixMatch');
}

function filterRules(): Record<string, Rule> {
  const rules: Record<string, Rule> = {};
  const fields: readonly [string, string][] = [
    ['cors', 'CORS'], ['extensionRef', 'ExtensionRef'], ['requestHeaderModifier', 'RequestHeaderModifier'], ['requestMirror', 'RequestMirror'],
    ['requestRedirect', 'RequestRedirect'], ['responseHeaderModifier', 'ResponseHeaderModifier'], ['urlRewrite', 'URLRewrite'],
  ];
  for (const [field, type] of fields) {
    // !(has(self.F) && self.type != 'T') / !(!has(self.F) && self.type == 'T')
    rules[`filter.${field} must be nil if the filter.type is not ${type}`] = (self) => !(has(self, field) && str(self, 'type') !== type);
    rules[`filter.${field} must be specified for ${type} filter.type`] = (self) => !(!has(self, field) && str(self, 'type') === type);
  }
  for (const type of ['CORS', 'RequestHeaderModifier', 'RequestRedirect', 'ResponseHeaderModifier', 'URLRewrite']) {
    // self.filter(f, f.type == 'T').size() <= 1
    rules[`${type} filter cannot be repeated`] = (self) => list(self).filter((f) => str(f, 'type') === type).length <= 1;
  }
  for (const [kind, what] of [['Headers', 'methods'], ['Methods', 'methods'], ['Origins', 'origins']] as const) {
    rules[`Allow${kind} cannot contain '*' alongside other ${what}`] = (self) => !(list(self).includes('*') && list(self).length > 1);
  }
  return rules;
}

function pathRules(): Record<string, Rule> {
  const rules: Record<string, Rule> = {
    "value must be an absolute path and start with '/' when type one of ['Exact', 'PathPrefix']": (self) => !EXACT_OR_PREFIX(self) || str(self, 'value').startsWith('/'),
    "type must be one of ['Exact', 'PathPrefix', 'RegularExpression']": (self) => ['Exact', 'PathPrefix', 'RegularExpression'].includes(str(self, 'type')),
    "must only contain valid characters (matching ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']": (self) =>
      !EXACT_OR_PREFIX(self) || PATH_CHARS.test(str(self, 'value')),
  };
  for (const part of ['//', '/./', '/../', '%2f', '%2F', '#']) {
    rules[`must not contain '${part}' when type one of ['Exact', 'PathPrefix']`] = (self) => !EXACT_OR_PREFIX(self) || !str(self, 'value').includes(part);
  }
  for (const end of ['/..', '/.']) {
    rules[`must not end with '${end}' when type one of ['Exact', 'PathPrefix']`] = (self) => !EXACT_OR_PREFIX(self) || !str(self, 'value').endsWith(end);
  }
  for (const [field, type] of [['replaceFullPath', 'ReplaceFullPath'], ['replacePrefixMatch', 'ReplacePrefixMatch']] as const) {
    rules[`${field} must be specified when type is set to '${type}'`] = (self) => str(self, 'type') !== type || has(self, field);
    rules[`type must be '${type}' when ${field} is set`] = (self) => !has(self, field) || str(self, 'type') === type;
  }
  return rules;
}

function metaKeyRules(): Record<string, Rule> {
  const keys = (self: Self) => Object.keys(rec(self));
  return {
    'Annotation keys must be in the form of an optional DNS subdomain prefix followed by a required name segment of up to 63 characters.': (self) => keys(self).every((k) => QUALIFIED_KEY.test(k)),
    'Label keys must be in the form of an optional DNS subdomain prefix followed by a required name segment of up to 63 characters.': (self) => keys(self).every((k) => QUALIFIED_KEY.test(k)),
    "If specified, the annotation key's prefix must be a DNS subdomain not longer than 253 characters in total.": (self) => keys(self).every((k) => k.split('/')[0]!.length < 253),
    "If specified, the label key's prefix must be a DNS subdomain not longer than 253 characters in total.": (self) => keys(self).every((k) => k.split('/')[0]!.length < 253),
  };
}

/** gateway_types.go (Listeners, GatewaySpecAddress, GatewayTLSConfig) rules. */
const GATEWAY_RULES: Record<string, Rule> = {
  "tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']": (self) => list(self).every((l) => !['HTTP', 'TCP', 'UDP'].includes(str(l, 'protocol')) || !has(l, 'tls')),
  "tls mode must be set for protocol TLS": (self) => list(self).every((l) => str(l, 'protocol') !== 'TLS' || (has(l, 'tls') && str(rec(l).tls, 'mode') !== '')),
  "tls mode must be Terminate for protocol HTTPS": (self) => list(self).every((l) => !(str(l, 'protocol') === 'HTTPS' && has(l, 'tls')) || ['', 'Terminate'].includes(str(rec(l).tls, 'mode'))),
  "hostname must not be specified for protocols ['TCP', 'UDP']": (self) => list(self).every((l) => !['TCP', 'UDP'].includes(str(l, 'protocol')) || blank(l, 'hostname')),
  'Listener name must be unique within the Gateway': (self) => list(self).every((l1) => existsOne(list(self), (l2) => str(l1, 'name') === str(l2, 'name'))),
  'Combination of port, protocol and hostname must be unique for each listener': (self) =>
    list(self).every((l1) => existsOne(list(self), (l2) => rec(l1).port === rec(l2).port && str(l1, 'protocol') === str(l2, 'protocol') &&
      (has(l1, 'hostname') && has(l2, 'hostname') ? str(l1, 'hostname') === str(l2, 'hostname') : !has(l1, 'hostname') && !has(l2, 'hostname')))),
  'certificateRefs or options must be specified when mode is Terminate': (self) =>
    str(self, 'mode') !== 'Terminate' || list(rec(self).certificateRefs).length > 0 || Object.keys(rec(rec(self).options)).length > 0,
  'Port for TLS configuration must be unique within the Gateway': (self) => list(self).every((t1) => existsOne(list(self), (t2) => rec(t1).port === rec(t2).port)),
  'Hostname value must be empty or contain only valid characters (matching ^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$)': (self) =>
    str(self, 'type') !== 'Hostname' || !has(self, 'value') || HOSTNAME.test(str(self, 'value')),
  'Hostname value must only contain valid characters (matching ^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$)': (self) =>
    str(self, 'type') !== 'Hostname' || HOSTNAME.test(str(self, 'value')),
  'IPAddress values must be unique': (self) => uniqueAddresses(self, 'IPAddress'),
  'Hostname values must be unique': (self) => uniqueAddresses(self, 'Hostname'),
};

function uniqueAddresses(self: Self, type: string): boolean {
  return list(self).every((a1) => !(str(a1, 'type') === type && has(a1, 'value')) ||
    existsOne(list(self), (a2) => str(a2, 'type') === type && has(a2, 'value') && str(a2, 'value') === str(a1, 'value')));
}

/** httproute_types.go (HTTPRouteSpec, HTTPRouteRule, HTTPBackendRef, filters) and shared_types.go (ParentReference) rules. */
const ROUTE_RULES: Record<string, Rule> = {
  'sectionName must be specified when parentRefs includes 2 or more references to the same parent': (self) =>
    list(self).every((p1) => list(self).every((p2) => !sameParent(p1, p2) || blank(p1, 'sectionName') === blank(p2, 'sectionName'))),
  'sectionName must be unique when parentRefs includes 2 or more references to the same parent': (self) =>
    list(self).every((p1) => existsOne(list(self), (p2) => sameParent(p1, p2) && sameSection(p1, p2))),
  'While 16 rules and 64 matches per rule are allowed, the total number of matches across all rules in a route must be less than 128': (self) =>
    list(self).slice(0, 16).reduce<number>((sum, rule) => sum + list(rec(rule).matches).length, 0) <= 128,
  'RequestRedirect filter must not be used together with backendRefs': (self) =>
    !(list(rec(self).backendRefs).length > 0) || list(rec(self).filters).every((f) => !has(f, 'requestRedirect')),
  'When using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified': (self) =>
    prefixRewriteNeedsOnePrefixMatch(self, existsOne(list(rec(self).filters), (f) => replacesPrefix(f, 'requestRedirect'))),
  'When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified': (self) =>
    prefixRewriteNeedsOnePrefixMatch(self, existsOne(list(rec(self).filters), (f) => replacesPrefix(f, 'urlRewrite'))),
  'Within backendRefs, when using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified': (self) =>
    prefixRewriteNeedsOnePrefixMatch(self, existsOne(list(rec(self).backendRefs), (b) => existsOne(list(rec(b).filters), (f) => replacesPrefix(f, 'requestRedirect')))),
  'Within backendRefs, When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified': (self) =>
    prefixRewriteNeedsOnePrefixMatch(self, existsOne(list(rec(self).backendRefs), (b) => existsOne(list(rec(b).filters), (f) => replacesPrefix(f, 'urlRewrite')))),
  'Must have port for Service reference': (self) => !(str(self, 'group') === '' && str(self, 'kind') === 'Service') || has(self, 'port'),
  'May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both': (self) =>
    !(list(self).some((f) => str(f, 'type') === 'RequestRedirect') && list(self).some((f) => str(f, 'type') === 'URLRewrite')),
  'Only one of percent or fraction may be specified in HTTPRequestMirrorFilter': (self) => !(has(self, 'percent') && has(self, 'fraction')),
  'numerator must be less than or equal to denominator': (self) => Number(rec(self).numerator) <= Number(rec(self).denominator ?? 100),
  'backendRequest timeout cannot be longer than request timeout': (self) =>
    !(has(self, 'request') && has(self, 'backendRequest') && seconds(str(self, 'request')) !== 0 && seconds(str(self, 'backendRequest')) > seconds(str(self, 'request'))),
};

/** A Gateway API Duration (`1h`, `500ms`, `1h30m`), in seconds. */
function seconds(text: string): number {
  const units: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001 };
  let total = 0;
  for (const [, n, unit] of text.matchAll(/(\d+)(ms|h|m|s)/g)) total += Number(n) * units[unit!]!;
  return total;
}

/** Rules that need the old object (update only): never false on create. */
const UPDATE_ONLY: ReadonlySet<string> = new Set(['Value is immutable']);

export const CEL_RULES: Readonly<Record<string, Rule>> = { ...filterRules(), ...pathRules(), ...metaKeyRules(), ...GATEWAY_RULES, ...ROUTE_RULES };

/** Whether the simulator evaluates the rule with this message (tests list the ones it does not). */
export function knowsRule(message: string): boolean {
  return Object.hasOwn(CEL_RULES, message) || UPDATE_ONLY.has(message);
}

/** Every failing rule in `value`, depth first, as the CEL validator reports it. */
export function checkCelRules(value: unknown, schema: CrdSchema, path = ''): FieldError[] {
  if (value === undefined || value === null) return [];
  const errs: FieldError[] = [];
  for (const rule of schema['x-kubernetes-validations'] ?? []) {
    const check = rule.message !== undefined ? CEL_RULES[rule.message] : undefined;
    if (check && !check(value)) errs.push(invalid(path, schema.type ?? 'object', rule.message!));
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => errs.push(...checkCelRules(item, schema.items!, `${path}[${i}]`)));
  else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (path === '' && key === 'metadata') continue;
      const inner = schema.properties?.[key] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
      if (inner) errs.push(...checkCelRules(item, inner, path === '' ? key : `${path}.${key}`));
    }
  }
  return errs;
}
