/**
 * The endpoints of `default/kubernetes`: a selector-less Service whose Endpoints and EndpointSlice
 * the apiserver writes itself, pointing at the control-plane Nodes
 * (pkg/controlplane/reconcilers/endpointsadapter.go: endpointSliceFromEndpoints; the Endpoints
 * carries `endpointslice.kubernetes.io/skip-mirror` so the mirroring controller leaves it alone).
 */
import type { Endpoints, EndpointSlice, Entry, Node } from '../objects.ts';
import { APISERVER_PORT } from './builtins.ts';

export function apiserverEndpoints(
  nodes: readonly Entry<Node>[],
  createdAt: string | undefined,
): { endpoints: Endpoints; slice: EndpointSlice } | undefined {
  const controlPlane = nodes.filter((n) => n.object.metadata?.labels?.['node-role.kubernetes.io/control-plane'] !== undefined);
  const addresses = (controlPlane.length > 0 ? controlPlane : nodes.slice(0, 1))
    .map((n) => n.object.status?.addresses?.find((a) => a.type === 'InternalIP')?.address)
    .filter((ip): ip is string => ip !== undefined);
  if (addresses.length === 0) return undefined;
  const port = { name: 'https', port: APISERVER_PORT, protocol: 'TCP' };
  return {
    endpoints: {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'kubernetes', namespace: 'default', creationTimestamp: createdAt, labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
      subsets: [{ addresses: addresses.map((ip) => ({ ip })), ports: [port] }],
    },
    slice: {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: 'kubernetes', namespace: 'default', creationTimestamp: createdAt, labels: { 'kubernetes.io/service-name': 'kubernetes' } },
      addressType: 'IPv4',
      endpoints: addresses.map((ip) => ({ addresses: [ip], conditions: { ready: true } })),
      ports: [port],
    },
  };
}
