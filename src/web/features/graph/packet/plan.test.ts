import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode, Point } from '../../../../present/graph/index.ts';
import { planPacket } from './plan.ts';

const box = (id: string, x: number, y: number): GraphNode => ({
  id,
  kind: 'service',
  x,
  y,
  width: 100,
  height: 40,
  data: { title: id, subtitle: [], badges: [], simulated: false },
});

const IDS = ['client:external', 'node:a', 'svc:default/web', 'slice:default/web-x', 'pod:default/web-1', 'external:db.example.com'];
const NODES = IDS.map((id, i) => box(id, i * 200, 0));
/** The layout's route from a box's right side to the next one's left, straight unless the ports differ. */
const route = (source: string, target: string, points?: Point[]) => {
  const [from, to] = [NODES.find((n) => n.id === source), NODES.find((n) => n.id === target)];
  return {
    id: `${source}->${target}`,
    source,
    target,
    kind: 'traffic' as const,
    points: points ?? [{ x: (from?.x ?? 0) + 100, y: 20 }, { x: to?.x ?? 0, y: 20 }],
  };
};

/** client → node → Service → slice → Pod, one column each, 200 px apart, and a box on its own. */
const GRAPH: Graph = Object.freeze({
  nodes: NODES,
  edges: [
    route('client:external', 'node:a'),
    route('node:a', 'svc:default/web'),
    route('slice:default/web-x', 'pod:default/web-1', [{ x: 700, y: 14 }, { x: 750, y: 14 }, { x: 750, y: 26 }, { x: 800, y: 26 }]),
    route('svc:default/web', 'slice:default/web-x'),
  ],
  width: 1100,
  height: 40,
});

const hop = (at: string) => ({ at, caption: `at ${at}` });

describe('planPacket', () => {
  it('starts on the right of the first box and rests where each edge enters the next one', () => {
    const plan = planPacket(GRAPH, [hop('client:external'), hop('node:a'), hop('svc:default/web')]);
    expect(plan?.map((p) => p.point)).toEqual([
      { x: 100, y: 20 },
      { x: 200, y: 20 },
      { x: 400, y: 20 },
    ]);
    expect(plan?.[0]?.motion).toBeUndefined();
    expect(plan?.[1]).toMatchObject({ motion: 'M 100,20 L 200,20', edges: ['client:external->node:a'], caption: 'at node:a' });
  });

  it('follows each edge’s route, and crosses the boxes between two hops', () => {
    const plan = planPacket(GRAPH, [hop('svc:default/web'), hop('pod:default/web-1')]);
    expect(plan?.[1]?.edges).toEqual(['svc:default/web->slice:default/web-x', 'slice:default/web-x->pod:default/web-1']);
    expect(plan?.[1]?.motion).toBe('M 500,20 L 697,20 Q 700,20 700,17 Q 700,14 703,14 L 744,14 Q 750,14 750,20 Q 750,26 756,26 L 800,26');
    expect(plan?.[1]?.point).toEqual({ x: 800, y: 26 });
    expect(plan?.[1]?.length).toBeCloseTo(318);
  });

  it('stays on a box named twice in a row, and jumps between boxes that are not connected', () => {
    const plan = planPacket(GRAPH, [hop('client:external'), hop('client:external'), hop('external:db.example.com')]);
    expect(plan?.[1]).toMatchObject({ point: { x: 100, y: 20 }, edges: [] });
    expect(plan?.[1]?.motion).toBeUndefined();
    expect(plan?.[2]).toMatchObject({ point: { x: 1000, y: 20 }, edges: [] });
    expect(plan?.[2]?.motion).toBeUndefined();
  });

  it('goes against the edges, right side in, when only that way leads back', () => {
    const plan = planPacket(GRAPH, [hop('svc:default/web'), hop('node:a')]);
    expect(plan?.[1]).toMatchObject({ point: { x: 300, y: 20 }, motion: 'M 500,20 L 300,20' });
  });

  it('ends on the dot of a compact Pod, past the edge of its grid', () => {
    const dot: GraphNode = { ...box('pod:default/web-9', 830, 40), width: 14, height: 14, data: { ...box('x', 0, 0).data, compact: true } };
    const graph: Graph = { ...GRAPH, nodes: [...NODES, dot], edges: [...GRAPH.edges, route('slice:default/web-x', 'pod:default/web-9', [{ x: 700, y: 20 }, { x: 800, y: 20 }])] };
    const plan = planPacket(graph, [hop('slice:default/web-x'), hop('pod:default/web-9')]);
    expect(plan?.[1]?.point).toEqual({ x: 837, y: 47 });
  });

  it('has no plan when a hop is not on the graph', () => {
    expect(planPacket(GRAPH, [hop('client:external'), hop('pod:default/gone')])).toBeUndefined();
  });
});

describe('planPacket into a group box', () => {
  it('lands a hop at a folded Pod on the group box that stands for it', () => {
    const group: GraphNode = { ...box('group:Deployment/default/web', 800, 0), data: { ...box('x', 0, 0).data, members: [{ id: 'pod:default/web-1', title: 'web-1' }] } };
    const graph: Graph = {
      ...GRAPH,
      nodes: [...GRAPH.nodes.filter((n) => n.id !== 'pod:default/web-1'), group],
      edges: [...GRAPH.edges.filter((e) => e.target !== 'pod:default/web-1'), { ...route('slice:default/web-x', 'pod:default/web-1'), id: 'slice:default/web-x->group:Deployment/default/web', target: group.id }],
    };
    const plan = planPacket(graph, [
      { at: 'svc:default/web', caption: 'to the Service' },
      { at: 'slice:default/web-x', caption: 'its endpoints' },
      { at: 'pod:default/web-1', caption: 'to a Pod' },
    ]);
    expect(plan?.map((hop) => hop.at)).toEqual(['svc:default/web', 'slice:default/web-x', 'group:Deployment/default/web']);
    expect(plan?.[2]?.edges).toEqual(['slice:default/web-x->group:Deployment/default/web']);
  });
});
