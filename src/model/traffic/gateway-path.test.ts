/**
 * `trace --via gateway` as DESIGN.md's contract shapes it: route, rule, backend, backends with
 * their Service and weighted probability, status 200 / 404 / 500 / 503, and the hops through the
 * gateway:NS/NAME and route:NS/NAME graph nodes to the Pod.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster.ts';
import { conformanceCluster } from '../gateway/conformance-fixture.ts';
import { trace } from './trace.ts';
import type { Trace, TraceRequest } from './types.ts';

const DIR = join(import.meta.dirname, '../gateway/testdata/conformance');
const read = (file: string): string => readFileSync(join(DIR, file), 'utf8');

const MANIFEST = `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata: {name: kse}
spec: {controllerName: kse.example/gateway-controller}
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  gatewayClassName: kse
  listeners: [{name: http, port: 80, protocol: HTTP}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web}
spec:
  parentRefs: [{name: gw}]
  hostnames: [web.example.com]
  rules:
  - backendRefs:
    - {name: web-v1, port: 80, weight: 90}
    - {name: web-v2, port: 80, weight: 10}
  - matches: [{path: {type: PathPrefix, value: /broken}}]
    backendRefs:
    - {name: web-v1, port: 80}
    - {name: missing, port: 80}
  - matches: [{path: {type: Exact, value: /none}}]
    backendRefs: [{name: missing, port: 80}]
  - matches: [{path: {type: Exact, value: /idle}}]
    backendRefs: [{name: idle, port: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: web-v1}
spec: {selector: {app: web, v: "1"}, ports: [{port: 80, targetPort: 8080}]}
---
apiVersion: v1
kind: Service
metadata: {name: web-v2}
spec: {selector: {app: web, v: "2"}, ports: [{port: 80, targetPort: 8080}]}
---
apiVersion: v1
kind: Service
metadata: {name: idle}
spec: {selector: {app: idle}, ports: [{port: 80, targetPort: 8080}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web-v1}
spec:
  replicas: 3
  selector: {matchLabels: {app: web, v: "1"}}
  template:
    metadata: {labels: {app: web, v: "1"}}
    spec: {containers: [{name: web, image: nginx, ports: [{containerPort: 8080}]}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web-v2}
spec:
  replicas: 1
  selector: {matchLabels: {app: web, v: "2"}}
  template:
    metadata: {labels: {app: web, v: "2"}}
    spec: {containers: [{name: web, image: nginx, ports: [{containerPort: 8080}]}]}
`;

const cluster = buildCluster([{ name: 'canary.yaml', text: MANIFEST }], { gatewayApi: true });

function gatewayTrace(request: Omit<TraceRequest, 'via'>): Trace {
  const result = trace(cluster, { via: 'gateway', ...request });
  if (!result.ok) throw new Error(result.error.message);
  return result.trace;
}

const byService = (t: Trace): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const b of t.backends) out[b.service ?? ''] = (out[b.service ?? ''] ?? 0) + b.probability;
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, Math.round(v * 1e9) / 1e9]));
};

describe('trace --via gateway', () => {
  it('delivers by weight: the backends carry their Service and weight share × endpoint share', () => {
    const t = gatewayTrace({ host: 'web.example.com:8443', path: '/' });
    expect({ status: t.status, delivered: t.delivered, route: t.route, rule: t.rule, backend: t.backend, reason: t.reason }).toEqual({
      status: 200, delivered: true, route: 'default/web', rule: 0, backend: 'default/web-v1:80', reason: null,
    });
    expect(byService(t)).toEqual({ 'default/web-v1:80': 0.9, 'default/web-v2:80': 0.1 });
    expect(t.backends.filter((b) => b.service === 'default/web-v1:80').map((b) => b.probability)).toEqual([0.3, 0.3, 0.3]);
    expect(t.hops.map((h) => h.at.replace(/-[a-z0-9]+-[a-z0-9]+$/, ''))).toEqual(['client:external', 'gateway:default/gw', 'route:default/web', 'route:default/web', 'pod:default/web-v1']);
    expect(t.final?.pod).toMatch(/^default\/web-v1-/);
  });

  it('404 when no rule matches: route and rule null, reason REJECT:', () => {
    const t = gatewayTrace({ host: 'other.example.com', path: '/' });
    expect({ status: t.status, delivered: t.delivered, route: t.route, rule: t.rule, service: t.service, backend: t.backend }).toEqual({
      status: 404, delivered: false, route: null, rule: null, service: null, backend: null,
    });
    expect(t.reason).toMatch(/^REJECT: 404 Not Found/);
  });

  it('500 when the rule has no valid backendRef: route and rule set, backend null', () => {
    const t = gatewayTrace({ host: 'web.example.com', path: '/none' });
    expect({ status: t.status, delivered: t.delivered, route: t.route, rule: t.rule, backend: t.backend, backends: t.backends }).toEqual({
      status: 500, delivered: false, route: 'default/web', rule: 2, backend: null, backends: [],
    });
    expect(t.reason).toMatch(/^REJECT: 500 Internal Server Error: no backendRef of the rule is valid \(default\/missing:80: BackendNotFound\)/);
  });

  it('some backendRefs invalid: the valid ones keep only their share', () => {
    const t = gatewayTrace({ host: 'web.example.com', path: '/broken/x', seed: 'a' });
    expect(t.status).toBe(200);
    expect(byService(t)).toEqual({ 'default/web-v1:80': 0.5 });
    expect(t.notes.some((n) => n.startsWith('50% of the requests get 500 Internal Server Error'))).toBe(true);
  });

  it('503 when the only backend has no ready endpoints', () => {
    const t = gatewayTrace({ host: 'web.example.com', path: '/idle' });
    expect({ status: t.status, delivered: t.delivered, backend: t.backend }).toEqual({ status: 503, delivered: false, backend: 'default/idle:80' });
  });

  it('HTTPRouteWeight: 70 / 30 / 0 over infra-backend-v1, v2 and v3', () => {
    const result = trace(conformanceCluster(read, 'httproute-weight'), { via: 'gateway', gateway: 'gateway-conformance-infra/same-namespace', path: '/' });
    if (!result.ok) throw new Error(result.error.message);
    expect(byService(result.trace)).toEqual({ 'gateway-conformance-infra/infra-backend-v1:8080': 0.7, 'gateway-conformance-infra/infra-backend-v2:8080': 0.3 });
  });

  it('refuses gateway flags on other paths, and names a missing Gateway', () => {
    expect(trace(cluster, { service: 'web-v1', via: 'clusterip', method: 'POST' })).toMatchObject({ ok: false, error: { reason: 'BadRequest' } });
    expect(trace(cluster, { via: 'gateway', gateway: 'default/nope' })).toMatchObject({ ok: false, error: { reason: 'NotFound', message: 'gateways.gateway.networking.k8s.io "nope" not found' } });
  });
});
