import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples/index.ts';
import { buildCluster, type Cluster } from '../../model/index.ts';
import { AGGREGATION, type AggregationLimits } from './aggregate.ts';
import { graphProblems } from './geometry-check.ts';
import { approximateMeasurer } from './measure.ts';
import { toGraph } from './to-graph.ts';
import type { Graph, GraphNode } from './types.ts';

const example = (id: string): Cluster => {
  const file = join(import.meta.dirname, '../../examples', `${id}.yaml`);
  return buildCluster([{ name: file, text: readFileSync(file, 'utf8') }]);
};
/** Aggregation whatever the size, with the default per-kind limits. */
const ALWAYS: AggregationLimits = { ...AGGREGATION, units: 0, boxes: 0 };
const ids = (graph: Graph): string[] => graph.nodes.map((n) => n.id);
const box = (graph: Graph, id: string): GraphNode | undefined => graph.nodes.find((n) => n.id === id);

/** `services` ClusterIP Services in `shop`, each in front of a Deployment of `replicas`, and one NodePort Service. */
function shop(services: number, replicas: number): string {
  const docs: string[] = [];
  for (let i = 0; i < services; i++) {
    docs.push(`apiVersion: v1
kind: Service
metadata: {name: svc-${i}, namespace: shop}
spec:
  type: ${i === 0 ? 'NodePort' : 'ClusterIP'}
  selector: {app: app-${i}}
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: app-${i}, namespace: shop}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: app-${i}}}
  template:
    metadata: {labels: {app: app-${i}}}
    spec: {containers: [{name: c, image: nginx, ports: [{containerPort: 8080}]}]}`);
  }
  return docs.join('\n---\n');
}

