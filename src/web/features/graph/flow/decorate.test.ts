import { describe, expect, it } from 'vitest';
import { decorateEdges, decorateNodes } from './decorate.ts';
import type { BoxNode, PortEdge } from './to-flow.ts';

const node = (id: string): BoxNode => Object.freeze({ id, type: 'pod', position: { x: 0, y: 0 }, data: { title: id, subtitle: [], badges: [], simulated: false } });
const edge = (id: string): PortEdge => Object.freeze({ id, source: 'a', target: 'b', type: 'port', data: { kind: 'traffic' as const, path: 'M 0,0 L 10,0' } });

describe('decorateNodes', () => {
  const nodes = [node('a'), node('b'), node('c')];

  it('returns the same array when nothing is selected and no packet runs', () => {
    expect(decorateNodes(nodes, undefined, undefined)).toBe(nodes);
  });

  it('marks the selected box and the packet box, and keeps the other objects', () => {
    const marked = decorateNodes(nodes, 'a', 'b');
    expect(marked[0]).toMatchObject({ id: 'a', selected: true });
    expect(marked[0]).not.toHaveProperty('className');
    expect(marked[1]).toMatchObject({ id: 'b', selected: false, className: 'kse-packet-at' });
    expect(marked[2]).toBe(nodes[2]);
  });

  it('adds the marks of the boxes a finding or an event is about', () => {
    const marked = decorateNodes(nodes, undefined, 'b', new Map([['b', 'kse-changed'], ['c', 'kse-finding--warning']]));
    expect(marked[0]).toBe(nodes[0]);
    expect(marked[1]).toMatchObject({ className: 'kse-packet-at kse-changed' });
    expect(marked[2]).toMatchObject({ className: 'kse-finding--warning', selected: false });
  });
});

describe('decorateEdges', () => {
  it('marks the edges of the trail only', () => {
    const edges = [edge('a->b'), edge('b->c')];
    expect(decorateEdges(edges, new Set())).toBe(edges);
    const marked = decorateEdges(edges, new Set(['b->c']));
    expect(marked[0]).toBe(edges[0]);
    expect(marked[1]?.data).toEqual({ kind: 'traffic', path: 'M 0,0 L 10,0', trail: true });
  });

  it('leaves the hidden edges out, except those the packet travels', () => {
    const hidden = Object.freeze({ ...edge('c->d'), hidden: true });
    const edges = [edge('a->b'), hidden, Object.freeze({ ...edge('c->e'), hidden: true })];
    expect(decorateEdges(edges, new Set()).map((e) => e.id)).toEqual(['a->b']);
    const marked = decorateEdges(edges, new Set(['c->d']));
    expect(marked.map((e) => e.id)).toEqual(['a->b', 'c->d']);
    expect(marked[1]).toMatchObject({ hidden: false, data: { trail: true } });
  });
});
