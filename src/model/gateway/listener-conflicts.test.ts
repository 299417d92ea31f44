/**
 * Listeners one port cannot tell apart are Conflicted (gateway_types.go, "Handling indistinct
 * Listeners"): none of them is accepted or carries routes, the Gateway says which, and the other
 * listeners serve on.
 */
import { describe, expect, it } from 'vitest';
import { buildCluster, type Cluster } from '../index.ts';
import { selectListener } from './route-request.ts';
import type { Gateway, HTTPRoute } from './types.ts';

const manifest = (listeners: string): string => `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata: {name: example}
spec: {controllerName: example.com/gateway}
---
apiVersion: v1
kind: Secret
metadata: {name: cert}
type: kubernetes.io/tls
data: {tls.crt: "", tls.key: ""}
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  gatewayClassName: example
  listeners:
${listeners}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web}
spec:
  parentRefs: [{name: gw}]
  rules: [{backendRefs: [{name: web, port: 80}]}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: pinned}
spec:
  parentRefs: [{name: gw, sectionName: plain}]
  rules: [{backendRefs: [{name: web, port: 80}]}]
`;

const HTTP_AND_HTTPS_ON_80 = `  - {name: plain, port: 80, protocol: HTTP}
  - {name: secure, port: 80, protocol: HTTPS, tls: {certificateRefs: [{name: cert}]}}
  - {name: alt, port: 8080, protocol: HTTP}`;

const build = (listeners: string): Cluster => buildCluster([{ name: 'gw.yaml', text: manifest(listeners) }], { gatewayApi: true });
const gatewayOf = (cluster: Cluster): Gateway => cluster.gateways.find((e) => e.object.metadata.name === 'gw')!.object;
const routeOf = (cluster: Cluster, name: string): HTTPRoute => cluster.httpRoutes.find((e) => e.object.metadata.name === name)!.object;
const conditionsOf = (gateway: Gateway, listener: string) =>
  Object.fromEntries((gateway.status?.listeners?.find((l) => l.name === listener)?.conditions ?? []).map((c) => [c.type, [c.status, c.reason]]));

describe('listener conflicts', () => {
  it('HTTP and HTTPS on one port: both Conflicted (ProtocolConflict), not accepted, not programmed, carrying no route', () => {
    const cluster = build(HTTP_AND_HTTPS_ON_80);
    const gateway = gatewayOf(cluster);
    for (const name of ['plain', 'secure']) {
      expect(conditionsOf(gateway, name)).toMatchObject({
        Conflicted: ['True', 'ProtocolConflict'],
        Accepted: ['False', 'PortUnavailable'],
        Programmed: ['False', 'Invalid'],
      });
      expect(gateway.status?.listeners?.find((l) => l.name === name)?.attachedRoutes).toBe(0);
    }
    expect(conditionsOf(gateway, 'alt')).toMatchObject({ Conflicted: ['False', 'NoConflicts'], Accepted: ['True', 'Accepted'] });
    expect(gateway.status?.listeners?.find((l) => l.name === 'alt')?.attachedRoutes).toBe(1);
    const accepted = gateway.status?.conditions?.find((c) => c.type === 'Accepted');
    expect(accepted).toMatchObject({ status: 'True', reason: 'ListenersNotValid', message: 'Some listeners are not valid: conflicted: plain, secure; accepted: alt' });
  });

  it('a route pinned to a conflicted listener is not accepted, and says why; a request to that port finds no listener', () => {
    const cluster = build(HTTP_AND_HTTPS_ON_80);
    const accepted = routeOf(cluster, 'pinned').status?.parents[0]?.conditions.find((c) => c.type === 'Accepted');
    expect(accepted).toMatchObject({ status: 'False', reason: 'NotAllowedByListeners' });
    expect(accepted?.message).toContain('conflicted: Port 80 is shared by listeners of protocols HTTP, HTTPS');
    expect(routeOf(cluster, 'web').status?.parents[0]?.conditions.find((c) => c.type === 'Accepted')).toMatchObject({ status: 'True' });
    const gateway = gatewayOf(cluster);
    expect(selectListener(gateway, 80, 'a.example')).toBeUndefined();
    expect(selectListener(gateway, 8080, 'a.example')?.name).toBe('alt');
  });

  it('HTTPS and TLS share a port by SNI, and UDP is another transport: no conflict', () => {
    const gateway = gatewayOf(build(`  - {name: plain, port: 80, protocol: HTTP}
  - {name: secure, port: 443, protocol: HTTPS, hostname: a.example, tls: {certificateRefs: [{name: cert}]}}
  - {name: passthrough, port: 443, protocol: TLS, hostname: b.example, tls: {mode: Passthrough}}
  - {name: dns, port: 80, protocol: UDP}`));
    for (const name of ['plain', 'secure', 'passthrough', 'dns']) expect(conditionsOf(gateway, name).Conflicted).toEqual(['False', 'NoConflicts']);
  });

  it('TCP beside HTTP on one port conflicts, as the spec names', () => {
    const gateway = gatewayOf(build(`  - {name: plain, port: 80, protocol: HTTP}
  - {name: raw, port: 80, protocol: TCP}`));
    expect(conditionsOf(gateway, 'plain').Conflicted).toEqual(['True', 'ProtocolConflict']);
    expect(conditionsOf(gateway, 'raw').Conflicted).toEqual(['True', 'ProtocolConflict']);
  });
});

describe('kse check on a conflicted listener', () => {
  it('warns that the pinned route is not accepted, with the fix for a conflict rather than for namespaces', () => {
    const cluster = build(HTTP_AND_HTTPS_ON_80);
    const finding = cluster.diagnostics.find((d) => d.code === 'HTTPROUTE_NOT_ACCEPTED');
    expect(finding?.message).toContain('Give the conflicting listeners different ports');
    expect(finding?.message).not.toContain('allowedRoutes');
  });
});

describe('the listener a request takes', () => {
  it('exact hostname first, then the wildcard with the most dots right of the *, then the listener without a hostname', () => {
    const gateway = gatewayOf(build(`  - {name: any, port: 80, protocol: HTTP}
  - {name: long, port: 80, protocol: HTTP, hostname: "*.averyveryverylongdomain.com"}
  - {name: deep, port: 80, protocol: HTTP, hostname: "*.b.averyveryverylongdomain.com"}
  - {name: exact, port: 80, protocol: HTTP, hostname: "a.b.averyveryverylongdomain.com"}`));
    expect(selectListener(gateway, 80, 'a.b.averyveryverylongdomain.com')?.name).toBe('exact');
    expect(selectListener(gateway, 80, 'c.b.averyveryverylongdomain.com')?.name).toBe('deep');
    expect(selectListener(gateway, 80, 'c.averyveryverylongdomain.com')?.name).toBe('long');
    expect(selectListener(gateway, 80, 'elsewhere.example')?.name).toBe('any');
  });
});
