import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster.ts';
import type { Cluster } from '../cluster-types.ts';
import { trace } from './trace.ts';
import type { Trace, TraceRequest } from './types.ts';

const MANIFEST = `apiVersion: v1
kind: Pod
metadata: {name: api-1, namespace: default, labels: {app: api}}
spec: {containers: [{name: c, image: nginx, ports: [{name: http, containerPort: 8080}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: api-2, namespace: default, labels: {app: api}}
spec: {containers: [{name: c, image: nginx, ports: [{name: http, containerPort: 8080}]}]}
---
apiVersion: v1
kind: Service
metadata: {name: api, namespace: default}
spec:
  selector: {app: api}
  ports: [{name: http, port: 80, targetPort: http}]
---
apiVersion: v1
kind: Service
metadata: {name: empty, namespace: default}
spec:
  selector: {app: none}
  ports: [{name: http, port: 80, targetPort: 80}]
---
apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata: {name: nginx}
spec: {controller: k8s.io/ingress-nginx}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: web, namespace: default}
spec:
  ingressClassName: nginx
  tls: [{hosts: [app.example.com], secretName: app-tls}]
  rules:
    - host: app.example.com
      http:
        paths:
          - {path: /api, pathType: Prefix, backend: {service: {name: api, port: {number: 80}}}}
          - {path: /empty, pathType: Prefix, backend: {service: {name: empty, port: {name: http}}}}
          - {path: /gone, pathType: Exact, backend: {service: {name: gone, port: {number: 80}}}}
`;

const cluster: Cluster = Object.freeze(buildCluster([{ name: 'm.yaml', text: MANIFEST }]));

function ok(request: TraceRequest): Trace {
  const result = trace(cluster, request);
  if (!result.ok) throw new Error(result.error.message);
  return result.trace;
}

describe('trace via ingress', () => {
  it('terminates TLS at the Ingress and proxies straight to a Pod, not through the ClusterIP', () => {
    const t = ok({ via: 'ingress', host: 'app.example.com', path: '/api/users' });
    expect([t.service, t.backend, t.delivered]).toEqual(['default/api', 'default/api:80', true]);
    expect(t.hops.map((h) => h.at)).toEqual(['client:external', 'ingress:default/web', 'ingress:default/web', t.backends[0]?.at]);
    expect(t.hops[0]?.dst.endsWith(':443')).toBe(true);
    expect(t.hops[1]?.action).toBe('terminate TLS (Secret default/app-tls)');
    expect(t.hops[2]?.dst).toMatch(/^10\.244\.\d+\.\d+:8080$/);
    expect(t.backends.map((b) => b.probability)).toEqual([0.5, 0.5]);
    expect(t.hops.some((h) => h.at.startsWith('svc:'))).toBe(false);
    expect(t.notes.join('\n')).toMatch(/IngressClass nginx: controller k8s\.io\/ingress-nginx/);
  });

  it.each<[string, TraceRequest, string | null, string | null, RegExp]>([
    ['no rule and no default backend', { via: 'ingress', host: 'app.example.com', path: '/apix' }, null, null, /^no Ingress rule matches host app\.example\.com and path \/apix/],
    ['a host no rule names', { via: 'ingress', host: 'other.example.com', path: '/api' }, null, null, /no Ingress rule matches/],
    ['a Service without ready endpoints', { via: 'ingress', host: 'app.example.com', path: '/empty' }, 'default/empty', 'default/empty:http', /has no ready endpoints/],
    ['a Service that does not exist', { via: 'ingress', host: 'app.example.com', path: '/gone' }, 'default/gone', 'default/gone:80', /service "gone" not found/],
  ])('is not delivered: %s', (_name, request, service, backend, reason) => {
    const t = ok(request);
    expect([t.delivered, t.service, t.backend]).toEqual([false, service, backend]);
    expect(t.reason).toMatch(reason);
  });

  it('checks a named Service against the one the rules choose', () => {
    expect(ok({ via: 'ingress', service: 'api', host: 'app.example.com', path: '/api' }).service).toBe('default/api');
    const result = trace(cluster, { via: 'ingress', service: 'empty', host: 'app.example.com', path: '/api' });
    expect(result.ok ? null : result.error.message).toBe('the Ingress rules send https://app.example.com/api to default/api, not to default/empty');
  });

  it('takes a host and a path only via ingress', () => {
    const result = trace(cluster, { service: 'api', host: 'app.example.com' });
    expect(result.ok ? null : result.error.reason).toBe('BadRequest');
  });
});
