/**
 * The state on top of the elements: the selected box, the box the packet is at, the boxes marked
 * (a runtime event just changed them, a finding is about them), and the edges the packet has
 * travelled. Only the few elements concerned get new objects; the rest stay as they were.
 */
import type { BoxNode, PortEdge } from './to-flow.ts';

export const PACKET_AT_CLASS = 'kse-packet-at';

export function decorateNodes(
  nodes: BoxNode[],
  selected: string | undefined,
  packetAt: string | undefined,
  marks: ReadonlyMap<string, string> = new Map(),
): BoxNode[] {
  if (selected === undefined && packetAt === undefined && marks.size === 0) return nodes;
  return nodes.map((node) => {
    const mark = marks.get(node.id);
    if (node.id !== selected && node.id !== packetAt && mark === undefined) return node;
    const className = [node.id === packetAt ? PACKET_AT_CLASS : '', mark ?? ''].filter(Boolean).join(' ');
    return { ...node, selected: node.id === selected, ...(className !== '' && { className }) };
  });
}

/**
 * The edges React Flow is given: the hidden ones are left out unless the packet travels them. A hidden
 * edge draws nothing, yet React Flow keeps a wrapper and store subscriptions for each, run on every
 * answer: a 1,000-Pod grid's 999 hidden edges cost the page more than the drawn ones.
 */
export function decorateEdges(edges: PortEdge[], trail: ReadonlySet<string>): PortEdge[] {
  const drawn = edges.some((edge) => edge.hidden === true) ? edges.filter((edge) => edge.hidden !== true || trail.has(edge.id)) : edges;
  if (trail.size === 0) return drawn;
  return drawn.map((edge) => (trail.has(edge.id) && edge.data ? { ...edge, hidden: false, data: { ...edge.data, trail: true }, zIndex: 1 } : edge));
}
