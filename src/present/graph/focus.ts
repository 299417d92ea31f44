/**
 * Focus: one Service's path at full size, every other Service folded into one labelled box
 * (`group:Service/NS/NAME`, drawn as a Service) that says what it holds. Pure, from a laid-out
 * Graph, so the explorer can focus without asking the worker again; the result is laid out anew by
 * the same layout, so it keeps every promise of toGraph.
 */
import { COLUMN, COLUMN_OF, createDraft, type Draft } from './draft.ts';
import { groupId } from './ids.ts';
import { layoutDraft } from './layout.ts';
import { approximateMeasurer } from './measure.ts';
import type { Graph, GraphNode, GraphNodeKind, TextMeasurer } from './types.ts';
import { append } from './multimap.ts';

/**
 * The boxes of one Service's path: the Service, what it leads to (slices, Pods, DNS answers), what
 * leads to it (Nodes, its own load balancer, Ingresses, clients), and the clients that ask DNS
 * for it. A Node is shared by every NodePort Service, so going back from a Node only its own
 * load balancer counts, not the others'.
 */
export function pathOf(graph: Pick<Graph, 'edges'>, service: string): Set<string> {
  const after = new Map<string, string[]>();
  const before = new Map<string, string[]>();
  for (const e of graph.edges) {
    append(after, e.source, e.target);
    append(before, e.target, e.source);
  }
  const path = new Set([service]);
  const walk = (from: string, next: Map<string, string[]>, allowed: (id: string) => boolean): void => {
    for (const id of next.get(from) ?? []) {
      if (path.has(id) || !allowed(id)) continue;
      path.add(id);
      walk(id, next, allowed);
    }
  };
  const ownBalancer = `lb:${service.slice('svc:'.length)}`;
  walk(service, after, () => true);
  walk(service, before, (id) => !id.startsWith('lb:') || id === ownBalancer);
  for (const id of [...path]) if (id.startsWith('dns:')) for (const asker of before.get(id) ?? []) if (asker.startsWith('client:')) path.add(asker);
  return path;
}

/** `2 EndpointSlices · 5 Pods`: what a folded Service holds. */
function summary(members: readonly GraphNode[]): string {
  // A group box (aggregate.ts) counts for every box it stands for.
  const count = (kinds: readonly GraphNodeKind[]): number => members.reduce((n, m) => n + (kinds.includes(m.kind) ? (m.data.members?.length ?? 1) : 0), 0);
  const parts: [number, string, string][] = [
    [count(['endpointSlice']), 'EndpointSlice', 'EndpointSlices'],
    [count(['pod']), 'Pod', 'Pods'],
    [count(['endpointAddress']), 'address', 'addresses'],
    [count(['dnsAnswer']), 'DNS answer', 'DNS answers'],
  ];
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return said.length > 0 ? said.join(' · ') : 'no backends';
}

/** The Services of a graph, in its order. */
export const servicesOf = (graph: Pick<Graph, 'nodes'>): string[] => graph.nodes.filter((n) => n.kind === 'service' && n.id.startsWith('svc:')).map((n) => n.id);

/**
 * The graph focused on `service`: its path as toGraph drew it, the other Services folded. A graph
 * without that Service, or with no other, comes back as it was.
 */
export function focusGraph(graph: Graph, service: string, measure: TextMeasurer = approximateMeasurer): Graph {
  const services = servicesOf(graph);
  if (!services.includes(service) || services.length < 2) return graph;
  const shown = pathOf(graph, service);
  const boxes = new Map(graph.nodes.map((n) => [n.id, n]));
  const draft: Draft = createDraft();
  // 1. The path, each box in its column; a large slice's Pods stay a grid.
  const gridOf = new Map(graph.edges.filter((e) => boxes.get(e.target)?.data.compact === true).map((e) => [e.target, e.source]));
  for (const node of graph.nodes) {
    if (!shown.has(node.id)) continue;
    const grid = gridOf.get(node.id);
    draft.nodes.set(node.id, { id: node.id, kind: node.kind, column: COLUMN_OF[node.kind], data: node.data, ...(grid === undefined ? {} : { grid }) });
  }
  for (const edge of graph.edges) {
    if (shown.has(edge.source) && shown.has(edge.target)) draft.edges.set(edge.id, { source: edge.source, target: edge.target, kind: edge.kind, labels: edge.label === undefined ? [] : [edge.label] });
  }
  // 2. Every other Service, folded into one box with what it holds.
  for (const other of services.filter((s) => s !== service)) {
    const box = boxes.get(other);
    if (box === undefined) continue;
    const members = [...pathOf(graph, other)].filter((id) => !shown.has(id)).flatMap((id) => boxes.get(id) ?? []);
    const id = groupId(other);
    const data = { title: box.data.title, subtitle: [summary(members)], badges: [box.data.badges[0] ?? 'Service', 'folded'], simulated: false };
    draft.nodes.set(id, { id, kind: 'service', column: COLUMN.service, data: box.data.namespace === undefined ? data : { ...data, namespace: box.data.namespace } });
  }
  return layoutDraft(draft, measure, COLUMN.service);
}
