/**
 * The Graph as React Flow nodes and edges, at the positions the pure layout gave them. The model
 * sends a fresh Graph on every keystroke; boxes and edges whose content did not change keep their
 * previous objects, so React Flow and the memoised boxes skip them.
 */
import type { Edge, Node } from '@xyflow/react';
import type { EdgeLabelBox, Graph, GraphEdge, GraphEdgeKind, GraphNode, GraphNodeKind, Point, PodStatus } from '../../../../present/graph/index.ts';
import { routePath } from '../../../../present/graph/path.ts';

import { KIND_LABEL } from './kinds.ts';
import { knownHandles } from './known-handles.ts';

/** What a box shows: GraphNodeData without what only the editor needs (source ranges, object keys). */
export type BoxData = {
  readonly title: string;
  readonly subtitle: readonly string[];
  readonly badges: readonly string[];
  readonly status?: PodStatus;
  readonly simulated: boolean;
  readonly compact?: boolean;
  readonly namespace?: string;
  /** On a group box (present/graph/aggregate.ts): how many boxes it stands for. */
  readonly group?: number;
  /** Why the object carries no traffic (an HTTPRoute not accepted): a warning notch on the border. */
  readonly problem?: string;
};

export type BoxNode = Node<BoxData, GraphNodeKind>;

export type PortEdgeData = {
  readonly kind: GraphEdgeKind;
  readonly label?: string;
  /** The route the layout gave the edge, as an SVG path (the same one the exported SVG draws). */
  readonly path: string;
  readonly labelBox?: EdgeLabelBox;
  /** Travelled by the packet so far. */
  readonly trail?: boolean;
  /**
   * Into a compact grid of Pods: hundreds of these would drown the rest (and cost the page a
   * path each), so only the first edge into each grid is drawn, faint, unless the packet takes one.
   */
  readonly faint?: boolean;
};

export type PortEdge = Edge<PortEdgeData, 'port'>;

export interface FlowElements {
  readonly nodes: BoxNode[];
  readonly edges: PortEdge[];
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((item, i) => item === b[i]);

function sameData(shown: BoxData, next: GraphNode['data']): boolean {
  return (
    shown.title === next.title &&
    shown.status === next.status &&
    shown.simulated === next.simulated &&
    shown.compact === next.compact &&
    shown.namespace === next.namespace &&
    shown.group === next.members?.length &&
    shown.problem === next.problem &&
    sameList(shown.subtitle, next.subtitle) &&
    sameList(shown.badges, next.badges)
  );
}

function toData({ title, subtitle, badges, status, simulated, compact, namespace, members, problem }: GraphNode['data']): BoxData {
  // The members themselves stay out: the Details panel reads them from the graph when the group is chosen.
  return { title, subtitle, badges, simulated, ...(status && { status }), ...(compact && { compact }), ...(namespace !== undefined && { namespace }), ...(members && { group: members.length }), ...(problem !== undefined && { problem }) };
}

/** `Service web in monitoring: ClusterIP 10.96.0.20:80, NodePort` */
function describeBox(kind: GraphNodeKind, data: BoxData): string {
  const where = data.namespace === undefined ? '' : ` in ${data.namespace}`;
  const details = [...data.subtitle, ...data.badges, ...(data.status ? [data.status] : []), ...(data.problem ? [data.problem] : []), ...(data.simulated ? ['simulated'] : [])];
  return `${KIND_LABEL[kind]} ${data.title}${where}: ${details.join(', ')}`;
}

function toNode(node: GraphNode, previous: BoxNode | undefined): BoxNode {
  const keepData = previous !== undefined && previous.type === node.kind && sameData(previous.data, node.data);
  const samePlace = previous?.position.x === node.x && previous.position.y === node.y && previous.width === node.width && previous.height === node.height;
  if (keepData && samePlace) return previous;
  const data = keepData ? previous.data : toData(node.data);
  return {
    id: node.id,
    type: node.kind,
    position: { x: node.x, y: node.y },
    width: node.width,
    height: node.height,
    handles: knownHandles(node.width, node.height),
    data,
    connectable: false,
    ariaLabel: keepData ? previous.ariaLabel : describeBox(node.kind, data),
  };
}

const sameBox = (a: EdgeLabelBox | undefined, b: EdgeLabelBox | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && sameList(a.lines, b.lines));

const samePoints = (a: readonly Point[], b: readonly Point[]): boolean => a.length === b.length && a.every((p, i) => p.x === b[i]?.x && p.y === b[i]?.y);

/** `before`: the points the previous edge's path was drawn from; the same points keep the same path, unwritten. */
function toEdge(edge: GraphEdge, faint: boolean, hidden: boolean, previous: PortEdge | undefined, before: readonly Point[] | undefined): PortEdge {
  const was = previous?.data;
  // Writing a path for each of a 1,000-Pod graph's edges took about 6 ms of every answer.
  const path = was !== undefined && before !== undefined && samePoints(before, edge.points) ? was.path : routePath(edge.points);
  const same =
    was?.path === path &&
    sameBox(was.labelBox, edge.labelBox) &&
    previous?.source === edge.source &&
    previous.target === edge.target &&
    was?.kind === edge.kind &&
    was.label === edge.label &&
    (was.faint ?? false) === faint &&
    (previous.hidden ?? false) === hidden;
  if (same) return previous;
  return {
    ...(hidden && { hidden }),
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: 'port',
    data: {
      kind: edge.kind,
      path,
      ...(edge.label !== undefined && { label: edge.label }),
      ...(edge.labelBox !== undefined && { labelBox: edge.labelBox }),
      ...(faint && { faint }),
    },
    selectable: false,
    focusable: false,
    ariaLabel: `${edge.kind === 'dns' ? 'DNS' : edge.kind === 'owns' ? 'Owns' : 'Traffic'} from ${edge.source} to ${edge.target}${edge.label ? `: ${edge.label}` : ''}`,
  };
}

/** Keeps the previous array itself when no element in it changed. */
function reuse<T>(next: T[], previous: readonly T[] | undefined): T[] {
  return previous !== undefined && previous.length === next.length && next.every((item, i) => item === previous[i]) ? (previous as T[]) : next;
}

/**
 * The graph as React Flow elements; `previous`, the last result, lends every object whose content
 * is unchanged, and `before`, the graph it came from, tells which edges kept their route.
 */
export function toFlowElements(graph: Graph, previous?: FlowElements, before?: Graph): FlowElements {
  const oldNodes = new Map(previous?.nodes.map((n) => [n.id, n]));
  const oldEdges = new Map(previous?.edges.map((e) => [e.id, e]));
  const oldPoints = new Map(previous === undefined ? [] : before?.edges.map((e) => [e.id, e.points]));
  const compact = new Set(graph.nodes.filter((n) => n.data.compact === true).map((n) => n.id));
  const nodes = graph.nodes.map((n) => toNode(n, oldNodes.get(n.id)));
  const drawnInto = new Set<string>();
  const edges = graph.edges.map((e) => {
    const faint = compact.has(e.target);
    const hidden = faint && drawnInto.has(e.source);
    if (faint) drawnInto.add(e.source);
    return toEdge(e, faint, hidden, oldEdges.get(e.id), oldPoints.get(e.id));
  });
  const result = { nodes: reuse(nodes, previous?.nodes), edges: reuse(edges, previous?.edges) };
  return previous !== undefined && result.nodes === previous.nodes && result.edges === previous.edges ? previous : result;
}
