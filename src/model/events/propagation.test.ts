import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster.ts';
import { measurePropagation, projectPropagation, utf8Length } from './propagation.ts';

const source = { name: 'many.yaml', text: readFileSync(join(import.meta.dirname, '../../examples/scenario-many-endpoints.yaml'), 'utf8') };
const catalog = `apiVersion: v1
kind: Service
metadata: {name: catalog, namespace: default}
spec:
  selector: {app: catalog}
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: catalog, namespace: default}
spec:
  replicas: 250
  selector: {matchLabels: {app: catalog}}
  template:
    metadata: {labels: {app: catalog}}
    spec:
      containers: [{name: app, image: nginx, ports: [{containerPort: 8080}]}]
`;

describe('measurePropagation', () => {
  const before = buildCluster([source]);
  const victim = before.pods.find((pod) => pod.object.metadata?.name?.startsWith('catalog-'))?.object.metadata?.name ?? '';
  const watchers = before.nodes.length;

  it('nothing changes without events', () => {
    const same = measurePropagation(before, buildCluster([source]), watchers);
    expect(same.endpoints).toEqual({ added: 0, updated: 0, deleted: 0, bytesPerWatcher: 0, bytes: 0 });
    expect(same.endpointSlices).toEqual({ added: 0, updated: 0, deleted: 0, bytesPerWatcher: 0, bytes: 0 });
  });

  it('one endpoint of 250 turns not ready: the whole Endpoints object goes to every kube-proxy, one slice of 100', () => {
    const after = buildCluster([source], { events: [{ kind: 'readiness', pod: `default/${victim}`, ready: false }] });
    const result = measurePropagation(before, after, watchers);
    const endpoints = after.endpoints.find((e) => e.key === 'Endpoints/default/catalog');
    expect(result.endpoints).toMatchObject({ added: 0, updated: 1, deleted: 0 });
    expect(result.endpoints.bytesPerWatcher).toBe(utf8Length(JSON.stringify(endpoints?.object)));
    expect(result.endpoints.bytes).toBe(result.endpoints.bytesPerWatcher * watchers);
    // A readiness flip changes one endpoint in place: one slice of at most 100 is resent.
    expect(result.endpointSlices).toMatchObject({ added: 0, updated: 1, deleted: 0 });
    expect(result.endpointSlices.bytesPerWatcher).toBeLessThan(result.endpoints.bytesPerWatcher);
  });

  it('a deletion sends the deleted object too', () => {
    const small = buildCluster([{ name: 'c.yaml', text: catalog.replace('replicas: 250', 'replicas: 1') }]);
    const after = buildCluster([{ name: 'c.yaml', text: catalog.replace('replicas: 250', 'replicas: 1') }], { events: [{ kind: 'scale', workload: 'Deployment/default/catalog', replicas: 0 }] });
    const result = measurePropagation(small, after, 2);
    expect(result.endpoints.updated).toBe(1);
    expect(measurePropagation(after, { ...after, endpoints: [] }, 2).endpoints).toMatchObject({ deleted: after.endpoints.length });
  });
});

describe('projectPropagation', () => {
  it('at 250 endpoints the Endpoints object is resent whole; one slice holds at most 100', () => {
    const cluster = buildCluster([{ name: 'c.yaml', text: catalog }]);
    const measured = JSON.stringify(cluster.endpoints.find((e) => e.key === 'Endpoints/default/catalog')?.object).length;
    const projection = projectPropagation({ endpointsPerService: 250, nodes: 16 });
    // Derived from objects of 4 and 12 endpoints, the projection lands within 2% of the real 250-endpoint object.
    expect(Math.abs(projection.endpoints.objectBytes - measured) / measured).toBeLessThan(0.02);
    expect(projection.endpoints.bytes).toBe(projection.endpoints.objectBytes * 16);
    const slice = cluster.endpointSlices.find((s) => s.object.endpoints?.length === 100);
    expect(Math.abs(projection.endpointSlices.objectBytes - JSON.stringify(slice?.object).length) / projection.endpointSlices.objectBytes).toBeLessThan(0.02);
    expect(projection.ratio).toBeGreaterThan(1.5);
  });

  it.each([
    [10, 'equal'],
    [1000, 'grows'],
    [5000, 'capped'],
  ])('%i endpoints: slices cost the same past 100, Endpoints grow to the 1,000-address cap', (n) => {
    const projection = projectPropagation({ endpointsPerService: n, nodes: 3 });
    const at100 = projectPropagation({ endpointsPerService: 100, nodes: 3 });
    if (n >= 100) expect(projection.endpointSlices).toEqual(at100.endpointSlices);
    if (n === 5000) expect(projection.endpoints).toEqual(projectPropagation({ endpointsPerService: 1000, nodes: 3 }).endpoints);
    if (n === 10) expect(projection.ratio).toBeLessThan(1.5);
  });
});