describe('aggregation', () => {
  it.each(EXAMPLES.map((e) => e.id))('%s: a gallery example comes out as it always did', (id) => {
    const cluster = example(id);
    const graph = toGraph(cluster);
    expect(graph.nodes.filter((n) => n.id.startsWith('group:'))).toEqual([]);
    // The same numbers as with aggregation switched off.
    expect(graph).toEqual(toGraph(cluster, {}, approximateMeasurer, { ...AGGREGATION, units: Infinity, boxes: Infinity }));
  });

  describe('past the limit', () => {
    const cluster = buildCluster([{ name: 'shop.yaml', text: shop(80, 3) }]);
    const whole = toGraph(cluster, {}, approximateMeasurer, { ...AGGREGATION, units: Infinity, boxes: Infinity });
    const graph = toGraph(Object.freeze(cluster));

    it('stacks each workload’s Pods into one box named after the Deployment', () => {
      expect(whole.nodes.length).toBeGreaterThan(AGGREGATION.units);
      const group = box(graph, 'group:Deployment/shop/app-7');
      expect(group?.kind).toBe('pod');
      expect(group?.data).toMatchObject({ title: 'app-7', namespace: 'shop', subtitle: ['3 Pods · 3 ready'], badges: ['Deployment'], objectKey: 'Deployment/shop/app-7' });
      expect(group?.data.members?.map((m) => m.id)).toEqual(whole.nodes.filter((n) => n.id.startsWith('pod:shop/app-7-')).map((n) => n.id).sort());
      expect(ids(graph).filter((id) => id.startsWith('pod:'))).toEqual([]);
    });

    it('counts every Pod exactly once: the members add up to the Pods it replaced', () => {
      const members = graph.nodes.flatMap((n) => (n.id.startsWith('group:Deployment/') ? (n.data.members ?? []) : [])).map((m) => m.id);
      expect(new Set(members).size).toBe(members.length);
      expect(members.sort()).toEqual(whole.nodes.filter((n) => n.kind === 'pod').map((n) => n.id).sort());
      for (const group of graph.nodes.filter((n) => n.id.startsWith('group:Deployment/'))) {
        const states = (group.data.members ?? []).map((m) => m.status);
        const [total = '', ready = ''] = group.data.subtitle[0]?.split(' · ') ?? [];
        expect(Number.parseInt(total, 10)).toBe(states.length);
        expect(Number.parseInt(ready, 10)).toBe(states.filter((s) => s === 'ready').length);
      }
    });

    it('stacks the Nodes into one cluster-scoped box, and redraws each edge once per pair', () => {
      const nodes = whole.nodes.filter((n) => n.kind === 'node');
      expect(nodes.length).toBeGreaterThan(AGGREGATION.nodes);
      expect(box(graph, 'group:Node//nodes')?.data.subtitle[0]).toMatch(new RegExp(`^${nodes.length} Nodes`));
      expect(graph.edges.map((e) => e.id)).toEqual(expect.arrayContaining(['client:external->group:Node//nodes', 'group:Node//nodes->svc:shop/svc-0']));
      expect(ids(graph).filter((id) => id.startsWith('node:'))).toEqual([]);
      const slice = whole.edges.find((e) => e.source === 'svc:shop/svc-7')?.target ?? '';
      const into = graph.edges.filter((e) => e.source === slice);
      expect(into.map((e) => e.target)).toEqual(['group:Deployment/shop/app-7']);
      expect(into[0]?.label).toBe('8080');
      expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
      expect(graph.edges.every((e) => ids(graph).includes(e.source) && ids(graph).includes(e.target))).toBe(true);
    });

    it('keeps the layout promises, and is the same every time', () => {
      expect(graphProblems(graph)).toEqual([]);
      expect(toGraph(cluster)).toEqual(graph);
      // 240 Pods in 80 boxes, the Nodes in one.
      const nodes = whole.nodes.filter((n) => n.kind === 'node').length;
      expect(graph.nodes.length).toBe(whole.nodes.length - 240 + 80 - nodes + 1);
    });
  });

  it('stacks a Service’s slices past three, with every endpoint counted', () => {
    const cluster = example('scenario-many-endpoints');
    const graph = toGraph(cluster, {}, approximateMeasurer, ALWAYS);
    const slices = box(graph, 'group:EndpointSlice/default/search');
    expect(slices?.kind).toBe('endpointSlice');
    expect(slices?.data.subtitle).toEqual(['12 EndpointSlices · 1,200 endpoints', '1,200 ready']);
    expect(slices?.data.members).toHaveLength(12);
    // catalog's three slices stay as they are.
    expect(ids(graph).filter((id) => id.startsWith('slice:default/catalog'))).toHaveLength(3);
    expect(box(graph, 'group:Deployment/default/search')?.data.subtitle).toEqual(['1,200 Pods · 1,200 ready']);
    expect(graph.edges.filter((e) => e.source === 'group:EndpointSlice/default/search').map((e) => e.target)).toEqual(['group:Deployment/default/search']);
    expect(graph.edges.find((e) => e.id === 'svc:default/search->group:EndpointSlice/default/search')?.label).toBe('80 → 8080');
    expect(graphProblems(graph)).toEqual([]);
  });

  it('counts not-ready and terminating Pods apart, under an owner the cluster does not hold', () => {
    const file = join(import.meta.dirname, '../../examples/scenario-not-ready-and-terminating.yaml');
    // The example's bare Pods, as a ReplicaSet's Pods would be: a dump without its ReplicaSets.
    const owned = readFileSync(file, 'utf8').replace(/^ {2}name: (web-[abc])$/gm, (line) => `${line}\n  ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-7d4b9, uid: 0f3c, controller: true}]`);
    const graph = toGraph(buildCluster([{ name: file, text: owned }]), {}, approximateMeasurer, ALWAYS);
    expect(box(graph, 'group:ReplicaSet/default/web-7d4b9')?.data).toMatchObject({ title: 'web-7d4b9', badges: ['ReplicaSet'], subtitle: ['3 Pods · 1 ready · 1 not ready · 1 terminating'] });
    const groups = graph.nodes.filter((n) => n.id.startsWith('group:') && n.kind === 'pod');
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      const members = group.data.members ?? [];
      const of = (status: string) => members.filter((m) => (m.status ?? 'ready') === status).length;
      const expected = [`${members.length} Pods`, `${of('ready')} ready`, ...(of('notReady') > 0 ? [`${of('notReady')} not ready`] : []), ...(of('terminating') > 0 ? [`${of('terminating')} terminating`] : [])];
      expect(group.data.subtitle).toEqual([expected.join(' · ')]);
    }
  });
});
