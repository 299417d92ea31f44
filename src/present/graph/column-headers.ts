/**
 * A header over each column of the layout ("Nodes", "Services", "EndpointSlices · DNS answers"),
 * so that boxes need not name their kind one by one; the explorer and the exported SVG both draw
 * them. Columns are found from the positions alone: boxes whose horizontal extents overlap stand
 * in the same column.
 */
import type { Graph, GraphNodeKind } from './types.ts';

const PLURAL: Readonly<Record<GraphNodeKind, string>> = {
  client: 'Clients',
  loadBalancer: 'Load balancers',
  ingress: 'Ingresses',
  gateway: 'Gateways',
  node: 'Nodes',
  route: 'HTTPRoutes',
  service: 'Services',
  endpointSlice: 'EndpointSlices',
  dnsAnswer: 'DNS answers',
  pod: 'Pods',
  endpointAddress: 'Endpoint addresses',
  externalName: 'External names',
};

export interface ColumnHeader {
  /** Centre of the column. */
  readonly x: number;
  /** The column's sides: a view that cuts the column can move its header inside what it shows. */
  readonly left: number;
  readonly right: number;
  /** Above everything the graph draws (boxes, routes, labels): every header stands on the same line. */
  readonly y: number;
  readonly text: string;
}

interface Column {
  left: number;
  right: number;
  readonly kinds: Set<GraphNodeKind>;
}

export function columnHeaders(graph: Graph): ColumnHeader[] {
  const boxes = [...graph.nodes].sort((a, b) => a.x - b.x);
  const columns: Column[] = [];
  for (const box of boxes) {
    const last = columns.at(-1);
    if (last !== undefined && box.x < last.right) {
      last.right = Math.max(last.right, box.x + box.width);
      last.kinds.add(box.kind);
    } else {
      columns.push({ left: box.x, right: box.x + box.width, kinds: new Set([box.kind]) });
    }
  }
  const top = Math.min(
    ...graph.nodes.map((n) => n.y),
    ...graph.edges.flatMap((e) => [...e.points.map((p) => p.y), ...(e.labelBox === undefined ? [] : [e.labelBox.y])]),
  );
  const order = Object.keys(PLURAL) as GraphNodeKind[];
  return columns.map((c) => ({
    x: (c.left + c.right) / 2,
    left: c.left,
    right: c.right,
    y: top,
    text: order.filter((kind) => c.kinds.has(kind)).map((kind) => PLURAL[kind]).join(' · '),
  }));
}
