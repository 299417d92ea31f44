import type { NodeTypes } from '@xyflow/react';
import type { GraphNodeKind } from '../../../../present/graph/index.ts';
import { ClientBox } from './ClientBox.tsx';
import { DnsAnswerBox } from './DnsAnswerBox.tsx';
import { EndpointAddressBox } from './EndpointAddressBox.tsx';
import { EndpointSliceBox } from './EndpointSliceBox.tsx';
import { ExternalNameBox } from './ExternalNameBox.tsx';
import { GatewayBox } from './GatewayBox.tsx';
import { IngressBox } from './IngressBox.tsx';
import { LoadBalancerBox } from './LoadBalancerBox.tsx';
import { NodeBox } from './NodeBox.tsx';
import { PodBox } from './PodBox.tsx';
import { RouteBox } from './RouteBox.tsx';
import { ServiceBox } from './ServiceBox.tsx';

/** One component per kind of box; declared once, so React Flow never remounts the boxes. */
export const NODE_TYPES = {
  client: ClientBox,
  loadBalancer: LoadBalancerBox,
  node: NodeBox,
  service: ServiceBox,
  endpointSlice: EndpointSliceBox,
  pod: PodBox,
  endpointAddress: EndpointAddressBox,
  dnsAnswer: DnsAnswerBox,
  externalName: ExternalNameBox,
  ingress: IngressBox,
  gateway: GatewayBox,
  route: RouteBox,
} satisfies Record<GraphNodeKind, NodeTypes[string]>;
