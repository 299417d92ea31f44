import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../model/index.ts';
import { formatGet } from './get.ts';
import { findResourceType } from './resources.ts';

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
  hostnames: [web.example.com, www.example.com]
---
apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata: {name: allow}
spec:
  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: other}]
  to: [{group: '', kind: Service}]
`;

describe('kubectl get of Gateway API kinds (CRD printer columns)', () => {
  const cluster = buildCluster([{ name: 'in.yaml', text: MANIFEST }], { gatewayApi: true });
  const get = (...names: string[]) =>
    formatGet(cluster, {
      types: names.map((n) => findResourceType(n)!),
      names: [],
      namespace: 'default',
      allNamespaces: false,
      selector: [],
      output: 'table',
    }).stdout;

  it('knows the CRDs names: plural, singular and short names', () => {
    expect(['gatewayclasses', 'gc', 'gateway', 'gtw', 'httproutes', 'httproute', 'referencegrants', 'refgrant', 'httproutes.gateway.networking.k8s.io'].map((n) => findResourceType(n)?.kind))
      .toEqual(['GatewayClass', 'GatewayClass', 'Gateway', 'Gateway', 'HTTPRoute', 'HTTPRoute', 'ReferenceGrant', 'ReferenceGrant', 'HTTPRoute']);
  });

  it('prints the additionalPrinterColumns', () => {
    expect(get('gc')).toBe('NAME   CONTROLLER                       ACCEPTED   AGE\nkse    kse.example/gateway-controller   True       0s\n');
    expect(get('gtw')).toBe('NAME   CLASS   ADDRESS          PROGRAMMED   AGE\ngw     kse     198.51.100.187   True         0s\n');
    expect(get('httproutes')).toBe('NAME   HOSTNAMES                               AGE\nweb    ["web.example.com","www.example.com"]   0s\n');
    expect(get('refgrant')).toBe('NAME    AGE\nallow   0s\n');
  });
});
