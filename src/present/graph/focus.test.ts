import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples/index.ts';
import { buildCluster } from '../../model/index.ts';
import { focusGraph, pathOf, servicesOf } from './focus.ts';
import { groupId, serviceOfGroup } from './ids.ts';
import { graphProblems } from './geometry-check.ts';
import { toGraph } from './to-graph.ts';
import type { Graph } from './types.ts';

const graphOf = (id: string): Graph => {
  const file = join(import.meta.dirname, '../../examples', `${id}.yaml`);
  return toGraph(buildCluster([{ name: file, text: readFileSync(file, 'utf8') }]));
};
const ids = (graph: Graph): string[] => graph.nodes.map((n) => n.id);

describe('focusGraph', () => {
  it('draws the NodePort Service whole and folds the LoadBalancer one, its balancer with it', () => {
    const graph = graphOf('scenario-traffic-policies');
    const focused = focusGraph(Object.freeze(graph), 'svc:default/echo-nodeport');
    expect(ids(focused)).toEqual(expect.arrayContaining(['svc:default/echo-nodeport', 'node:worker-1', 'client:external', 'group:Service/default/echo-lb']));
    expect(ids(focused)).not.toContain('lb:default/echo-lb');
    expect(ids(focused)).not.toContain('svc:default/echo-lb');
    const folded = focused.nodes.find((n) => n.id === 'group:Service/default/echo-lb');
    expect(folded?.data).toMatchObject({ title: 'echo-lb', subtitle: ['1 EndpointSlice'], badges: ['LoadBalancer', 'folded'] });
    expect(focused.edges.every((e) => ids(focused).includes(e.source) && ids(focused).includes(e.target))).toBe(true);
  });

  it('keeps the client that asks DNS for a headless Service', () => {
    const graph = graphOf('scenario-statefulset-dns');
    const [first] = servicesOf(graph);
    expect(first).toBeDefined();
    const path = pathOf(graph, first ?? '');
    expect([...path].some((id) => id.startsWith('client:'))).toBe(true);
  });

  it.each(EXAMPLES.map((e) => e.id))('%s: every focus keeps the layout promises', (id) => {
    const graph = graphOf(id);
    for (const service of servicesOf(graph)) {
      const focused = focusGraph(graph, service);
      expect(graphProblems(focused), `${id} focused on ${service}`).toEqual([]);
      expect(ids(focused)).toContain(service);
    }
  });

  it('leaves a graph with one Service, or without the Service named, as it was', () => {
    const single = graphOf('guide-03-debug-ui');
    expect(focusGraph(single, 'svc:monitoring/debug-ui')).toBe(single);
    const two = graphOf('guide-13-saas-ingress');
    expect(focusGraph(two, 'svc:nowhere/none')).toBe(two);
  });

  it('names the folded box after its Service, both ways', () => {
    expect(groupId('svc:shop/web')).toBe('group:Service/shop/web');
    expect(serviceOfGroup('group:Service/shop/web')).toBe('svc:shop/web');
    expect(serviceOfGroup('svc:shop/web')).toBeUndefined();
  });
});
