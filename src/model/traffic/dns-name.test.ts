import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster.ts';
import type { Cluster } from '../cluster-types.ts';
import { trace } from './trace.ts';
import type { Trace, TraceRequest } from './types.ts';

const MANIFEST = `apiVersion: v1
kind: Pod
metadata: {name: web-1, namespace: shop, labels: {app: web}}
spec:
  containers: [{name: c, image: nginx, ports: [{name: http, containerPort: 8080}]}]
---
apiVersion: v1
kind: Pod
metadata: {name: curl, namespace: shop}
spec:
  containers: [{name: c, image: curl}]
---
apiVersion: v1
kind: Pod
metadata: {name: host, namespace: shop}
spec:
  hostNetwork: true
  containers: [{name: c, image: curl}]
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: http}]
---
apiVersion: v1
kind: Service
metadata: {name: db, namespace: shop}
spec:
  clusterIP: None
  selector: {app: web}
  ports: [{port: 8080}]
`;

const cluster: Cluster = Object.freeze(buildCluster([{ name: 'm.yaml', text: MANIFEST }]));
const webIP = cluster.services.find((s) => s.object.metadata?.name === 'web')?.object.spec?.clusterIP ?? '';

function ok(request: TraceRequest): Trace {
  const result = trace(cluster, request);
  if (!result.ok) throw new Error(result.error.message);
  return result.trace;
}

function error(request: TraceRequest): string {
  const result = trace(cluster, request);
  return result.ok ? '' : result.error.message;
}

describe('trace with a name: the client asks cluster DNS first', () => {
  it.each<[string, string]>([
    ['web', `A? web → web.shop.svc.cluster.local. A ${webIP}`],
    ['web.shop', `A? web.shop → web.shop.shop.svc.cluster.local. NXDOMAIN; web.shop.svc.cluster.local. A ${webIP}`],
    // 4 dots, fewer than ndots:5: glibc walks the whole search list before the name as it is.
    [
      'web.shop.svc.cluster.local',
      `A? web.shop.svc.cluster.local → web.shop.svc.cluster.local.shop.svc.cluster.local. NXDOMAIN; web.shop.svc.cluster.local.svc.cluster.local. NXDOMAIN; web.shop.svc.cluster.local.cluster.local. NXDOMAIN; web.shop.svc.cluster.local. A ${webIP}`,
    ],
    ['web.shop.svc.cluster.local.', `A? web.shop.svc.cluster.local. → web.shop.svc.cluster.local. A ${webIP}`],
  ])('%s', (name, action) => {
    const t = ok({ service: 'web', namespace: 'shop', from: 'pod/curl', name });
    const dns = t.hops[0];
    const curl = cluster.pods.find((p) => p.object.metadata?.name === 'curl')?.object.status?.podIP ?? '';
    expect(dns?.action).toBe(action);
    expect(dns?.at).toBe('client:pod/shop/curl');
    expect(dns?.src.split(':')[0]).toBe(curl);
    expect(dns?.dst).toBe('10.96.0.10:53');
    expect(t.hops[1]?.action).toBe(`connect to ${webIP}:80`);
    expect(t.delivered).toBe(true);
  });

  it('leaves the trace without a name unchanged', () => {
    expect(ok({ service: 'web', namespace: 'shop' }).hops[0]?.action).toBe(`connect to ${webIP}:80`);
  });

  it('stops at NXDOMAIN, naming every name tried', () => {
    const t = ok({ service: 'web', namespace: 'shop', name: 'wbe' });
    expect(t.delivered).toBe(false);
    expect(t.hops).toHaveLength(1);
    // The single label wbe. goes upstream last, where it is no TLD: NXDOMAIN, assumed.
    expect(t.reason).toBe(
      'NXDOMAIN: wbe does not resolve; the resolver tried wbe.shop.svc.cluster.local. NXDOMAIN; wbe.svc.cluster.local. NXDOMAIN; ' +
        'wbe.cluster.local. NXDOMAIN; wbe. NXDOMAIN (assumed: upstream not simulated)',
    );
    expect(t.simulated.some((s) => s.includes('of the DNS query'))).toBe(true);
  });

  it.each<[string, TraceRequest, string]>([
    ['another Service', { service: 'web', namespace: 'shop', name: 'kubernetes.default' }, 'kubernetes.default resolves to 10.96.0.1, the ClusterIP of Service default/kubernetes'],
    ['an external client', { service: 'web', namespace: 'shop', from: 'external', via: 'clusterip', name: 'web' }, 'an external client does not ask cluster DNS: a name goes with a client Pod'],
    ['a host-network Pod (ClusterFirst falls back to Default)', { service: 'web', namespace: 'shop', from: 'pod/host', name: 'web' }, 'pod "host" has dnsPolicy ClusterFirst on the host network'],
    ['a headless Service asked by another name', { service: 'db', namespace: 'shop', name: 'web' }, `web resolves to ${webIP} (web.shop.svc.cluster.local.), not a name of Service shop/db`],
  ])('refuses %s', (_, request, message) => {
    expect(error(request)).toContain(message);
  });

  it('lets the name choose what a headless Service is asked', () => {
    const t = ok({ service: 'db', namespace: 'shop', name: 'db' });
    expect(t.hops.map((h) => h.action.split(' → ')[0])).toEqual(['A? db', expect.stringMatching(/^answer: A /), expect.stringMatching(/^deliver to /)]);
    expect(t.hops[1]?.dst).toBe(t.hops[0]?.src);
  });
});
