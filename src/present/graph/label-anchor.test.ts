import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from './types.ts';
import { labelAnchors } from './label-anchor.ts';

const edge = (source: string, target: string, label?: string): GraphEdge =>
  Object.freeze({ id: `${source}->${target}`, source, target, kind: 'traffic', ...(label === undefined ? {} : { label }) });

const box = (id: string, y: number): GraphNode => ({ id, kind: 'node', x: 0, y, width: 100, height: 40, data: { title: id, subtitle: [], badges: [], simulated: false } });

const anchors = (nodes: GraphNode[], edges: GraphEdge[]) =>
  Object.fromEntries([...labelAnchors({ nodes, edges })].map(([id, a]) => [id, `${a.side} ${a.slot + 1}/${a.slots}`]));

describe('labelAnchors', () => {
  it('puts labels of edges that fan into one box at their sources, and of edges that fan out at their targets', () => {
    const nodes = [box('client:external', 0), box('node:a', 0), box('node:b', 60), box('svc:default/web', 30), box('slice:default/web-abc', 30)];
    const edges = [
      edge('client:external', 'node:a', '31000'),
      edge('client:external', 'node:b', '31000'),
      edge('node:a', 'svc:default/web', '31000 → 80'),
      edge('node:b', 'svc:default/web', '31000 → 80'),
      edge('svc:default/web', 'slice:default/web-abc', '80 → 8080/TCP'),
    ];
    expect(anchors(nodes, edges)).toEqual({
      'client:external->node:a': 'target 1/1',
      'client:external->node:b': 'target 1/1',
      'node:a->svc:default/web': 'source 1/1',
      'node:b->svc:default/web': 'source 1/1',
      'svc:default/web->slice:default/web-abc': 'middle 1/1',
    });
  });

  it('stacks the labels that share a side of a box, in the order of the boxes at their other ends', () => {
    // Two Nodes, each sending to two Services that both Nodes reach.
    const nodes = [box('node:a', 0), box('node:b', 100), box('svc:x', 120), box('svc:y', 10)];
    const edges = [edge('node:a', 'svc:x', '1'), edge('node:a', 'svc:y', '2'), edge('node:b', 'svc:x', '3'), edge('node:b', 'svc:y', '4'), edge('node:b', 'svc:z')];
    expect(anchors(nodes, edges)).toEqual({
      'node:a->svc:y': 'source 1/2',
      'node:a->svc:x': 'source 2/2',
      'node:b->svc:y': 'source 1/2',
      'node:b->svc:x': 'source 2/2',
    });
  });

  it('chooses the end with fewer labels, the source on a tie', () => {
    const nodes = [box('lb', 0), box('client', 0), box('node:a', 0), box('node:b', 50), box('node:c', 100)];
    const edges = [edge('lb', 'node:a', '80 → 31000'), edge('lb', 'node:b', '80 → 31000'), edge('lb', 'node:c', '80 → 31000'), edge('client', 'node:a', '31000'), edge('client', 'lb', '80')];
    expect(anchors(nodes, edges)).toEqual({
      'client->lb': 'target 1/1',
      'client->node:a': 'source 1/1',
      'lb->node:a': 'target 1/1',
      'lb->node:b': 'target 1/1',
      'lb->node:c': 'target 1/1',
    });
  });
});
