/**
 * Attachment and status, checked against the expectations of the Gateway API conformance tests
 * (kubernetes-sigs/gateway-api v1.6.1 conformance/tests/<name>.go), on their own manifests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conformanceCluster, gatewayOf, routeCondition, routeOf } from './conformance-fixture.ts';

const DIR = join(import.meta.dirname, 'testdata/conformance');
const read = (file: string): string => readFileSync(join(DIR, file), 'utf8');
const INFRA = 'gateway-conformance-infra';

describe('route conditions (conformance)', () => {
  it.each([
    // [conformance test, manifest, route ns/name, gateway ns/name, Accepted, ResolvedRefs]
    ['HTTPRouteSimpleSameNamespace', 'httproute-simple-same-namespace', `${INFRA}/gateway-conformance-infra-test`, `${INFRA}/same-namespace`, ['True', 'Accepted'], ['True', 'ResolvedRefs']],
    ['HTTPRouteCrossNamespace', 'httproute-cross-namespace', 'gateway-conformance-web-backend/cross-namespace', `${INFRA}/backend-namespaces`, ['True', 'Accepted'], ['True', 'ResolvedRefs']],
    ['HTTPRouteInvalidCrossNamespaceBackendRef', 'httproute-invalid-cross-namespace-backend-ref', `${INFRA}/invalid-cross-namespace-backend-ref`, `${INFRA}/same-namespace`, ['True', 'Accepted'], ['False', 'RefNotPermitted']],
    ['HTTPRouteInvalidNonExistentBackendRef', 'httproute-invalid-nonexistent-backendref', `${INFRA}/invalid-nonexistent-backend-ref`, `${INFRA}/same-namespace`, ['True', 'Accepted'], ['False', 'BackendNotFound']],
    ['HTTPRouteInvalidBackendRefUnknownKind', 'httproute-invalid-backendref-unknown-kind', `${INFRA}/invalid-backend-ref-unknown-kind`, `${INFRA}/same-namespace`, ['True', 'Accepted'], ['False', 'InvalidKind']],
    ['HTTPRouteInvalidCrossNamespaceParentRef', 'httproute-invalid-cross-namespace-parent-ref', 'gateway-conformance-web-backend/invalid-cross-namespace-parent-ref', `${INFRA}/same-namespace`, ['False', 'NotAllowedByListeners'], undefined],
    ['HTTPRouteInvalidParentRefNotMatchingListenerPort', 'httproute-invalid-parentref-not-matching-listener-port', `${INFRA}/httproute-listener-not-matching-route-port`, `${INFRA}/same-namespace`, ['False', 'NoMatchingParent'], undefined],
    ['HTTPRouteInvalidParentRefNotMatchingSectionName', 'httproute-invalid-parentref-not-matching-section-name', `${INFRA}/httproute-listener-not-matching-section-name`, `${INFRA}/same-namespace`, ['False', 'NoMatchingParent'], undefined],
    ['HTTPRouteDisallowedKind', 'httproute-disallowed-kind', `${INFRA}/disallowed-kind`, `${INFRA}/tlsroutes-only`, ['False', 'NotAllowedByListeners'], ['True', 'ResolvedRefs']],
    ['HTTPRouteInvalidReferenceGrant', 'httproute-invalid-reference-grant', `${INFRA}/reference-grant`, `${INFRA}/same-namespace`, ['True', 'Accepted'], ['False', 'RefNotPermitted']],
    ['HTTPRoutePartiallyInvalidViaInvalidReferenceGrant', 'httproute-partially-invalid-via-invalid-reference-grant', `${INFRA}/invalid-reference-grant`, `${INFRA}/same-namespace`, ['True', 'Accepted'], ['False', 'RefNotPermitted']],
    ['HTTPRouteReferenceGrant', 'httproute-reference-grant', `${INFRA}/reference-grant`, `${INFRA}/same-namespace`, ['True', 'Accepted'], ['True', 'ResolvedRefs']],
    ['GatewayWithAttachedRoutes (not accepted)', 'gateway-with-attached-routes', `${INFRA}/http-route-not-accepted`, `${INFRA}/gateway-with-two-attached-routes`, ['False', 'NoMatchingListenerHostname'], undefined],
  ] as const)('%s', (_test, manifest, routeName, gateway, accepted, resolved) => {
    const cluster = conformanceCluster(read, manifest);
    const [ns, name] = routeName.split('/') as [string, string];
    const route = routeOf(cluster, ns, name);
    expect(routeCondition(route, gateway, 'Accepted')).toEqual({ status: accepted[0], reason: accepted[1] });
    if (resolved) expect(routeCondition(route, gateway, 'ResolvedRefs')).toEqual({ status: resolved[0], reason: resolved[1] });
  });

  it('HTTPRouteDisallowedKind: the Gateway has zero routes', () => {
    const gateway = gatewayOf(conformanceCluster(read, 'httproute-disallowed-kind'), INFRA, 'tlsroutes-only');
    expect(gateway.status?.listeners?.map((l) => l.attachedRoutes)).toEqual(gateway.status?.listeners?.map(() => 0));
  });
});

describe('listener status (conformance)', () => {
  it('GatewayWithAttachedRoutes: attachedRoutes counts, even on a listener with unresolved refs', () => {
    const cluster = conformanceCluster(read, 'gateway-with-attached-routes');
    const listener = (gateway: string, name: string) => gatewayOf(cluster, INFRA, gateway).status?.listeners?.find((l) => l.name === name);
    expect(listener('gateway-with-one-attached-route', 'http')?.attachedRoutes).toBe(1);
    expect(listener('gateway-with-two-attached-routes', 'http')?.attachedRoutes).toBe(2);
    const unresolved = listener('unresolved-gateway-with-one-attached-unresolved-route', 'tls');
    expect(unresolved?.attachedRoutes).toBe(1);
    expect(unresolved?.conditions.find((c) => c.type === 'ResolvedRefs')?.status).toBe('False');
    expect(unresolved?.conditions.find((c) => c.type === 'Programmed')?.status).toBe('False');
  });

  it('GatewayInvalidRouteKind: ResolvedRefs False / InvalidRouteKinds, supportedKinds keeps HTTPRoute only', () => {
    const cluster = conformanceCluster(read, 'gateway-invalid-route-kind');
    const only = gatewayOf(cluster, INFRA, 'gateway-only-invalid-route-kind').status?.listeners?.[0];
    expect(only?.supportedKinds).toEqual([]);
    expect(only?.conditions.find((c) => c.type === 'ResolvedRefs')).toMatchObject({ status: 'False', reason: 'InvalidRouteKinds' });
    const mixed = gatewayOf(cluster, INFRA, 'gateway-supported-and-invalid-route-kind').status?.listeners?.[0];
    expect(mixed?.supportedKinds).toEqual([{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute' }]);
    expect(mixed?.conditions.find((c) => c.type === 'ResolvedRefs')).toMatchObject({ status: 'False', reason: 'InvalidRouteKinds' });
    expect(mixed?.attachedRoutes).toBe(0);
  });

  it('every conformance manifest is accepted by admission', () => {
    const cluster = conformanceCluster(read, 'httproute-matching', 'httproute-weight', 'httproute-header-matching', 'httproute-query-param-matching', 'httproute-method-matching');
    expect(cluster.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
