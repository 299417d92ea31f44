/**
 * Boxes folded into a group box (present/graph/aggregate.ts): which group stands for a member, and
 * the member itself as a box, for the Details panel, the packet and the selection. Indexed once per
 * graph: a group of 30,000 Pods is looked up on every selection.
 */
import type { Graph, GraphNode } from '../../../../present/graph/index.ts';

interface Index {
  /** Member id → the group box that stands for it. */
  readonly standIn: ReadonlyMap<string, GraphNode>;
}

const indexes = new WeakMap<Graph, Index>();

function indexOf(graph: Graph): Index {
  const cached = indexes.get(graph);
  if (cached !== undefined) return cached;
  const standIn = new Map<string, GraphNode>();
  for (const node of graph.nodes) for (const member of node.data.members ?? []) standIn.set(member.id, node);
  const index = { standIn };
  indexes.set(graph, index);
  return index;
}

/** The box drawn for `id`: the box itself, or the group it was folded into, or undefined. */
export function drawnBoxOf(graph: Graph | undefined, id: string | undefined): string | undefined {
  if (graph === undefined || id === undefined) return id;
  return indexOf(graph).standIn.get(id)?.id ?? id;
}

/**
 * The box with id `id`; for a member of a group, a box made of what the group knows of it (its
 * title, state and object), placed where its group is.
 */
export function nodeOrMember(graph: Graph | undefined, id: string | undefined): GraphNode | undefined {
  if (graph === undefined || id === undefined) return undefined;
  const drawn = graph.nodes.find((n) => n.id === id);
  if (drawn !== undefined) return drawn;
  const group = indexOf(graph).standIn.get(id);
  const member = group?.data.members?.find((m) => m.id === id);
  if (group === undefined || member === undefined) return undefined;
  const { title, namespace, objectKey, source, status } = member;
  return {
    ...group,
    id,
    data: {
      title,
      subtitle: [`one of ${group.data.title}: ${group.data.subtitle[0] ?? ''}`],
      badges: [],
      simulated: false,
      ...(namespace === undefined ? {} : { namespace }),
      ...(objectKey === undefined ? {} : { objectKey }),
      ...(source === undefined ? {} : { source }),
      ...(status === undefined ? {} : { status }),
    },
  };
}
