import { describe, expect, it } from 'vitest';
import type { Graph, GraphNode } from '../../../../present/graph/index.ts';
import { drawnBoxOf, nodeOrMember } from './members.ts';

const node = (id: string, extra: Partial<GraphNode['data']> = {}): GraphNode => ({
  id,
  kind: 'pod',
  x: 10,
  y: 20,
  width: 100,
  height: 40,
  data: { title: id, subtitle: [], badges: [], simulated: false, ...extra },
});

const group = node('group:Deployment/shop/web', {
  title: 'web',
  subtitle: ['2 Pods · 1 ready · 1 not ready'],
  members: [
    { id: 'pod:shop/web-a', title: 'web-a', namespace: 'shop', objectKey: 'Pod/shop/web-a', status: 'ready' },
    { id: 'pod:shop/web-b', title: 'web-b', namespace: 'shop', objectKey: 'Pod/shop/web-b', status: 'notReady' },
  ],
});
const graph: Graph = Object.freeze({ nodes: [node('svc:shop/web'), group], edges: [], width: 200, height: 100 });

describe('group members', () => {
  it('finds the box drawn for a member, or the box itself', () => {
    expect(drawnBoxOf(graph, 'pod:shop/web-b')).toBe('group:Deployment/shop/web');
    expect(drawnBoxOf(graph, 'svc:shop/web')).toBe('svc:shop/web');
    expect(drawnBoxOf(graph, undefined)).toBeUndefined();
  });

  it('makes a member a box of its own for the Details panel, with its object and state', () => {
    expect(nodeOrMember(graph, 'svc:shop/web')).toBe(graph.nodes[0]);
    expect(nodeOrMember(graph, 'pod:shop/web-b')).toMatchObject({
      id: 'pod:shop/web-b',
      kind: 'pod',
      data: { title: 'web-b', namespace: 'shop', objectKey: 'Pod/shop/web-b', status: 'notReady', subtitle: ['one of web: 2 Pods · 1 ready · 1 not ready'] },
    });
    expect(nodeOrMember(graph, 'pod:shop/other')).toBeUndefined();
  });
});
