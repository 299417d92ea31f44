/** Troubleshooting findings for HTTPRoutes, on the Gateway API conformance suite's manifests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster.ts';
import { conformanceCluster } from '../gateway/conformance-fixture.ts';

const DIR = join(import.meta.dirname, '../gateway/testdata/conformance');
const read = (file: string): string => readFileSync(join(DIR, file), 'utf8');

function findingsOf(manifest: string, route: string): string[] {
  return conformanceCluster(read, manifest).diagnostics
    .filter((d) => d.code.startsWith('HTTPROUTE_') && d.object === `HTTPRoute/${route}`)
    .map((d) => `${d.code} ${d.field ?? ''}`);
}

describe('HTTPRoute findings', () => {
  it.each([
    ['httproute-invalid-cross-namespace-parent-ref', 'gateway-conformance-web-backend/invalid-cross-namespace-parent-ref', ['HTTPROUTE_NOT_ACCEPTED spec.parentRefs[0]']],
    ['httproute-invalid-parentref-not-matching-section-name', 'gateway-conformance-infra/httproute-listener-not-matching-section-name', ['HTTPROUTE_NOT_ACCEPTED spec.parentRefs[0]']],
    ['httproute-invalid-cross-namespace-backend-ref', 'gateway-conformance-infra/invalid-cross-namespace-backend-ref', ['HTTPROUTE_REF_NOT_PERMITTED spec.rules[0].backendRefs[0]']],
    ['httproute-invalid-nonexistent-backendref', 'gateway-conformance-infra/invalid-nonexistent-backend-ref', ['HTTPROUTE_BACKEND_NOT_FOUND spec.rules[0].backendRefs[0]']],
    ['httproute-invalid-backendref-unknown-kind', 'gateway-conformance-infra/invalid-backend-ref-unknown-kind', ['HTTPROUTE_BACKEND_INVALID_KIND spec.rules[0].backendRefs[0]']],
    ['httproute-simple-same-namespace', 'gateway-conformance-infra/gateway-conformance-infra-test', []],
  ])('%s', (manifest, route, expected) => {
    expect(findingsOf(manifest, route)).toEqual(expected);
  });

  it('a missing Gateway or GatewayClass, and a backend without endpoints', () => {
    const cluster = buildCluster([{ name: 'in.yaml', text: `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: orphan}
spec:
  gatewayClassName: nobody
  listeners: [{name: http, port: 80, protocol: HTTP}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r}
spec:
  parentRefs: [{name: orphan}, {name: missing}]
  rules: [{backendRefs: [{name: idle, port: 80}]}]
---
apiVersion: v1
kind: Service
metadata: {name: idle}
spec: {selector: {app: idle}, ports: [{port: 80}]}
` }], { gatewayApi: true });
    expect(cluster.diagnostics.filter((d) => d.code.startsWith('HTTPROUTE_')).map((d) => `${d.code} ${d.field ?? ''}`)).toEqual([
      'HTTPROUTE_PARENT_NOT_FOUND spec.parentRefs[0]',
      'HTTPROUTE_PARENT_NOT_FOUND spec.parentRefs[1]',
      'HTTPROUTE_BACKEND_NO_ENDPOINTS spec.rules[0].backendRefs[0]',
    ]);
  });
});
