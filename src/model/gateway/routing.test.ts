/**
 * Routing through a Gateway, checked request by request against the Gateway API conformance tests
 * (kubernetes-sigs/gateway-api v1.6.1 conformance/tests/<manifest>.go: each ExpectedResponse's
 * request, and the backend or status it expects), on the tests' own manifests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../cluster-types.ts';
import { trace } from '../traffic/trace.ts';
import { conformanceCluster } from './conformance-fixture.ts';

const DIR = join(import.meta.dirname, 'testdata/conformance');
const read = (file: string): string => readFileSync(join(DIR, file), 'utf8');
const clusters = new Map<string, Cluster>();
const clusterFor = (manifest: string): Cluster => {
  const known = clusters.get(manifest);
  if (known) return known;
  const built = conformanceCluster(read, manifest);
  clusters.set(manifest, built);
  return built;
};

type Case = readonly [test: string, manifest: string, gateway: string, host: string | undefined, path: string, method: string | undefined, headers: readonly (readonly [string, string])[], service: string | null, status: number];

// The suite sends each request to the Gateway's port 80, but HTTPRouteListenerPortMatching to the port its Host names;
// elsewhere a port in the Host (very.specific.com:1234) is only ignored by hostname matching.
const CASES: readonly Case[] = [
    ['HTTPRouteCrossNamespace', 'httproute-cross-namespace', 'backend-namespaces', undefined, '/', undefined, [], 'gateway-conformance-web-backend/web-backend', 200],
    ['HTTPRouteExactPathMatching', 'httproute-exact-path-matching', 'same-namespace', undefined, '/one', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteExactPathMatching', 'httproute-exact-path-matching', 'same-namespace', undefined, '/two', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteExactPathMatching', 'httproute-exact-path-matching', 'same-namespace', undefined, '/', undefined, [], null, 404],
    ['HTTPRouteExactPathMatching', 'httproute-exact-path-matching', 'same-namespace', undefined, '/one/example', undefined, [], null, 404],
    ['HTTPRouteExactPathMatching', 'httproute-exact-path-matching', 'same-namespace', undefined, '/two/', undefined, [], null, 404],
    ['HTTPRouteExactPathMatching', 'httproute-exact-path-matching', 'same-namespace', undefined, '/Two', undefined, [], null, 404],
    ['HTTPRouteHeaderMatching', 'httproute-header-matching', 'same-namespace', undefined, '/', undefined, [['Version', 'one']], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteHeaderMatching', 'httproute-header-matching', 'same-namespace', undefined, '/', undefined, [['Version', 'two']], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteHeaderMatching', 'httproute-header-matching', 'same-namespace', undefined, '/', undefined, [['Version', 'two'], ['Color', 'orange']], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteHeaderMatching', 'httproute-header-matching', 'same-namespace', undefined, '/', undefined, [['Version', 'two'], ['Color', 'blue']], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteHeaderMatching', 'httproute-header-matching', 'same-namespace', undefined, '/', undefined, [['Color', 'orange']], null, 404],
    ['HTTPRouteHeaderMatching', 'httproute-header-matching', 'same-namespace', undefined, '/', undefined, [['Some-Other-Header', 'one']], null, 404],
    ['HTTPRouteHeaderMatching', 'httproute-header-matching', 'same-namespace', undefined, '/', undefined, [['Color', 'blue']], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteHeaderMatching', 'httproute-header-matching', 'same-namespace', undefined, '/', undefined, [['Color', 'green']], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteHeaderMatching', 'httproute-header-matching', 'same-namespace', undefined, '/', undefined, [['Color', 'red']], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteHeaderMatching', 'httproute-header-matching', 'same-namespace', undefined, '/', undefined, [['Color', 'yellow']], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteHeaderMatching', 'httproute-header-matching', 'same-namespace', undefined, '/', undefined, [['Color', 'purple']], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'very.specific.com', '/s1', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'very.specific.com:1234', '/s1', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'non.matching.com', '/s1', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'foo.nonmatchingwildcard.io', '/s1', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'foo.wildcard.io', '/s1', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'very.specific.com', '/non-matching-prefix', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'foo.wildcard.io', '/s2', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'bar.wildcard.io', '/s2', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'foo.bar.wildcard.io', '/s2', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'non.matching.com', '/s2', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'wildcard.io', '/s2', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'very.specific.com', '/s2', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'foo.wildcard.io', '/non-matching-prefix', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'very.specific.com', '/s3', undefined, [], 'gateway-conformance-infra/infra-backend-v3', 200],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'non.matching.com', '/s3', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'foo.specific.com', '/s3', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'foo.wildcard.io', '/s3', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'very.specific.com', '/non-matching-prefix', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'foo.anotherwildcard.io', '/s4', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'bar.anotherwildcard.io', '/s4', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'foo.bar.anotherwildcard.io', '/s4', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'anotherwildcard.io', '/s4', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'foo.wildcard.io', '/s4', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'very.specific.com', '/s4', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'foo.anotherwildcard.io', '/non-matching-prefix', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'specific.but.wrong.com', '/s5', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection', 'wildcard.io', '/s5', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection-all', 'first.com', '/', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection-all', 'sub.first.com', '/', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection-all', 'second.com', '/', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection-all', 'sub.second.com', '/', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection-all', 'third.com', '/', undefined, [], null, 404],
    ['HTTPRouteHostnameIntersection', 'httproute-hostname-intersection', 'httproute-hostname-intersection-all', 'sub.third.com', '/', undefined, [], null, 404],
    ['HTTPRouteInvalidBackendRefUnknownKind', 'httproute-invalid-backendref-unknown-kind', 'same-namespace', undefined, '/v2', 'GET', [], null, 500],
    ['HTTPRouteInvalidCrossNamespaceBackendRef', 'httproute-invalid-cross-namespace-backend-ref', 'same-namespace', undefined, '/', 'GET', [], null, 500],
    ['HTTPRouteInvalidNonExistentBackendRef', 'httproute-invalid-nonexistent-backendref', 'same-namespace', undefined, '/', 'GET', [], null, 500],
    ['HTTPRouteInvalidReferenceGrant', 'httproute-invalid-reference-grant', 'same-namespace', undefined, '/', 'GET', [], null, 500],
    ['HTTPRouteListenerHostnameMatching', 'httproute-listener-hostname-matching', 'httproute-listener-hostname-matching', 'bar.com', '/', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteListenerHostnameMatching', 'httproute-listener-hostname-matching', 'httproute-listener-hostname-matching', 'foo.bar.com', '/', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteListenerHostnameMatching', 'httproute-listener-hostname-matching', 'httproute-listener-hostname-matching', 'baz.bar.com', '/', undefined, [], 'gateway-conformance-infra/infra-backend-v3', 200],
    ['HTTPRouteListenerHostnameMatching', 'httproute-listener-hostname-matching', 'httproute-listener-hostname-matching', 'boo.bar.com', '/', undefined, [], 'gateway-conformance-infra/infra-backend-v3', 200],
    ['HTTPRouteListenerHostnameMatching', 'httproute-listener-hostname-matching', 'httproute-listener-hostname-matching', 'multiple.prefixes.bar.com', '/', undefined, [], 'gateway-conformance-infra/infra-backend-v3', 200],
    ['HTTPRouteListenerHostnameMatching', 'httproute-listener-hostname-matching', 'httproute-listener-hostname-matching', 'multiple.prefixes.foo.com', '/', undefined, [], 'gateway-conformance-infra/infra-backend-v3', 200],
    ['HTTPRouteListenerHostnameMatching', 'httproute-listener-hostname-matching', 'httproute-listener-hostname-matching', 'foo.com', '/', undefined, [], null, 404],
    ['HTTPRouteListenerHostnameMatching', 'httproute-listener-hostname-matching', 'httproute-listener-hostname-matching', 'no.matching.host', '/', undefined, [], null, 404],
    ['HTTPRouteListenerPortMatching', 'httproute-listener-port-matching', 'httproute-listener-port-matching', 'foo.com', '/', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteListenerPortMatching', 'httproute-listener-port-matching', 'httproute-listener-port-matching', 'foo.com:8080', '/', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteListenerPortMatching', 'httproute-listener-port-matching', 'httproute-listener-port-matching', 'bar.com:8080', '/', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteListenerPortMatching', 'httproute-listener-port-matching', 'httproute-listener-port-matching', 'foo.com:8090', '/', undefined, [], 'gateway-conformance-infra/infra-backend-v3', 200],
    ['HTTPRouteListenerPortMatching', 'httproute-listener-port-matching', 'httproute-listener-port-matching', 'bar.com:8090', '/', undefined, [], null, 404],
    ['HTTPRouteMatchingAcrossRoutes', 'httproute-matching-across-routes', 'same-namespace', 'example.com', '/', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteMatchingAcrossRoutes', 'httproute-matching-across-routes', 'same-namespace', 'example.com', '/example', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteMatchingAcrossRoutes', 'httproute-matching-across-routes', 'same-namespace', 'example.net', '/example', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteMatchingAcrossRoutes', 'httproute-matching-across-routes', 'same-namespace', 'example.com', '/example', undefined, [['Version', 'one']], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteMatchingAcrossRoutes', 'httproute-matching-across-routes', 'same-namespace', 'example.com', '/v2', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteMatchingAcrossRoutes', 'httproute-matching-across-routes', 'same-namespace', 'example.net', '/v2', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteMatchingAcrossRoutes', 'httproute-matching-across-routes', 'same-namespace', 'example.com', '/v2/example', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteMatchingAcrossRoutes', 'httproute-matching-across-routes', 'same-namespace', 'example.com', '/', undefined, [['Version', 'two']], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteMatching', 'httproute-matching', 'same-namespace', undefined, '/', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteMatching', 'httproute-matching', 'same-namespace', undefined, '/example', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteMatching', 'httproute-matching', 'same-namespace', undefined, '/', undefined, [['Version', 'one']], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteMatching', 'httproute-matching', 'same-namespace', undefined, '/v2', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteMatching', 'httproute-matching', 'same-namespace', undefined, '/v2/example', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteMatching', 'httproute-matching', 'same-namespace', undefined, '/', undefined, [['Version', 'two']], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteMatching', 'httproute-matching', 'same-namespace', undefined, '/v2/', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteMatching', 'httproute-matching', 'same-namespace', undefined, '/v2example', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteMatching', 'httproute-matching', 'same-namespace', undefined, '/foo/v2/example', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteMethodMatching', 'httproute-method-matching', 'same-namespace', undefined, '/', 'POST', [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteMethodMatching', 'httproute-method-matching', 'same-namespace', undefined, '/', 'GET', [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteMethodMatching', 'httproute-method-matching', 'same-namespace', undefined, '/', 'HEAD', [], null, 404],
    ['HTTPRouteMethodMatching', 'httproute-method-matching', 'same-namespace', undefined, '/path1', 'GET', [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteMethodMatching', 'httproute-method-matching', 'same-namespace', undefined, '/', 'PUT', [['version', 'one']], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteMethodMatching', 'httproute-method-matching', 'same-namespace', undefined, '/path2', 'POST', [['version', 'two']], 'gateway-conformance-infra/infra-backend-v3', 200],
    ['HTTPRouteMethodMatching', 'httproute-method-matching', 'same-namespace', undefined, '/path3', 'PATCH', [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteMethodMatching', 'httproute-method-matching', 'same-namespace', undefined, '/path4', 'DELETE', [['version', 'three']], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteMethodMatching', 'httproute-method-matching', 'same-namespace', undefined, '/', 'PUT', [], null, 404],
    ['HTTPRouteMethodMatching', 'httproute-method-matching', 'same-namespace', undefined, '/path4', 'DELETE', [], null, 404],
    ['HTTPRouteMethodMatching', 'httproute-method-matching', 'same-namespace', undefined, '/path5', 'PATCH', [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteMethodMatching', 'httproute-method-matching', 'same-namespace', undefined, '/', 'PATCH', [['version', 'four']], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteNoBackendRefs', 'httproute-omitted-backendrefs', 'same-namespace', undefined, '/forward', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteNoBackendRefs', 'httproute-omitted-backendrefs', 'same-namespace', undefined, '/omitted-no-forward', undefined, [], null, 500],
    ['HTTPRouteNoBackendRefs', 'httproute-omitted-backendrefs', 'same-namespace', undefined, '/empty-no-forward', undefined, [], null, 500],
    ['HTTPRoutePartiallyInvalidViaInvalidReferenceGrant', 'httproute-partially-invalid-via-invalid-reference-grant', 'same-namespace', undefined, '/v2', 'GET', [], null, 500],
    ['HTTPRoutePartiallyInvalidViaInvalidReferenceGrant', 'httproute-partially-invalid-via-invalid-reference-grant', 'same-namespace', undefined, '/', 'GET', [], 'gateway-conformance-app-backend/app-backend-v1', 200],
    ['HTTPRoutePathMatchOrder', 'httproute-path-match-order', 'same-namespace', undefined, '/match/exact/one', undefined, [], 'gateway-conformance-infra/infra-backend-v3', 200],
    ['HTTPRoutePathMatchOrder', 'httproute-path-match-order', 'same-namespace', undefined, '/match/exact', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRoutePathMatchOrder', 'httproute-path-match-order', 'same-namespace', undefined, '/match', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRoutePathMatchOrder', 'httproute-path-match-order', 'same-namespace', undefined, '/match/prefix/one/any', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRoutePathMatchOrder', 'httproute-path-match-order', 'same-namespace', undefined, '/match/prefix/any', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRoutePathMatchOrder', 'httproute-path-match-order', 'same-namespace', undefined, '/match/any', undefined, [], 'gateway-conformance-infra/infra-backend-v3', 200],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/?animal=whale', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/?animal=dolphin', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/?animal=dolphin&color=blue', undefined, [], 'gateway-conformance-infra/infra-backend-v3', 200],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/?ANIMAL=Whale', undefined, [], 'gateway-conformance-infra/infra-backend-v3', 200],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/?animal=whale&otherparam=irrelevant', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/?animal=dolphin&color=yellow', undefined, [], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/?color=blue', undefined, [], null, 404],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/?animal=dog', undefined, [], null, 404],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/?animal=whaledolphin', undefined, [], null, 404],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/', undefined, [], null, 404],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/path1?animal=whale', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/?animal=whale', undefined, [['version', 'one']], 'gateway-conformance-infra/infra-backend-v2', 200],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/path2?animal=whale', undefined, [['version', 'two']], 'gateway-conformance-infra/infra-backend-v3', 200],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/path3?animal=shark', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/path4?animal=kraken', undefined, [['version', 'three']], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/?animal=shark', undefined, [], null, 404],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/path4?animal=kraken', undefined, [], null, 404],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/path5?animal=hydra', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
    ['HTTPRouteQueryParamMatching', 'httproute-query-param-matching', 'same-namespace', undefined, '/?animal=hydra', undefined, [['version', 'four']], 'gateway-conformance-infra/infra-backend-v3', 200],
    ['HTTPRouteReferenceGrant', 'httproute-reference-grant', 'same-namespace', undefined, '/', 'GET', [], 'gateway-conformance-web-backend/web-backend', 200],
    ['HTTPRouteSimpleSameNamespace', 'httproute-simple-same-namespace', 'same-namespace', undefined, '/', undefined, [], 'gateway-conformance-infra/infra-backend-v1', 200],
];

describe('HTTPRoute routing (conformance expected responses)', () => {
  it.each(CASES)('%s (%s): %s %s%s', (_test, manifest, gateway, host, path, method, headers, service, status) => {
    const port = manifest === 'httproute-listener-port-matching' && host?.includes(':') ? Number(host.slice(host.indexOf(':') + 1)) : 80;
    const result = trace(clusterFor(manifest), {
      via: 'gateway',
      gateway: `gateway-conformance-infra/${gateway}`,
      listener: port,
      ...(host === undefined ? {} : { host }),
      path,
      ...(method === undefined ? {} : { method }),
      headers,
    });
    if (!result.ok) throw new Error(result.error.message);
    expect({ status: result.trace.status, service: result.trace.status === 200 ? result.trace.service : null }).toEqual({ status, service });
  });
});
