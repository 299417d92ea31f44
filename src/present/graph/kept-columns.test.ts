import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../model/index.ts';
import { keptColumns } from './kept-columns.ts';
import { toGraph } from './to-graph.ts';
import type { Graph } from './types.ts';

/** A NodePort Service whose port line is `port`, with two Pods. */
const manifest = (port: string, pods = ['web-a', 'web-b']): string =>
  [
    'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  type: NodePort\n  selector: {app: web}\n  ports:\n    - port: ' + port + '\n      targetPort: 8080\n      nodePort: 30080',
    ...pods.map((name) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, labels: {app: web}}\nspec:\n  containers: [{name: c, image: nginx, ports: [{containerPort: 8080}]}]`),
  ].join('\n---\n');

const graphOf = (text: string, before?: Graph): Graph => toGraph(buildCluster([{ name: 'm.yaml', text }]), before === undefined ? {} : { keep: keptColumns(before) });
const place = (graph: Graph): Record<string, string> => Object.fromEntries(graph.nodes.map((n) => [n.id, `${n.x},${n.y},${n.width}`]));
const serviceWidth = (graph: Graph): number | undefined => graph.nodes.find((n) => n.id === 'svc:default/web')?.width;

describe('kept columns', () => {
  // `ClusterIP 10.111.1.98:808` needs a step more than `…:80`.
  const [long, short] = ['808', '80'];

  it('finds the edit that needs a narrower column', () => {
    expect(serviceWidth(graphOf(manifest(short)))).toBeLessThan(serviceWidth(graphOf(manifest(long))) ?? 0);
  });

  it('keeps every box where it was when the same boxes are drawn one step narrower, and back', () => {
    const first = graphOf(manifest(long));
    const edited = graphOf(manifest(short), first);
    expect(place(edited)).toEqual(place(first));
    expect(graphOf(manifest(long), edited)).toEqual(first);
  });

  it('lays out afresh when the boxes are not the same ones', () => {
    const first = graphOf(manifest(long));
    expect(graphOf(manifest(short, ['web-a']), first)).toEqual(graphOf(manifest(short, ['web-a'])));
  });

  it('widens a column at once, and narrows one more than a step', () => {
    const narrow = graphOf(manifest(short));
    expect(graphOf(manifest(long), narrow)).toEqual(graphOf(manifest(long)));
    const wide = graphOf(manifest('8080'), undefined);
    const wider = { ...wide, nodes: wide.nodes.map((n) => (n.id === 'svc:default/web' ? { ...n, width: n.width + 64 } : n)) };
    expect(graphOf(manifest(short), wider)).toEqual(narrow);
  });
});
