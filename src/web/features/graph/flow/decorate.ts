/**
 * The state on top of the elements: the selected box, the box the packet is at, and the edges it
 * has travelled. Only the few elements concerned get new objects; the rest stay as they were.
 */
import type { BoxNode, PortEdge } from './to-flow.ts';

export const PACKET_AT_CLASS = 'kse-packet-at';

export function decorateNodes(nodes: BoxNode[], selected: string | undefined, packetAt: string | undefined): BoxNode[] {
  if (selected === undefined && packetAt === undefined) return nodes;
  return nodes.map((node) =>
    node.id === selected || node.id === packetAt
      ? { ...node, selected: node.id === selected, ...(node.id === packetAt && { className: PACKET_AT_CLASS }) }
      : node,
  );
}

export function decorateEdges(edges: PortEdge[], trail: ReadonlySet<string>): PortEdge[] {
  if (trail.size === 0) return edges;
  return edges.map((edge) => (trail.has(edge.id) && edge.data ? { ...edge, hidden: false, data: { ...edge.data, trail: true }, zIndex: 1 } : edge));
}
