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
import { addEdge, addNode, COLUMN, COLUMN_OF, createDraft, type Draft } from './draft.ts';
import { graphProblems } from './geometry-check.ts';
import { layoutDraft } from './layout.ts';
import { approximateMeasurer } from './measure.ts';
import { toGraph } from './to-graph.ts';
import type { Graph, GraphNode, GraphNodeData, GraphView } from './types.ts';

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

describe('the layout remembered from the graph before', () => {
  const loadText = (text: string): Cluster => buildCluster([{ name: 'manifest.yaml', text }], { gatewayApi: holdsGatewayApi(text) });
  /** Each example, and the example with its first Service port's number made longer (a label grows, the boxes stay). */
  const EDITED = EXAMPLES.flatMap((example) => {
    const text = readFileSync(join(import.meta.dirname, '../../examples', example.file), 'utf8');
    const edited = text.replace(/^(\s*(?:- )?port: )(\d+)\s*$/m, (_, head: string, port: string) => `${head}${port}1`);
    return edited === text ? [] : [[example.id, text, edited] as const];
  });

  /** Laid out after another graph altogether, so that nothing of the graph before is remembered. */
  const afresh = (text: string): string => {
    toGraph(loadText(''));
    return JSON.stringify(toGraph(loadText(text)));
  };

  it.each(EDITED)('%s: a graph laid out right after the one before the edit is the graph laid out afresh', (_, text, edited) => {
    const expected = afresh(edited);
    afresh(text);
    expect(JSON.stringify(toGraph(loadText(edited)))).toBe(expected);
  });
});

describe('the layout of a draft whose boxes grew', () => {
  /** A Service between a client and three Pods; `lines` subtitle lines on the middle Pod, which decide its height. */
  const draftWith = (lines: number, label = '80 → 8080'): Draft => {
    const draft = createDraft();
    const data = (title: string, subtitle: string[] = []): GraphNodeData => ({ title, subtitle, badges: [], simulated: false });
    addNode(draft, { id: 'client:external', kind: 'client', column: COLUMN_OF.client, data: data('External client') });
    addNode(draft, { id: 'svc:default/web', kind: 'service', column: COLUMN_OF.service, data: data('web', ['ClusterIP 10.96.0.10']) });
    addEdge(draft, 'client:external', 'svc:default/web', 'traffic', '80');
    for (const [i, pod] of ['a', 'b', 'c'].entries()) {
      addNode(draft, { id: `pod:default/${pod}`, kind: 'pod', column: COLUMN_OF.pod, data: data(pod, i === 1 ? Array.from({ length: lines }, (_, n) => `line ${n}`) : []) });
      addEdge(draft, 'svc:default/web', `pod:default/${pod}`, 'traffic', label);
    }
    return draft;
  };

  const layout = (draft: Draft): string => JSON.stringify(layoutDraft(draft, approximateMeasurer, COLUMN.service));
  /** Laid out after another draft altogether, so that nothing of the draft before is remembered. */
  const afresh = (draft: Draft): string => {
    layout(createDraft());
    return layout(draft);
  };

  it('gives the very graph of last time for the same draft, and a new one for another', () => {
    const first = layoutDraft(draftWith(1), approximateMeasurer, COLUMN.service);
    expect(layoutDraft(draftWith(1), approximateMeasurer, COLUMN.service)).toBe(first);
    expect(layoutDraft(draftWith(1), approximateMeasurer, COLUMN.service, new Map([[COLUMN_OF.pod, 400]]))).not.toBe(first);
    const second = layoutDraft(draftWith(2), approximateMeasurer, COLUMN.service);
    expect(second).not.toBe(first);
    expect(layoutDraft(draftWith(2), approximateMeasurer, COLUMN.service)).toBe(second);
  });

  it('lays a taller box out as a fresh layout would, right after the box was shorter', () => {
    const expected = afresh(draftWith(4));
    afresh(draftWith(1));
    expect(layout(draftWith(4))).toBe(expected);
  });

  it('lays a longer label out as a fresh layout would, right after it was shorter', () => {
    const long = '80 → 8080, 443 → 8443, 9090 → 9090, 9091 → 9091';
    const expected = afresh(draftWith(1, long));
    afresh(draftWith(1));
    expect(layout(draftWith(1, long))).toBe(expected);
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
