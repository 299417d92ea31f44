/**
 * toMermaid(graph): the graph as Mermaid flowchart text, for Markdown that renders Mermaid. Nodes
 * get short safe ids (n0, n1 … in the graph's own order) with a comment naming the graph id each
 * stands for; boxes are grouped per kind in the order a packet meets them, each kind its own
 * shape. Graph ids in comments are escaped as labels are: Mermaid pasted into HTML keeps its
 * comments, so they must not carry markup either. The compact Pods of a large slice become one node per slice, since a hundred separate
 * Pods make an unreadable Mermaid diagram.
 */
import type { Graph, GraphEdge, GraphNode, GraphNodeKind } from '../graph/index.ts';
import { escapeMermaid } from './escape.ts';

/** Subgraph titles, and the order of the subgraphs: the graph's columns, left to right. */
const GROUPS: readonly (readonly [GraphNodeKind, string])[] = [
  ['client', 'Clients'],
  ['ingress', 'Ingresses'],
  ['loadBalancer', 'Load balancers'],
  ['node', 'Nodes'],
  ['service', 'Services'],
  ['endpointSlice', 'EndpointSlices'],
  ['dnsAnswer', 'DNS answers'],
  ['pod', 'Pods'],
  ['endpointAddress', 'Endpoint addresses'],
  ['externalName', 'External names'],
  // Last, so that the subgraph ids of the kinds before them stay as they were.
  ['gateway', 'Gateways'],
  ['route', 'HTTPRoutes'],
];

/** Opening and closing brackets per kind: stadium Services, rounded Pods, hexagon DNS answers. */
const SHAPES: Readonly<Record<GraphNodeKind, readonly [string, string]>> = {
  client: ['[/', '/]'],
  ingress: ['[/', '\\]'],
  gateway: ['[/', '\\]'],
  route: ['[', ']'],
  loadBalancer: ['[\\', '/]'],
  node: ['[', ']'],
  service: ['([', '])'],
  endpointSlice: ['[[', ']]'],
  dnsAnswer: ['{{', '}}'],
  pod: ['(', ')'],
  endpointAddress: ['[', ']'],
  externalName: ['>', ']'],
};

const STATUS_TEXT = { ready: 'ready', notReady: 'not ready', terminating: 'terminating' } as const;

interface MermaidNode {
  readonly id: string;
  readonly kind: GraphNodeKind;
  /** What the `%%` comment says this node stands for. */
  readonly stands: string;
  readonly lines: readonly string[];
  readonly className?: string;
}

function boxLines(node: GraphNode): string[] {
  const { data } = node;
  const status = node.kind === 'pod' || node.kind === 'endpointAddress' ? [STATUS_TEXT[data.status ?? 'ready']] : [];
  const badges = data.badges.length > 0 ? [data.badges.join(' · ')] : [];
  const problem = data.problem === undefined ? [] : [data.problem];
  return [data.namespace === undefined ? data.title : `${data.namespace}/${data.title}`, ...data.subtitle, ...badges, ...status, ...problem];
}

/** The slice a compact Pod hangs off: the source of its first incoming edge. */
function gridOf(node: GraphNode, incoming: ReadonlyMap<string, readonly GraphEdge[]>): string {
  return incoming.get(node.id)?.[0]?.source ?? '';
}

/** 1. Nodes and the Mermaid id of every graph id. */
function collectNodes(graph: Graph): { nodes: MermaidNode[]; idOf: Map<string, string> } {
  const incoming = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) incoming.set(edge.target, [...(incoming.get(edge.target) ?? []), edge]);
  const nodes: MermaidNode[] = [];
  const idOf = new Map<string, string>();
  const grids = new Map<string, GraphNode[]>();
  for (const node of graph.nodes) {
    if (node.data.compact === true) {
      const grid = gridOf(node, incoming);
      if (!grids.has(grid)) grids.set(grid, []);
      grids.get(grid)?.push(node);
      continue;
    }
    const id = `n${nodes.length}`;
    idOf.set(node.id, id);
    nodes.push({ id, kind: node.kind, stands: node.id, lines: boxLines(node), className: node.kind === 'pod' || node.kind === 'endpointAddress' ? (node.data.status ?? 'ready') : undefined });
  }
  for (const [grid, pods] of grids) {
    const id = `n${nodes.length}`;
    for (const pod of pods) idOf.set(pod.id, id);
    const ready = pods.filter((pod) => (pod.data.status ?? 'ready') === 'ready').length;
    nodes.push({ id, kind: 'pod', stands: `the ${pods.length} Pods of ${grid}, drawn as one node`, lines: [`${pods.length} Pods (${ready} ready)`], className: 'grid' });
  }
  return { nodes, idOf };
}

const ARROWS: Readonly<Record<GraphEdge['kind'], string>> = { traffic: '-->', dns: '-.->', owns: '---' };

/** 2. Edges between Mermaid ids; the edges into one collapsed grid become one. */
function collectEdges(graph: Graph, idOf: ReadonlyMap<string, string>): string[] {
  const lines = new Set<string>();
  for (const edge of graph.edges) {
    const [source, target] = [idOf.get(edge.source), idOf.get(edge.target)];
    if (source === undefined || target === undefined || source === target) continue;
    const label = edge.label === undefined || edge.label === '' ? '' : `|"${escapeMermaid(edge.label)}"|`;
    lines.add(`  ${source} ${ARROWS[edge.kind]}${label} ${target}`);
  }
  return [...lines];
}

const nodeLine = (node: MermaidNode): string => {
  const [open, close] = SHAPES[node.kind];
  return `    ${node.id}${open}"${node.lines.map(escapeMermaid).join('<br/>')}"${close}`;
};

export function toMermaid(graph: Graph): string {
  const { nodes, idOf } = collectNodes(graph);
  const collapsed = nodes.some((node) => node.className === 'grid');
  const groups = GROUPS.flatMap(([kind, title], index) => {
    const members = nodes.filter((node) => node.kind === kind);
    return members.length === 0 ? [] : [`  subgraph g${index}["${title}"]`, '    direction TB', ...members.map(nodeLine), '  end'];
  });
  const styled = (className: string): string[] => {
    const ids = nodes.filter((node) => node.className === className).map((node) => node.id);
    return ids.length === 0 ? [] : [`  class ${ids.join(',')} ${className}`];
  };
  return [
    'flowchart LR',
    ...nodes.map((node) => `  %% ${node.id} = ${escapeMermaid(node.stands)}`),
    ...(collapsed ? ['  %% The compact Pods of each large EndpointSlice are collapsed into one node, with their count.'] : []),
    ...groups,
    ...collectEdges(graph, idOf),
    '  classDef ready stroke:#1d7340,stroke-width:2px',
    '  classDef notReady stroke:#a86400,stroke-width:2px,stroke-dasharray:5 3',
    '  classDef terminating stroke:#c62828,stroke-width:2px,stroke-dasharray:5 3',
    '  classDef grid stroke:#1d7340,stroke-width:2px',
    ...['ready', 'notReady', 'terminating', 'grid'].flatMap(styled),
    '',
  ].join('\n');
}
