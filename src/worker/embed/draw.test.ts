import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../model/index.ts';
import { toGraph } from '../../present/graph/index.ts';
import { renderSvg } from '../../present/svg/index.ts';
import { createEmbedModel } from './draw.ts';

const example = (file: string): string => readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8');
const DEBUG_UI = example('guide-03-debug-ui.yaml');
const TRAFFIC = example('scenario-traffic-policies.yaml');

const withoutTitle = (svg: string): string => svg.replace(/aria-label="[^"]*"/, '').replace(/<title>[^<]*<\/title>/, '');

describe('the embed’s drawing', () => {
  it('is the graph and the SVG that `kse render` draws', () => {
    const drawing = createEmbedModel().draw({ type: 'draw', id: 1, manifest: DEBUG_UI, theme: 'dark' });
    const graph = toGraph(buildCluster([{ name: 'manifest.yaml', text: DEBUG_UI }]));
    expect(drawing.graph).toEqual(graph);
    expect(withoutTitle(drawing.svg)).toBe(withoutTitle(renderSvg(graph, { theme: 'dark' })));
    expect(drawing.svg).toContain('aria-label="Kubernetes Services: monitoring/debug-ui"');
  });

  it('sends the packet to the link’s Service, else to the first one drawn', () => {
    const model = createEmbedModel();
    const wanted = model.draw({ type: 'draw', id: 1, manifest: TRAFFIC, service: 'default/echo-lb', theme: 'light' });
    const first = model.draw({ type: 'draw', id: 2, manifest: TRAFFIC, service: 'default/nothing-here', theme: 'light' });
    const service = (d: typeof wanted): string | null | undefined => (d.trace?.ok === true ? d.trace.trace.service : undefined);
    expect(service(wanted)).toBe('default/echo-lb');
    expect(service(first)).not.toBe('default/echo-lb');
    expect(first.trace?.ok).toBe(true);
    expect(first.packetKey).not.toBe(wanted.packetKey);
  });

  it('applies the link’s What-if timeline, and leaves out events it cannot read', () => {
    const pod = buildCluster([{ name: 'm', text: DEBUG_UI }]).pods.find((p) => p.object.metadata?.namespace === 'monitoring')?.object.metadata?.name ?? '';
    const events = JSON.stringify([{ kind: 'readiness', pod: `monitoring/${pod}`, ready: false }, { kind: 'no-such-event' }]);
    const drawing = createEmbedModel().draw({ type: 'draw', id: 1, manifest: DEBUG_UI, events, theme: 'light' });
    expect(drawing.graph.nodes.find((n) => n.id === `pod:monitoring/${pod}`)?.data.status).toBe('notReady');
  });

  it('reads the text as the link says: a dumped Service is kept as stored, and refused when read as a manifest', () => {
    const dumped = `apiVersion: v1
kind: Service
metadata: {name: web, namespace: default, resourceVersion: "4711", uid: 0b9c7c1e-2f4a-4d8e-9d43-5a1f0c6a7e21}
spec: {clusterIP: 10.96.12.34, clusterIPs: [10.96.12.34], selector: {app: web}, ports: [{port: 80, protocol: TCP, targetPort: 80}]}
`;
    const model = createEmbedModel();
    const stored = model.draw({ type: 'draw', id: 1, manifest: dumped, theme: 'light' });
    expect(stored.graph.nodes.find((n) => n.id === 'svc:default/web')?.data.subtitle.join(' ')).toContain('10.96.12.34');
    const applied = model.draw({ type: 'draw', id: 2, manifest: dumped, input: 'manifest', theme: 'light' });
    expect(applied.graph.nodes.some((n) => n.id === 'svc:default/web')).toBe(false);
    expect(model.draw({ type: 'draw', id: 3, manifest: dumped, input: 'newer-mode', theme: 'light' }).graph).toEqual(stored.graph);
  });

  it('draws the namespace the link names, or every one, as the explorer would', () => {
    const service = (namespace: string, name: string) =>
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  selector:\n    app: ${name}\n  ports:\n    - port: 80\n`;
    const manifest = ['alpha', 'beta']
      .flatMap((namespace) => [`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${namespace}\n`, service(namespace, `${namespace}-web`)])
      .join('---\n');
    const model = createEmbedModel();
    const services = (d: ReturnType<typeof model.draw>) => d.graph.nodes.filter((n) => n.kind === 'service').map((n) => n.id);
    expect(services(model.draw({ type: 'draw', id: 1, manifest, namespace: 'beta', theme: 'light' }))).toEqual(['svc:beta/beta-web']);
    const all = services(model.draw({ type: 'draw', id: 2, manifest, namespace: '*', theme: 'light' }));
    expect(all).toEqual(['svc:alpha/alpha-web', 'svc:beta/beta-web']);
    // A namespace without Services (a link made before an edit) draws as if none were named.
    expect(services(model.draw({ type: 'draw', id: 3, manifest, namespace: 'gamma', theme: 'light' }))).toEqual(all);
  });

  it('redraws its last graph in the other theme', () => {
    const model = createEmbedModel();
    expect(model.restyle('dark')).toBeUndefined();
    const light = model.draw({ type: 'draw', id: 1, manifest: DEBUG_UI, theme: 'light' });
    const dark = model.restyle('dark');
    expect(dark).not.toBe(light.svg);
    expect(dark).toBe(renderSvg(light.graph, { theme: 'dark', title: 'Kubernetes Services: monitoring/debug-ui' }));
  });

  it('draws a manifest without Services, with no packet', () => {
    const drawing = createEmbedModel().draw({ type: 'draw', id: 1, manifest: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: empty\n', theme: 'light' });
    expect(drawing.trace).toBeUndefined();
    expect(drawing.svg).toContain('aria-label="Kubernetes Services: none drawn"');
  });
});
