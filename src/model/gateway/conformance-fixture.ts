/**
 * Test support: a cluster built from the Gateway API conformance suite's manifests
 * (testdata/conformance), with a GatewayClass for `{GATEWAY_CLASS_NAME}` and the certificate
 * Secret the suite creates before running (conformance/utils/suite: tls-validity-checks-certificate).
 * Imported by tests only; reads the files through the caller's `read`, so the model stays pure.
 */
import { buildCluster } from '../cluster.ts';
import type { Cluster } from '../cluster-types.ts';
import type { Condition, Gateway, HTTPRoute } from './types.ts';

export const CLASS_NAME = 'kse-conformance';

const SUPPORT = `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata: {name: ${CLASS_NAME}}
spec: {controllerName: kse.example/conformance}
---
apiVersion: v1
kind: Secret
metadata: {name: tls-validity-checks-certificate, namespace: gateway-conformance-infra}
type: kubernetes.io/tls
data: {tls.crt: "", tls.key: ""}
`;

export function conformanceCluster(read: (file: string) => string, ...tests: string[]): Cluster {
  const files = ['base-manifests', ...tests].map((name) => ({ name: `${name}.yaml`, text: read(`${name}.yaml`).replaceAll('{GATEWAY_CLASS_NAME}', CLASS_NAME) }));
  return buildCluster([{ name: 'support.yaml', text: SUPPORT }, ...files], { gatewayApi: true });
}

export function routeOf(cluster: Cluster, namespace: string, name: string): HTTPRoute {
  const found = cluster.httpRoutes.find((e) => e.object.metadata.namespace === namespace && e.object.metadata.name === name);
  if (!found) throw new Error(`no HTTPRoute ${namespace}/${name}: ${cluster.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join('; ')}`);
  return found.object;
}

export function gatewayOf(cluster: Cluster, namespace: string, name: string): Gateway {
  const found = cluster.gateways.find((e) => e.object.metadata.namespace === namespace && e.object.metadata.name === name);
  if (!found) throw new Error(`no Gateway ${namespace}/${name}`);
  return found.object;
}

/** The route's condition of this type for the parent Gateway `ns/name`. */
export function routeCondition(route: HTTPRoute, gateway: string, type: string): Pick<Condition, 'status' | 'reason'> | undefined {
  const parent = route.status?.parents.find((p) => `${p.parentRef.namespace ?? route.metadata.namespace}/${p.parentRef.name}` === gateway);
  const found = parent?.conditions.find((c) => c.type === type);
  return found && { status: found.status, reason: found.reason };
}
