import { describe, expect, it } from 'vitest';
import type { Entry, Ingress } from '../objects.ts';
import { matchHost, matchIngress, matchPath } from './match.ts';

describe('matchHost (IngressRule.host)', () => {
  it.each<[string | undefined, string | undefined, string | undefined]>([
    ['foo.bar.com', 'foo.bar.com', 'precise'],
    ['foo.bar.com', 'FOO.bar.com', 'precise'],
    ['foo.bar.com', 'bar.com', undefined],
    ['*.foo.com', 'bar.foo.com', 'wildcard'],
    ['*.foo.com', 'baz.bar.foo.com', undefined],
    ['*.foo.com', 'foo.com', undefined],
    ['*.foo.com', '.foo.com', undefined],
    [undefined, 'anything.example', 'any'],
    [undefined, undefined, 'any'],
    ['foo.bar.com', undefined, undefined],
  ])('rule %s, request %s → %s', (rule, host, want) => {
    expect(matchHost(rule, host)).toBe(want);
  });
});

describe('matchPath (ingress.md "Examples" table)', () => {
  it.each<[string, string, string, boolean | undefined]>([
    ['Prefix', '/', '/anything/at/all', true],
    ['Exact', '/foo', '/foo', true],
    ['Exact', '/foo', '/bar', false],
    ['Exact', '/foo', '/foo/', false],
    ['Exact', '/foo/', '/foo', false],
    ['Exact', '/foo', '/Foo', false],
    ['Prefix', '/foo', '/foo/', true],
    ['Prefix', '/foo/', '/foo', true],
    ['Prefix', '/aaa/bb', '/aaa/bbb', false],
    ['Prefix', '/aaa/bbb', '/aaa/bbb', true],
    ['Prefix', '/aaa/bbb/', '/aaa/bbb', true],
    ['Prefix', '/aaa/bbb', '/aaa/bbb/', true],
    ['Prefix', '/aaa/bbb', '/aaa/bbb/ccc', true],
    ['Prefix', '/aaa/bbb', '/aaa/bbbxyz', false],
    ['Prefix', '/foo', '/foobar', false],
    ['Prefix', '/aaa', '/ccc', false],
    ['ImplementationSpecific', '/foo', '/foo', undefined],
  ])('%s %s, request %s → %s', (pathType, rulePath, request, want) => {
    expect(matchPath(pathType, rulePath, request)).toBe(want);
  });
});

type Path = { path: string; pathType: string; service: string };

function ingress(name: string, rules: { host?: string; paths: Path[] }[], extra: Partial<NonNullable<Ingress['spec']>> = {}): Entry<Ingress> {
  const object: Ingress = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name, namespace: 'default' },
    spec: {
      ...extra,
      rules: rules.map((r) => ({
        ...(r.host === undefined ? {} : { host: r.host }),
        http: { paths: r.paths.map((p) => ({ path: p.path, pathType: p.pathType, backend: { service: { name: p.service, port: { number: 80 } } } })) },
      })),
    },
  };
  return Object.freeze({ key: `Ingress/default/${name}`, object, origin: 'input', simulated: [] });
}

const p = (path: string, pathType: string, service: string): Path => ({ path, pathType, service });

describe('matchIngress', () => {
  const fanout = ingress('fanout', [
    { host: 'app.example.com', paths: [p('/', 'Prefix', 'root'), p('/api', 'Prefix', 'api'), p('/api/v2', 'Prefix', 'v2'), p('/api', 'Exact', 'api-exact'), p('/raw', 'ImplementationSpecific', 'raw')] },
    { host: '*.example.com', paths: [p('/', 'Prefix', 'tenant')] },
    { paths: [p('/', 'Prefix', 'catch-all')] },
  ], { tls: [{ hosts: ['app.example.com'], secretName: 'app-tls' }] });

  it.each<[string | undefined, string, string | undefined]>([
    ['app.example.com', '/api/users', 'api'],
    ['app.example.com', '/api/v2/users', 'v2'],
    ['app.example.com', '/api', 'api-exact'],
    ['app.example.com', '/apix', 'root'],
    ['app.example.com', '/raw', 'root'],
    ['acme.example.com', '/x', 'tenant'],
    ['a.b.example.com', '/x', 'catch-all'],
    [undefined, '/x', 'catch-all'],
  ])('host %s path %s → %s (longest match, Exact over Prefix, most specific host first)', (host, path, service) => {
    expect(matchIngress([fanout], { host, path }).route?.backend.service?.name).toBe(service);
  });

  it('names the TLS Secret when a tls entry covers the host', () => {
    expect(matchIngress([fanout], { host: 'app.example.com', path: '/' }).route).toMatchObject({ tls: true, tlsSecret: 'app-tls' });
    expect(matchIngress([fanout], { host: 'acme.example.com', path: '/' }).route).toMatchObject({ tls: false, tlsSecret: undefined });
  });

  it('does not guess ImplementationSpecific: the path is left out with a note naming the controller', () => {
    const only = ingress('only', [{ host: 'h.example', paths: [p('/raw', 'ImplementationSpecific', 'raw')] }], { ingressClassName: 'nginx' });
    const match = matchIngress([only], { host: 'h.example', path: '/raw' }, new Map([['nginx', 'k8s.io/ingress-nginx']]));
    expect(match.route).toBeUndefined();
    expect(match.notes.join('\n')).toMatch(/ImplementationSpecific: how it matches is up to k8s\.io\/ingress-nginx \(IngressClass nginx\)/);
  });

  it('falls back to spec.defaultBackend, else matches nothing', () => {
    const rules = ingress('rules', [{ host: 'h.example', paths: [p('/a', 'Prefix', 'a')] }]);
    const withDefault = ingress('dflt', [], { defaultBackend: { service: { name: 'fallback', port: { number: 80 } } } });
    expect(matchIngress([rules], { host: 'h.example', path: '/b' }).route).toBeUndefined();
    const match = matchIngress([rules, withDefault], { host: 'h.example', path: '/b' });
    expect([match.route?.backend.service?.name, match.route?.rule]).toEqual(['fallback', undefined]);
  });

  it('prefers the Ingress applied first when two rules tie', () => {
    const first = ingress('first', [{ host: 'h.example', paths: [p('/a', 'Prefix', 'one')] }]);
    const second = ingress('second', [{ host: 'h.example', paths: [p('/a', 'Prefix', 'two')] }]);
    expect(matchIngress([first, second], { host: 'h.example', path: '/a' }).route?.ingress.object.metadata?.name).toBe('first');
  });
});
