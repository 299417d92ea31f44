/**
 * Admission of Gateway API objects: the CRDs' defaults, OpenAPI schema and CEL rules
 * (kubernetes-sigs/gateway-api v1.6.1 config/crd/standard), with the field paths and messages
 * kube-apiserver returns to `kubectl apply`.
 */
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster.ts';
import type { CrdSchema } from './crd-types.ts';
import { GATEWAY_CRDS } from './crd-schemas.ts';
import { knowsRule } from './cel-rules.ts';

const GATEWAY = (listeners: string) => `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  gatewayClassName: kse
  listeners:
${listeners}`;

const ROUTE = (spec: string) => `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r}
spec:
${spec}`;

/** strategy.go hasBlockingErr; diagnostics sort by place, and this one has none but the object's. */
const NOT_CHECKED = ': Invalid value: "null": some validation rules were not checked because the object was invalid; correct the existing errors to complete validation';

function errorsOf(text: string): string[] {
  const cluster = buildCluster([{ name: 'in.yaml', text }], { gatewayApi: true });
  return cluster.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.field ?? ''}: ${d.message}`);
}

describe('Gateway API admission', () => {
  it.each([
    ['unknown field (strict field validation)', ROUTE('  rules:\n  - foo: 1'), ['spec.rules[0].foo: unknown field "spec.rules[0].foo"']],
    ['required listener port (OpenAPI required)', GATEWAY('  - {name: http, protocol: HTTP}'), [NOT_CHECKED, 'spec.listeners[0].port: Required value']],
    ['port range (OpenAPI minimum)', GATEWAY('  - {name: http, port: 0, protocol: HTTP}'), ['spec.listeners[0].port: Invalid value: 0: spec.listeners[0].port in body should be greater than or equal to 1']],
    ['hostname pattern', ROUTE('  hostnames: ["Foo_bar"]'), [`spec.hostnames[0]: Invalid value: "Foo_bar": spec.hostnames[0] in body should match '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'`]],
    ['path type enum', ROUTE('  rules:\n  - matches: [{path: {type: Prefix, value: /}}]'), [
      NOT_CHECKED,
      'spec.rules[0].matches[0].path.type: Unsupported value: "Prefix": supported values: "Exact", "PathPrefix", "RegularExpression"',
    ]],
    ['too many hostnames (maxItems)', ROUTE(`  hostnames: [${Array.from({ length: 17 }, (_, i) => `h${i}.example.com`).join(', ')}]`), [NOT_CHECKED, 'spec.hostnames: Too many: 17: must have at most 16 items']],
    ['listener names unique (CEL) and map-list keys (listType=map)', GATEWAY('  - {name: http, port: 80, protocol: HTTP}\n  - {name: http, port: 8080, protocol: HTTP}'), [
      'spec.listeners: Invalid value: "array": Listener name must be unique within the Gateway',
      'spec.listeners[1]: Duplicate value: map[string]interface {}{"name":"http"}',
    ]],
    ['tls on an HTTP listener (CEL)', GATEWAY('  - {name: http, port: 80, protocol: HTTP, tls: {certificateRefs: [{name: c}]}}'), [
      "spec.listeners: Invalid value: \"array\": tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']",
    ]],
    ['relative path (CEL)', ROUTE('  rules:\n  - matches: [{path: {type: PathPrefix, value: api}}]'), [
      "spec.rules[0].matches[0].path: Invalid value: \"object\": value must be an absolute path and start with '/' when type one of ['Exact', 'PathPrefix']",
    ]],
    ['backendRef without port (CEL)', ROUTE('  rules:\n  - backendRefs: [{name: web}]'), ['spec.rules[0].backendRefs[0]: Invalid value: "object": Must have port for Service reference']],
    ['sectionName for two refs to one parent (CEL)', ROUTE('  parentRefs: [{name: gw}, {name: gw, sectionName: http}]'), [
      'spec.parentRefs: Invalid value: "array": sectionName must be specified when parentRefs includes 2 or more references to the same parent',
    ]],
    ['redirect with backendRefs (CEL)', ROUTE('  rules:\n  - filters: [{type: RequestRedirect, requestRedirect: {scheme: https}}]\n    backendRefs: [{name: web, port: 80}]'), [
      'spec.rules[0]: Invalid value: "object": RequestRedirect filter must not be used together with backendRefs',
    ]],
    ['filter type without its field (CEL)', ROUTE('  rules:\n  - filters: [{type: RequestHeaderModifier}]'), [
      'spec.rules[0].filters[0]: Invalid value: "object": filter.requestHeaderModifier must be specified for RequestHeaderModifier filter.type',
    ]],
    ['name is a DNS subdomain (ObjectMeta)', ROUTE('  hostnames: []').replace('name: r', 'name: R_1'), [
      "metadata.name: Invalid value: \"R_1\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    ]],
  ])('%s', (_name, text, expected) => {
    expect(errorsOf(text)).toEqual(expected);
  });

  it('defaults as the CRDs do, and stores v1beta1 objects as v1', () => {
    const cluster = buildCluster([{ name: 'in.yaml', text: ROUTE('  parentRefs: [{name: gw}]\n  rules:\n  - backendRefs: [{name: web, port: 80}]').replace('/v1\n', '/v1beta1\n') }], { gatewayApi: true });
    const route = cluster.httpRoutes[0]!.object;
    expect(route.apiVersion).toBe('gateway.networking.k8s.io/v1');
    expect(route.spec.parentRefs).toEqual([{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'gw' }]);
    expect(route.spec.rules).toEqual([{ matches: [{ path: { type: 'PathPrefix', value: '/' } }], backendRefs: [{ group: '', kind: 'Service', name: 'web', port: 80, weight: 1 }] }]);
    const gateway = buildCluster([{ name: 'in.yaml', text: GATEWAY('  - {name: http, port: 80, protocol: HTTP}') }], { gatewayApi: true }).gateways[0]!.object;
    expect(gateway.spec.listeners[0]!.allowedRoutes).toEqual({ namespaces: { from: 'Same' } });
    // No GatewayClass "kse": no controller, the CRD's default status stays.
    expect(gateway.status?.conditions?.map((c) => [c.type, c.status, c.reason])).toEqual([['Accepted', 'Unknown', 'Pending'], ['Programmed', 'Unknown', 'Pending']]);
  });

  it('evaluates every CEL rule of the standard-channel CRDs', () => {
    const messages: string[] = [];
    const walk = (schema: CrdSchema): void => {
      for (const rule of schema['x-kubernetes-validations'] ?? []) messages.push(rule.message ?? '');
      for (const sub of Object.values(schema.properties ?? {})) walk(sub);
      if (schema.items) walk(schema.items);
      if (typeof schema.additionalProperties === 'object') walk(schema.additionalProperties);
    };
    for (const crd of GATEWAY_CRDS) walk(crd.schema);
    expect(messages.filter((m) => !knowsRule(m))).toEqual([]);
    expect(messages.length).toBeGreaterThan(60);
  });
});
