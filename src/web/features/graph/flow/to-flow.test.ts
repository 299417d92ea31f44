import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../../../../present/graph/index.ts';
import { toFlowElements } from './to-flow.ts';

const service = (id: string, y: number, subtitle: string[]): GraphNode => ({
  id,
  kind: 'service',
  x: 24,
  y,
  width: 180,
  height: 64,
  data: { title: id.split('/')[1] ?? '', namespace: 'default', subtitle, badges: ['NodePort'], simulated: true, objectKey: `Service/${id.slice(4)}`, source: { file: 'm.yaml', document: 0, line: y, column: 1 } },
});

function graph(webLine: string, webY = 24): Graph {
  return structuredClone({
    nodes: [service('svc:default/web', webY, [webLine]), service('svc:default/api', 120, ['ClusterIP 10.96.0.21:80'])],
    edges: [
      {
        id: 'svc:default/web->svc:default/api',
        source: 'svc:default/web',
        target: 'svc:default/api',
        kind: 'traffic',
        label: '80',
        points: [{ x: 204, y: 56 }, { x: 230, y: 56 }, { x: 230, y: 152 }, { x: 260, y: 152 }],
        labelBox: { x: 210, y: 48, width: 22, height: 17, fontSize: 11, lineHeight: 13, lines: ['80'] },
      },
    ],
    width: 400,
    height: 200,
  });
}

describe('toFlowElements', () => {
  it('places each box where the layout put it, sized as the layout measured it, with its DESIGN id', () => {
    const { nodes, edges } = toFlowElements(graph('ClusterIP 10.96.0.20:80'));
    expect(nodes[0]).toMatchObject({
      id: 'svc:default/web',
      type: 'service',
      position: { x: 24, y: 24 },
      width: 180,
      height: 64,
      data: { title: 'web', namespace: 'default', subtitle: ['ClusterIP 10.96.0.20:80'], badges: ['NodePort'], simulated: true },
      ariaLabel: 'Service web in default: ClusterIP 10.96.0.20:80, NodePort, simulated',
    });
    expect(nodes[0]?.data).not.toHaveProperty('source');
    expect(edges[0]).toMatchObject({
      id: 'svc:default/web->svc:default/api',
      type: 'port',
      data: { kind: 'traffic', label: '80', path: 'M 204,56 L 224,56 Q 230,56 230,62 L 230,146 Q 230,152 236,152 L 260,152', labelBox: { x: 210, lines: ['80'] } },
    });
  });

  it('marks edges into a compact grid of Pods as faint', () => {
    const built = graph('ClusterIP 10.96.0.20:80');
    const gridded = { ...built, nodes: built.nodes.map((n, i) => (i === 1 ? { ...n, data: { ...n.data, compact: true } } : n)) };
    expect(toFlowElements(gridded).edges[0]?.data).toMatchObject({ faint: true });
    expect(toFlowElements(built).edges[0]?.data).not.toHaveProperty('faint');
  });

  it('draws only the first edge into each grid of Pods', () => {
    const built = graph('ClusterIP 10.96.0.20:80');
    const dot = (id: string): GraphNode => ({ ...service(id, 200, []), kind: 'pod', data: { title: id, subtitle: [], badges: [], simulated: false, compact: true } });
    const gridded: Graph = {
      ...built,
      nodes: [...built.nodes, dot('pod:default/a'), dot('pod:default/b')],
      edges: ['a', 'b'].map((name) => ({ id: `svc:default/web->pod:default/${name}`, source: 'svc:default/web', target: `pod:default/${name}`, kind: 'traffic' as const, points: [] })),
    };
    expect(toFlowElements(gridded).edges.map((e) => e.hidden ?? false)).toEqual([false, true]);
  });

  it('keeps every object of a rebuild with the same content, even when source ranges moved', () => {
    const first = toFlowElements(graph('ClusterIP 10.96.0.20:80'));
    const moved = graph('ClusterIP 10.96.0.20:80');
    const again = toFlowElements({ ...moved, nodes: moved.nodes.map((n) => ({ ...n, data: { ...n.data, source: { file: 'm.yaml', document: 0, line: 99, column: 1 } } })) }, first);
    expect(again).toBe(first);
  });

  it('renews only what changed', () => {
    const first = toFlowElements(graph('ClusterIP 10.96.0.20:80'));
    const retyped = toFlowElements(graph('ClusterIP 10.96.0.99:80'), first);
    expect(retyped.nodes).not.toBe(first.nodes);
    expect(retyped.nodes[0]?.data).not.toBe(first.nodes[0]?.data);
    expect(retyped.nodes[1]).toBe(first.nodes[1]);
    expect(retyped.edges).toBe(first.edges);
    const shifted = toFlowElements(graph('ClusterIP 10.96.0.99:80', 40), retyped);
    expect(shifted.nodes[0]).not.toBe(retyped.nodes[0]);
    expect(shifted.nodes[0]?.data).toBe(retyped.nodes[0]?.data);
  });

  it('writes an edge’s path again only when its route changed', () => {
    const before = graph('ClusterIP 10.96.0.20:80');
    const first = toFlowElements(before);
    expect(toFlowElements(graph('ClusterIP 10.96.0.20:80'), first, before)).toBe(first);
    const built = graph('ClusterIP 10.96.0.20:80');
    const rerouted: Graph = { ...built, edges: built.edges.map((e) => ({ ...e, points: e.points.map((p) => ({ x: p.x + 32, y: p.y })) })) };
    expect(toFlowElements(rerouted, first, before).edges[0]?.data?.path).toBe('M 236,56 L 256,56 Q 262,56 262,62 L 262,146 Q 262,152 268,152 L 292,152');
  });
});
