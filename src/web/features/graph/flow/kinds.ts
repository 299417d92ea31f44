import type { GraphNodeKind } from '../../../../present/graph/index.ts';

/** What each kind of box is, in the API's words, for notches, tooltips and screen readers. */
export const KIND_LABEL: Readonly<Record<GraphNodeKind, string>> = {
  client: 'Client',
  loadBalancer: 'Load balancer',
  node: 'Node',
  service: 'Service',
  endpointSlice: 'EndpointSlice',
  pod: 'Pod',
  endpointAddress: 'Endpoint address',
  externalName: 'External name',
  ingress: 'Ingress',
  gateway: 'Gateway',
  route: 'HTTPRoute',
  dnsAnswer: 'DNS answer',
};
