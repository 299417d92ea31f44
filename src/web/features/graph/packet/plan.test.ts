import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../../../../present/graph/index.ts';
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

/** client → node → Service → slice → Pod, one column each, 200 px apart, and a box on its own. */
const GRAPH: Graph = Object.freeze({
  nodes: ['client:external', 'node:a', 'svc:default/web', 'slice:default/web-x', 'pod:default/web-1', 'external:db.example.com'].map((id, i) => box(id, i * 200, 0)),
  edges: [
    ['client:external', 'node:a'],
    ['node:a', 'svc:default/web'],
    ['slice:default/web-x', 'pod:default/web-1'],
    ['svc:default/web', 'slice:default/web-x'],
  ].map(([source = '', target = '']) => ({ id: `${source}->${target}`, source, target, kind: 'traffic' as const })),
  width: 900,
  height: 40,
});

const hop = (at: string) => ({ at, caption: `at ${at}` });

describe('planPacket', () => {
  it('starts on the right of the first box and rests on the left of each next one', () => {
    const plan = planPacket(GRAPH, [hop('client:external'), hop('node:a'), hop('svc:default/web')]);
    expect(plan?.map((p) => p.point)).toEqual([
      { x: 100, y: 20 },
      { x: 200, y: 20 },
      { x: 400, y: 20 },
    ]);
    expect(plan?.[0]?.motion).toBeUndefined();
    expect(plan?.[1]).toMatchObject({ motion: 'M 100,20 C 150,20 150,20 200,20', edges: ['client:external->node:a'], caption: 'at node:a' });
  });

  it('crosses the boxes between two hops, along each edge', () => {
    const plan = planPacket(GRAPH, [hop('svc:default/web'), hop('pod:default/web-1')]);
    expect(plan?.[1]?.edges).toEqual(['svc:default/web->slice:default/web-x', 'slice:default/web-x->pod:default/web-1']);
    expect(plan?.[1]?.motion).toBe('M 500,20 C 550,20 550,20 600,20 L 700,20 C 750,20 750,20 800,20');
    expect(plan?.[1]?.length).toBeCloseTo(300);
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
    expect(plan?.[1]).toMatchObject({ point: { x: 300, y: 20 }, motion: 'M 500,20 L 400,20 C 350,20 350,20 300,20' });
  });

  it('has no plan when a hop is not on the graph', () => {
    expect(planPacket(GRAPH, [hop('client:external'), hop('pod:default/gone')])).toBeUndefined();
  });
});
