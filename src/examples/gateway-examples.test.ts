/**
 * The Gateway API examples do what their "What to look at" comments say: the boxes and edges the
 * graph draws, the rule and backend a request gets, and kse check's findings.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCluster, trace, type Cluster, type TraceRequest } from '../model/index.ts';
import { toGraph } from '../present/graph/index.ts';

const folder = fileURLToPath(new URL('.', import.meta.url));
const load = (id: string): Cluster => buildCluster([{ name: `${id}.yaml`, text: readFileSync(`${folder}${id}.yaml`, 'utf8') }], { gatewayApi: true });

function request(cluster: Cluster, asked: TraceRequest) {
  const result = trace(cluster, { via: 'gateway', ...asked });
  if (!result.ok) throw new Error(result.error.message);
  return result.trace;
}

const findings = (cluster: Cluster): string[] =>
  cluster.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.object ?? ''}`);

const edgeLabel = (cluster: Cluster, id: string): string | undefined => toGraph(cluster).edges.find((e) => e.id === id)?.label;

describe('gateway-many-services', () => {
  const cluster = load('gateway-many-services');
  const graph = toGraph(cluster);
  const ids = graph.nodes.map((n) => n.id);

  it('draws one Gateway before three routes, each leading to its Service', () => {
    expect(ids).toEqual(expect.arrayContaining(['client:external', 'gateway:default/public', 'route:default/graphql', 'route:default/checkout', 'route:default/auth']));
    for (const [route, service] of [['graphql', 'graphql-api'], ['checkout', 'checkout'], ['auth', 'auth']]) {
      expect(graph.edges.map((e) => e.id)).toEqual(expect.arrayContaining([`gateway:default/public->route:default/${route}`, `route:default/${route}->svc:default/${service}`]));
    }
    expect(graph.edges.find((e) => e.id === 'client:external->gateway:default/public')?.label).toBe('80');
    expect(graph.nodes.find((n) => n.id === 'gateway:default/public')?.data).toMatchObject({ subtitle: ['http HTTP 80 *.example.com'], simulated: true });
  });

  it.each([
    ['api.example.com', '/graphql', 'default/graphql-api'],
    ['shop.example.com', '/checkout/cart', 'default/checkout'],
    ['auth.example.com', '/login', 'default/auth'],
  ])('sends %s%s to %s, through the Gateway and the route to a Pod', (host, path, service) => {
    const t = request(cluster, { host, path });
    expect(t).toMatchObject({ status: 200, service });
    expect(t.hops.map((h) => h.at.split(':')[0])).toEqual(['client', 'gateway', 'route', 'route', 'pod']);
  });

  it('answers 404 for a host no route claims, and kse check is clean', () => {
    expect(request(cluster, { host: 'www.example.com', path: '/' })).toMatchObject({ status: 404, route: null });
    expect(findings(cluster)).toEqual([]);
  });
});

describe('gateway-canary', () => {
  const cluster = load('gateway-canary');

  it('labels the route\'s edges with the weights\' shares', () => {
    expect(edgeLabel(cluster, 'route:default/web->svc:default/web-stable')).toBe('/ → 80 · 90%');
    expect(edgeLabel(cluster, 'route:default/web->svc:default/web-canary')).toMatch(/x-canary=true → 80/);
    expect(edgeLabel(cluster, 'route:default/web->svc:default/web-canary')).toMatch(/\/ → 80 · 10%/);
  });

  it('splits rule 1 by weight: 90% over the three stable Pods, 10% to the one canary Pod', () => {
    const t = request(cluster, { host: 'www.example.com', path: '/' });
    expect(t).toMatchObject({ route: 'default/web', rule: 1, status: 200 });
    const share = (service: string) => t.backends.filter((b) => b.service === service).reduce((sum, b) => sum + b.probability, 0);
    expect(share('default/web-stable:80')).toBeCloseTo(0.9);
    expect(share('default/web-canary:80')).toBeCloseTo(0.1);
    expect(t.backends.filter((b) => b.service === 'default/web-stable:80')).toHaveLength(3);
  });

  it('sends every request with x-canary: true to the canary (rule 0), and kse check is clean', () => {
    const t = request(cluster, { host: 'www.example.com', path: '/', headers: [['x-canary', 'true']] });
    expect(t).toMatchObject({ rule: 0, service: 'default/web-canary' });
    expect(t.backends.map((b) => b.probability)).toEqual([1]);
    expect(findings(cluster)).toEqual([]);
  });
});

describe('gateway-cross-namespace', () => {
  const text = readFileSync(`${folder}gateway-cross-namespace.yaml`, 'utf8');
  const cluster = load('gateway-cross-namespace');
  const graph = toGraph(cluster);

  it('draws the route attached but refused a backend: a warning box, no edge to billing/invoices', () => {
    const route = graph.nodes.find((n) => n.id === 'route:shop/shop');
    expect(route?.data.problem).toBe('refs unresolved');
    expect(route?.data.subtitle).toContain('ResolvedRefs False: RefNotPermitted');
    const edges = graph.edges.map((e) => e.id);
    expect(edges).toEqual(expect.arrayContaining(['gateway:infra/shared->route:shop/shop', 'route:shop/shop->svc:payments/payments-api']));
    expect(edges).not.toContain('route:shop/shop->svc:billing/invoices');
  });

  it('delivers /pay to payments, answers /invoices with 500, and kse check names exactly that backendRef', () => {
    expect(request(cluster, { host: 'shop.example.com', path: '/pay' })).toMatchObject({ status: 200, service: 'payments/payments-api' });
    expect(request(cluster, { host: 'shop.example.com', path: '/invoices' })).toMatchObject({ status: 500, route: 'shop/shop', rule: 1, backend: null });
    expect(findings(cluster)).toEqual(['HTTPROUTE_REF_NOT_PERMITTED HTTPRoute/shop/shop']);
  });

  it('resolves the reference once billing grants it', () => {
    const grant = ['---', 'apiVersion: gateway.networking.k8s.io/v1beta1', 'kind: ReferenceGrant', 'metadata:', '  name: allow-shop-routes', '  namespace: billing', 'spec:', '  from:', '    - group: gateway.networking.k8s.io', '      kind: HTTPRoute', '      namespace: shop', '  to:', '    - group: ""', '      kind: Service', ''].join('\n');
    const granted = buildCluster([{ name: 'g.yaml', text: `${text}${grant}` }], { gatewayApi: true });
    const route = toGraph(granted).nodes.find((n) => n.id === 'route:shop/shop');
    expect(route?.data.problem).toBeUndefined();
    expect(toGraph(granted).edges.map((e) => e.id)).toContain('route:shop/shop->svc:billing/invoices');
    expect(request(granted, { host: 'shop.example.com', path: '/invoices' })).toMatchObject({ status: 200, service: 'billing/invoices' });
    expect(findings(granted)).toEqual([]);
  });
});

describe('gateway-hostname-conflict', () => {
  const cluster = load('gateway-hostname-conflict');
  const graph = toGraph(cluster);

  it('attaches both routes, neither with a warning', () => {
    for (const route of ['storefront', 'storefront-v2']) {
      expect(graph.edges.map((e) => e.id)).toContain(`gateway:default/shop->route:default/${route}`);
      expect(graph.nodes.find((n) => n.id === `route:default/${route}`)?.data.problem).toBeUndefined();
    }
  });

  it('gives /cart to the longer prefix and the tie on / to the first route by name; kse check is clean', () => {
    expect(request(cluster, { host: 'shop.example.com', path: '/cart' })).toMatchObject({ route: 'default/storefront-v2', service: 'default/storefront-v2' });
    expect(request(cluster, { host: 'shop.example.com', path: '/' })).toMatchObject({ route: 'default/storefront', service: 'default/storefront' });
    expect(findings(cluster)).toEqual([]);
  });
});
