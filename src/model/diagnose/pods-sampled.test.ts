import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster.ts';
import type { Cluster } from '../cluster-types.ts';
import { formatCount as count } from '../controllers/format-count.ts';
import { POD_LIMITS } from '../controllers/pod-budget.ts';
import type { ManifestSource } from '../manifest/parse.ts';

/** Generous: these clusters build in about a second, on a busy machine in several. */
const BUDGET = { timeout: 60_000 };
const PER = count(POD_LIMITS.perWorkload);

/** /work/shared/repro/hang-replicas-int32max.yaml, as it was reported. */
const INT32_MAX = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2147483647
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers: [{name: web, image: nginx}]
`;

const deployment = (name: string, replicas: number) => `---
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers: [{name: app, image: nginx}]
`;

const notes = (cluster: Cluster) => cluster.diagnostics.filter((d) => d.code === 'PODS_SAMPLED');
const podsOf = (cluster: Cluster, app: string) => cluster.pods.filter((p) => p.object.metadata?.labels?.app === app);

describe('a workload of more Pods than the simulator materialises', () => {
  it('replicas: 2147483647 (hang-replicas-int32max.yaml): answered, with a warning at the replicas field, the counts exact', BUDGET, () => {
    const cluster = buildCluster([{ name: 'hang-replicas-int32max.yaml', text: INT32_MAX }]);
    expect(podsOf(cluster, 'web')).toHaveLength(POD_LIMITS.perWorkload);
    // As many run as the built-in Nodes' /24s have addresses left (253 each, less the other Pods').
    expect(cluster.deployments.find((e) => e.key === 'Deployment/default/web')?.object.status).toMatchObject({
      replicas: 2147483647,
      updatedReplicas: 2147483647,
      // v1.36's CoreDNS Pods (image v1.14.2, so another pod-template-hash) land on two workers.
      readyReplicas: 757,
      unavailableReplicas: 2147483647 - 757,
    });
    expect(notes(cluster)).toEqual([
      {
        code: 'PODS_SAMPLED',
        severity: 'warning',
        object: 'Deployment/default/web',
        field: 'spec.replicas',
        message: expect.stringMatching(new RegExp(`^2,147,483,647 replicas: the first ${PER} Pods are simulated \\(at most ${PER} per workload\\); the other ${count(2147483647 - POD_LIMITS.perWorkload)} are counted, not simulated\\.`)) as unknown,
        range: { file: 'hang-replicas-int32max.yaml', line: 6, column: 3, endLine: 6, endColumn: 23 },
      },
    ]);
  });

  it('100,000 replicas: the EndpointSlices hold the simulated Pods, the note says so', BUDGET, () => {
    const service = '---\napiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n';
    const cluster = buildCluster([{ name: 'm.yaml', text: deployment('web', 100_000) + service }]);
    const endpoints = cluster.endpointSlices.filter((e) => e.object.metadata?.labels?.['kubernetes.io/service-name'] === 'web').flatMap((e) => e.object.endpoints ?? []);
    expect(endpoints.length).toBeLessThanOrEqual(POD_LIMITS.perWorkload);
    expect(notes(cluster).map((d) => d.message)).toEqual([expect.stringContaining('EndpointSlices, Endpoints, DNS answers, traffic and the graph show only the simulated Pods') as unknown]);
    expect(cluster.deployments.find((e) => e.key === 'Deployment/default/web')?.sample).toMatchObject({ pods: 100_000, simulated: POD_LIMITS.perWorkload, limit: 'workload' });
  });

  it('a What-if scale to 2147483647 (hang-events-scale.events.json on guide-03): answered, the note says kubectl scale', BUDGET, () => {
    const source: ManifestSource = { name: 'guide-03-debug-ui.yaml', text: readFileSync(join(import.meta.dirname, '../../examples/guide-03-debug-ui.yaml'), 'utf8') };
    const cluster = buildCluster([source], { events: [{ kind: 'scale', workload: 'Deployment/monitoring/prometheus', replicas: 2147483647 }] });
    expect(cluster.events[0]).toMatchObject({ applied: true, summary: expect.stringContaining(`counted ${count(2147483647 - POD_LIMITS.perWorkload)}`) as unknown });
    expect(cluster.deployments.find((e) => e.key === 'Deployment/monitoring/prometheus')?.object.status).toMatchObject({ replicas: 2147483647 });
    expect(podsOf(cluster, 'prometheus').length).toBeLessThanOrEqual(POD_LIMITS.perWorkload);
    expect(notes(cluster)).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'spec.replicas', message: expect.stringMatching(new RegExp(`^2,147,483,647 replicas \\(kubectl scale\\): the first ${PER} Pods`)) as unknown }) as unknown,
    ]);
  });

  it('a DaemonSet over more Nodes than the limit: the note stands at its kind, the status counts every Node', BUDGET, () => {
    const nodes = Array.from({ length: POD_LIMITS.perWorkload + 5 }, (_, i) => `---\napiVersion: v1\nkind: Node\nmetadata: {name: node-${String(i).padStart(4, '0')}}\n`).join('');
    const daemon = '---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent}\nspec:\n  selector: {matchLabels: {app: agent}}\n  template:\n    metadata: {labels: {app: agent}}\n    spec:\n      containers: [{name: agent, image: busybox}]\n';
    const cluster = buildCluster([{ name: 'm.yaml', text: nodes + daemon }]);
    // 10.244.0.0/16 holds 256 /24s: the other Nodes get no podCIDR, so their Pods no address.
    expect(cluster.daemonSets.find((e) => e.key === 'DaemonSet/default/agent')?.object.status).toMatchObject({ desiredNumberScheduled: POD_LIMITS.perWorkload + 5, numberReady: 256 });
    expect(notes(cluster)).toEqual([
      expect.objectContaining({ object: 'DaemonSet/default/agent', field: 'kind', message: expect.stringMatching(new RegExp(`^${count(POD_LIMITS.perWorkload + 5)} Nodes should run this DaemonSet's Pod: the first ${PER} Pods are simulated`)) as unknown }) as unknown,
    ]);
    // kube-proxy, the built-in DaemonSet, is sampled too, and says nothing: no one wrote it.
    expect(cluster.daemonSets.find((e) => e.key === 'DaemonSet/kube-system/kube-proxy')?.sample).toMatchObject({ pods: POD_LIMITS.perWorkload + 5 });
  });

  it('past the cluster budget: one warning at the first workload cut, a note at each other, one Pod each', BUDGET, () => {
    const full = Math.ceil(POD_LIMITS.cluster / 1000);
    const text = Array.from({ length: full + 3 }, (_, i) => deployment(`app-${i}`, 1000)).join('');
    const cluster = buildCluster([{ name: 'm.yaml', text }]);
    const sampled = notes(cluster);
    expect(sampled.map((d) => [d.object, d.severity])).toEqual([
      [`Deployment/default/app-${full - 1}`, 'warning'],
      [`Deployment/default/app-${full}`, 'info'],
      [`Deployment/default/app-${full + 1}`, 'info'],
      [`Deployment/default/app-${full + 2}`, 'info'],
    ]);
    expect(sampled[0]?.message).toMatch(/the simulator's budget of 5,000 Pods for the whole cluster is spent\).*The same holds for the 3 workloads created after this one\.$/);
    expect(podsOf(cluster, `app-${full + 1}`)).toHaveLength(1);
    expect(cluster.deployments.every((e) => e.origin !== 'input' || e.object.status?.replicas === 1000)).toBe(true);
  });

  it('a Service whose simulated Pods all turned unready still has ready endpoints among those counted: no finding says otherwise', BUDGET, () => {
    const nodes = Array.from({ length: 8 }, (_, i) => `---\napiVersion: v1\nkind: Node\nmetadata: {name: node-${i}}\n`).join('');
    const service = '---\napiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n';
    const text = nodes + deployment('web', 1500) + service;
    const built = buildCluster([{ name: 'm.yaml', text }]);
    const events = podsOf(built, 'web').map((p) => ({ kind: 'readiness' as const, pod: `default/${p.object.metadata?.name ?? ''}`, ready: false }));
    const cluster = buildCluster([{ name: 'm.yaml', text }], { events });
    expect(cluster.deployments.find((e) => e.key === 'Deployment/default/web')?.object.status?.readyReplicas).toBe(500);
    expect(cluster.diagnostics.filter((d) => d.code === 'NO_READY_ENDPOINTS')).toEqual([]);
  });

  it('the same input gives the same cluster, byte for byte', BUDGET, () => {
    const build = () => JSON.stringify(buildCluster([{ name: 'm.yaml', text: INT32_MAX }]));
    expect(build()).toBe(build());
  });
});
