/**
 * The layout's promises on every example: no edge through a box that is not one of its ends, no
 * label over a box or another label, edges that start and end on their boxes' sides, and the same
 * picture for the same input. renderSvg's output is held to the same in svg/svg-geometry.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples/index.ts';
import { buildCluster, holdsGatewayApi, type Cluster } from '../../model/index.ts';
import { graphProblems } from './geometry-check.ts';
import { toGraph } from './to-graph.ts';
import type { Graph, GraphNode, GraphView } from './types.ts';

const load = (file: string): Cluster => {
  const text = readFileSync(join(import.meta.dirname, '../../examples', file), 'utf8');
  return buildCluster([{ name: file, text }], { gatewayApi: holdsGatewayApi(text) });
};

/** Every example, and each of its Services alone (as `kse render --service` draws it). */
const CASES: [string, GraphView][] = EXAMPLES.flatMap((example) => {
  const cluster = load(example.file);
  const services = cluster.services.filter((s) => s.origin !== 'builtin').map((s) => `${s.object.metadata?.namespace ?? ''}/${s.object.metadata?.name ?? ''}`);
  return [[example.id, {}] as [string, GraphView], ...services.map((service) => [example.id, { service }] as [string, GraphView])];
});

const byId = (graph: Graph): Map<string, GraphNode> => new Map(graph.nodes.map((n) => [n.id, n]));

describe('layout geometry', () => {
  it.each(CASES)('%s %j: no edge through a box, no label over a box or a label', (id, view) => {
    const graph = toGraph(load(`${id}.yaml`), view);
    expect(graphProblems(graph)).toEqual([]);
  });

  it.each(EXAMPLES.map((e) => e.id))('%s: every edge leaves its source on the right and enters its target on the left, in right angles', (id) => {
    const graph = toGraph(load(`${id}.yaml`));
    const boxes = byId(graph);
    for (const edge of graph.edges) {
      const [source, target] = [boxes.get(edge.source), boxes.get(edge.target)];
      const [first, last] = [edge.points[0], edge.points.at(-1)];
      if (source === undefined || target === undefined || first === undefined || last === undefined) throw new Error(`${edge.id} has no route`);
      expect(first.x, edge.id).toBe(source.x + source.width);
      expect(first.y, edge.id).toBeGreaterThan(source.y);
      expect(first.y, edge.id).toBeLessThan(source.y + source.height);
      // An edge into a grid of compact Pods enters the grid, at its left.
      expect(last.x, edge.id).toBeLessThanOrEqual(target.x);
      edge.points.slice(1).forEach((p, i) => {
        const q = edge.points[i];
        expect(p.x === q?.x || p.y === q?.y, `${edge.id} bends at a right angle`).toBe(true);
      });
    }
  });

  it('puts a label on its own edge: on the straight run that leaves the source or enters the target', () => {
    const graph = toGraph(load('guide-03-debug-ui.yaml'));
    for (const edge of graph.edges.filter((e) => e.labelBox !== undefined)) {
      const box = edge.labelBox;
      if (box === undefined) continue;
      const centre = box.y + box.height / 2;
      const run = edge.points.slice(1).some((p, i) => {
        const q = edge.points[i];
        return q !== undefined && q.y === p.y && Math.abs(p.y - centre) < 0.01 && Math.min(p.x, q.x) <= box.x && Math.max(p.x, q.x) >= box.x + box.width;
      });
      expect(run, edge.id).toBe(true);
    }
  });

  it('draws NodePort traffic beside a LoadBalancer box, not through it', () => {
    const graph = toGraph(load('scenario-traffic-policies.yaml'));
    const lb = byId(graph).get('lb:default/echo-lb');
    const direct = graph.edges.filter((e) => e.source === 'client:external' && e.target.startsWith('node:'));
    expect(lb).toBeDefined();
    expect(direct.length).toBeGreaterThan(0);
    for (const edge of direct) {
      const across = edge.points.filter((p) => lb !== undefined && p.x >= lb.x && p.x <= lb.x + lb.width);
      expect(across.every((p) => lb !== undefined && (p.y < lb.y || p.y > lb.y + lb.height)), edge.id).toBe(true);
    }
  });

  it('gives the same bytes for the same input, and leaves the cluster as it was', () => {
    const cluster = load('guide-13-saas-ingress.yaml');
    const before = JSON.stringify(cluster);
    expect(JSON.stringify(toGraph(Object.freeze(cluster)))).toBe(JSON.stringify(toGraph(load('guide-13-saas-ingress.yaml'))));
    expect(JSON.stringify(cluster)).toBe(before);
  });
});

describe('the geometry check itself', () => {
  const box = (id: string, x: number, y: number): GraphNode => ({ id, kind: 'service', x, y, width: 100, height: 40, data: { title: id, subtitle: [], badges: [], simulated: false } });
  const graph: Graph = {
    nodes: [box('a', 0, 0), box('b', 150, 0), box('c', 300, 0)],
    edges: [{ id: 'a->c', source: 'a', target: 'c', kind: 'traffic', points: [{ x: 100, y: 20 }, { x: 300, y: 20 }], labelBox: { x: 120, y: 12, width: 40, height: 17, fontSize: 11, lineHeight: 13, lines: ['80'] } }],
    width: 400,
    height: 40,
  };

  it('finds an edge through a box and a label over one', () => {
    expect(graphProblems(graph)).toEqual(['a->c through b', 'label of a->c over b']);
  });
});
