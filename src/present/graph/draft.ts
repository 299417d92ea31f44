/**
 * The graph before layout: boxes with their column and content, edges with merged labels.
 * One draft is built per toGraph call and never escapes it.
 */
import type { Entry } from '../../model/index.ts';
import type { GraphEdgeKind, GraphNodeData, GraphNodeKind } from './types.ts';

/** Left-to-right columns: the order in which a packet meets each role. */
export const COLUMN = {
  client: 0,
  /** Ingress, Gateway and load balancer: the first hop of traffic from outside. */
  entry: 1,
  node: 2,
  /** HTTPRoutes: the rules a Gateway's listener chooses a backend by. */
  route: 3,
  service: 4,
  /** EndpointSlices and DNS answers: where the Service's name or address is turned into backends. */
  lookup: 5,
  /** Pods, endpoints without a Pod, external names. */
  backend: 6,
} as const;

/** The column each kind of box stands in. */
export const COLUMN_OF: Readonly<Record<GraphNodeKind, number>> = {
  client: COLUMN.client,
  loadBalancer: COLUMN.entry,
  ingress: COLUMN.entry,
  gateway: COLUMN.entry,
  node: COLUMN.node,
  route: COLUMN.route,
  service: COLUMN.service,
  endpointSlice: COLUMN.lookup,
  dnsAnswer: COLUMN.lookup,
  pod: COLUMN.backend,
  endpointAddress: COLUMN.backend,
  externalName: COLUMN.backend,
};

/** The object behind a box: its key, and where its text is, for selecting it in the editor. */
export function objectRef(entry: Entry<object>): Pick<GraphNodeData, 'objectKey' | 'source'> {
  return entry.source === undefined ? { objectKey: entry.key } : { objectKey: entry.key, source: entry.source };
}

export interface DraftNode {
  readonly id: string;
  readonly kind: GraphNodeKind;
  readonly column: number;
  readonly data: GraphNodeData;
  /** The slice whose grid holds this Pod, when the slice has too many Pods to stack. */
  readonly grid?: string;
}

export interface DraftEdge {
  readonly source: string;
  readonly target: string;
  readonly kind: GraphEdgeKind;
  readonly labels: string[];
}

export interface Draft {
  readonly nodes: Map<string, DraftNode>;
  readonly edges: Map<string, DraftEdge>;
}

export function createDraft(): Draft {
  return { nodes: new Map(), edges: new Map() };
}

/**
 * Adds a box. A box shared by several Services (a Node, a Pod in two Services) keeps what it was
 * first given and gains the subtitle lines and badges it did not have yet (a Node's second nodePort).
 */
export function addNode(draft: Draft, node: DraftNode): void {
  const existing = draft.nodes.get(node.id);
  if (existing === undefined) {
    draft.nodes.set(node.id, node);
    return;
  }
  const subtitle = [...existing.data.subtitle, ...node.data.subtitle.filter((line) => !existing.data.subtitle.includes(line))];
  const badges = [...existing.data.badges, ...node.data.badges.filter((badge) => !existing.data.badges.includes(badge))];
  draft.nodes.set(node.id, { ...existing, data: { ...existing.data, subtitle, badges } });
}

/** Adds an edge, or adds the label to the edge already there (one edge carries every port). */
export function addEdge(draft: Draft, source: string, target: string, kind: GraphEdgeKind, label?: string): void {
  const id = `${source}->${target}`;
  const edge = draft.edges.get(id) ?? { source, target, kind, labels: [] };
  if (label !== undefined && label !== '' && !edge.labels.includes(label)) edge.labels.push(label);
  draft.edges.set(id, edge);
}
