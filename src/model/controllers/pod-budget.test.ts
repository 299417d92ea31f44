import { describe, expect, it } from 'vitest';
import type { DaemonSet, Deployment, ReplicationController, StatefulSet } from '../objects.ts';
import type { RuntimeEvent } from '../events/types.ts';
import { controllerInput, entry, node, WORKERS } from './fixtures.ts';
import { runControllers, type ControllerInput } from './index.ts';
import { createPodBudget, type PodLimits } from './pod-budget.ts';
import { MAX_EVENTS } from '../events/apply-events.ts';
import { EVENT_PODS } from '../events/overlay-state.ts';

const template = (app: string, extra: object = {}) => ({
  metadata: { labels: { app } },
  spec: { containers: [{ name: 'app', image: 'nginx' }], ...extra },
});

const deployment = (name: string, replicas: number, extra: object = {}): Deployment => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: 'default', uid: `uid-${name}` },
  spec: { replicas, selector: { matchLabels: { app: name } }, template: template(name, extra) },
});

const statefulSet = (name: string, replicas: number, podManagementPolicy: 'OrderedReady' | 'Parallel'): StatefulSet => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name, namespace: 'default', uid: `uid-${name}` },
  spec: { serviceName: name, replicas, podManagementPolicy, selector: { matchLabels: { app: name } }, template: template(name) },
});

const daemonSet = (name: string): DaemonSet => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name, namespace: 'default', uid: `uid-${name}`, generation: 1 },
  spec: { selector: { matchLabels: { app: name } }, template: template(name) },
});

const replicationController = (name: string, replicas: number): ReplicationController => ({
  apiVersion: 'v1',
  kind: 'ReplicationController',
  metadata: { name, namespace: 'default', uid: `uid-${name}` },
  spec: { replicas, selector: { app: name }, template: template(name) },
});

const UNLIMITED: PodLimits = { perWorkload: Infinity, cluster: Infinity };

/** Every workload's status, and every count a printer shows: what must not depend on the limits. */
function counts(out: ReturnType<typeof runControllers>) {
  return {
    deployments: out.deployments.map((e) => [e.key, e.object.status?.replicas, e.object.status?.readyReplicas, e.object.status?.conditions?.[0]?.status]),
    replicaSets: out.replicaSets.map((e) => [e.key, e.object.status?.replicas, e.object.status?.readyReplicas]),
    statefulSets: out.statefulSets.map((e) => [e.key, e.object.status?.replicas, e.object.status?.readyReplicas]),
    daemonSets: out.daemonSets.map((e) => [e.key, e.object.status?.desiredNumberScheduled, e.object.status?.numberReady, e.object.status?.numberUnavailable]),
  };
}

/** The same input with and without limits: the counts agree, fewer Pods are materialised. */
function compare(input: Partial<ControllerInput>, limits: PodLimits) {
  const exact = runControllers(controllerInput({ ...input, limits: UNLIMITED }));
  const sampled = runControllers(controllerInput({ ...input, limits }));
  return { exact, sampled };
}

describe('createPodBudget', () => {
  it.each([
    ['within both limits', [[3, 0]], [{ pods: 3 }]],
    ['past the per-workload limit', [[12, 0]], [{ pods: 10, limit: 'workload' }]],
    ['past the cluster budget, then one Pod for each workload with none', [[10, 0], [10, 0], [10, 0], [5, 0]], [{ pods: 10 }, { pods: 10 }, { pods: 5, limit: 'cluster' }, { pods: 1, limit: 'cluster' }]],
    ['an owner that has Pods gets none past the budget', [[10, 0], [10, 0], [10, 0], [2, 3]], [{ pods: 10 }, { pods: 10 }, { pods: 5, limit: 'cluster' }, { pods: 0, limit: 'cluster' }]],
  ] as const)('%s', (_name, calls, grants) => {
    const budget = createPodBudget({ perWorkload: 10, cluster: 25 });
    expect(calls.map(([wanted, existing]) => budget.grant(wanted, existing))).toEqual(grants);
  });

  it('a released Pod frees its place in the cluster budget', () => {
    const budget = createPodBudget({ perWorkload: 10, cluster: 10 });
    budget.grant(10);
    budget.release(2);
    expect(budget.grant(5, 0)).toEqual({ pods: 2, limit: 'cluster' });
  });
});

describe('Pods past the budget are counted, not materialised: every count stays exact', () => {
  it('a Deployment past the per-workload limit: the status counts every Pod, ready ones up to the Nodes\' addresses', () => {
    // 3 workers × 253 addresses (a /24 less network, gateway, broadcast): 759 Pods can run.
    const { exact, sampled } = compare({ deployments: [entry(deployment('web', 800)), entry(deployment('late', 4), 1)] }, { perWorkload: 10, cluster: 100 });
    expect(counts(sampled)).toEqual(counts(exact));
    expect(counts(sampled).deployments).toEqual([['Deployment/default/web', 800, 759, 'True'], ['Deployment/default/late', 4, undefined, 'False']]);
    expect(sampled.pods.filter((p) => p.object.metadata?.labels?.app === 'web')).toHaveLength(10);
    const rs = sampled.replicaSets.find((e) => e.object.metadata?.name?.startsWith('web-'));
    expect(rs?.sample).toMatchObject({ pods: 800, simulated: 10, limit: 'workload' });
    expect(rs?.sample?.unsimulated.reduce((n, t) => n + t.ready, 0)).toBe(749);
    expect(sampled.deployments[0]?.sample).toMatchObject({ pods: 800, simulated: 10 });
    expect(sampled.deployments[1]?.sample).toBeUndefined();
  });

  it('the cluster budget, spent in creation order: later workloads still get one Pod each', () => {
    const input = { deployments: [0, 1, 2, 3].map((i) => entry(deployment(`app-${i}`, 6), i)) };
    const { exact, sampled } = compare(input, { perWorkload: 100, cluster: 14 });
    expect(counts(sampled)).toEqual(counts(exact));
    const simulated = (app: string) => sampled.pods.filter((p) => p.object.metadata?.labels?.app === app).length;
    expect(['app-0', 'app-1', 'app-2', 'app-3'].map(simulated)).toEqual([6, 6, 2, 1]);
    expect(sampled.deployments.map((e) => e.sample?.limit)).toEqual([undefined, undefined, 'cluster', 'cluster']);
  });

  it.each(['OrderedReady', 'Parallel'] as const)('a StatefulSet (%s): ordinals past the limit are counted', (policy) => {
    const { exact, sampled } = compare({ statefulSets: [entry(statefulSet('db', 300, policy))] }, { perWorkload: 7, cluster: 100 });
    expect(counts(sampled)).toEqual(counts(exact));
    expect(sampled.pods.map((p) => p.object.metadata?.name)).toEqual(['db-0', 'db-1', 'db-2', 'db-3', 'db-4', 'db-5', 'db-6']);
    expect(sampled.statefulSets[0]?.sample).toMatchObject({ pods: 300, simulated: 7 });
  });

  it('a DaemonSet over more Nodes than the limit: the first Nodes by name get Pods, the others are counted', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => entry(node(`node-${String(i).padStart(2, '0')}`, 'zone-a')));
    const { exact, sampled } = compare({ nodes, daemonSets: [entry(daemonSet('agent'))] }, { perWorkload: 5, cluster: 100 });
    expect(counts(sampled)).toEqual(counts(exact));
    expect(sampled.pods.map((p) => p.object.spec?.nodeName)).toEqual(['node-00', 'node-01', 'node-02', 'node-03', 'node-04']);
    expect(sampled.daemonSets[0]?.sample).toMatchObject({ pods: 40, simulated: 5 });
  });

  it('a ReplicationController and hostNetwork Pods, which take no Pod address: all of them run', () => {
    const { exact, sampled } = compare(
      { replicationControllers: [entry(replicationController('legacy', 50))], deployments: [entry(deployment('host', 900, { hostNetwork: true }), 1)] },
      { perWorkload: 5, cluster: 100 },
    );
    expect(counts(sampled)).toEqual(counts(exact));
    expect(counts(sampled).deployments).toEqual([['Deployment/default/host', 900, 900, 'True']]);
    expect(sampled.replicationControllers[0]?.sample).toMatchObject({ pods: 50, simulated: 5 });
  });

  it('Pods no Node fits are counted as Pending', () => {
    const pinned = deployment('nowhere', 30, { nodeSelector: { disk: 'ssd' } });
    const { exact, sampled } = compare({ deployments: [entry(pinned)] }, { perWorkload: 3, cluster: 100 });
    expect(counts(sampled)).toEqual(counts(exact));
    expect(sampled.deployments[0]?.sample?.unsimulated).toEqual([{ node: '', pods: 27, ready: 0 }]);
  });

  it('the legacy Endpoints say over-capacity when the Pods counted take them past 1,000 addresses', () => {
    const nodes = Array.from({ length: 6 }, (_, i) => entry(node(`node-${i}`, 'zone-a')));
    const web = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default', uid: 'uid-svc' }, spec: { selector: { app: 'web' }, ports: [{ port: 80, protocol: 'TCP' }], clusterIP: '10.96.0.20', clusterIPs: ['10.96.0.20'], type: 'ClusterIP' } } as const;
    const { exact, sampled } = compare({ nodes, deployments: [entry(deployment('web', 1200))], services: [entry(web as never)] }, { perWorkload: 10, cluster: 100 });
    const annotations = (out: ReturnType<typeof runControllers>) => out.endpoints.find((e) => e.key === 'Endpoints/default/web')?.object.metadata?.annotations;
    expect(annotations(exact)).toEqual({ 'endpoints.kubernetes.io/over-capacity': 'truncated' });
    expect(annotations(sampled)).toEqual(annotations(exact));
  });

  it('the sample is deterministic', () => {
    const input = { deployments: [entry(deployment('web', 5000))], daemonSets: [entry(daemonSet('agent'), 1)] };
    const once = JSON.stringify(runControllers(controllerInput(input)));
    expect(JSON.stringify(runControllers(controllerInput(input)))).toBe(once);
  });
});

describe('What-if events past the budget', () => {
  const scale = (workload: string, replicas: number): RuntimeEvent => ({ kind: 'scale', workload, replicas });
  const limits: PodLimits = { perWorkload: 10, cluster: 100 };

  it.each<[string, RuntimeEvent[]]>([
    ['scaled up past the limit', [scale('Deployment/default/web', 900)]],
    ['scaled up, then down below the limit', [scale('Deployment/default/web', 900), scale('Deployment/default/web', 4)]],
    ['scaled up, then down past the limit', [scale('Deployment/default/web', 900), scale('Deployment/default/web', 300)]],
    ['scaled up, then a Node drained', [scale('Deployment/default/web', 600), { kind: 'drain', node: 'worker1' }]],
    ['a StatefulSet scaled up and down (Parallel)', [scale('StatefulSet/default/db', 400), scale('StatefulSet/default/db', 200)]],
    ['a StatefulSet scaled up (OrderedReady waits at the first Pod without an address)', [scale('StatefulSet/default/ordered', 900)]],
  ])('%s: the counts are those of every Pod simulated', (_name, events) => {
    const input = {
      deployments: [entry(deployment('web', 2))],
      statefulSets: [entry(statefulSet('db', 2, 'Parallel'), 1), entry(statefulSet('ordered', 1, 'OrderedReady'), 2)],
      runtimeEvents: events,
    };
    const { exact, sampled } = compare(input, limits);
    expect(counts(sampled)).toEqual(counts(exact));
    expect(sampled.pods.length).toBeLessThan(3 * limits.perWorkload + WORKERS.length + 1);
    expect(sampled.events.map((e) => e.applied)).toEqual(events.map(() => true));
  });

  it('the event says what it counted instead of listing a Pod per line', () => {
    const out = runControllers(controllerInput({ deployments: [entry(deployment('web', 2))], runtimeEvents: [scale('Deployment/default/web', 2147483647)], limits }));
    expect(out.events[0]?.summary).toMatch(/created (web-\S+ on worker\d \(10\.244\.\d+\.\d+\), ){7}web-\S+ on worker\d \(10\.244\.\d+\.\d+\), counted 2,147,483,637 more Pods/);
    expect(out.deployments[0]?.object.status).toMatchObject({ replicas: 2147483647, readyReplicas: 759 });
  });

  it('scaling up and down again and again materialises at most EVENT_PODS Pods in all; events past MAX_EVENTS are reported, not applied', { timeout: 60_000 }, () => {
    const events = Array.from({ length: MAX_EVENTS + 5 }, (_, i) => scale('Deployment/default/web', i % 2 === 0 ? 1000 : 2));
    const churned = runControllers(controllerInput({ deployments: [entry(deployment('web', 2))], runtimeEvents: events.slice(0, 2 * Math.ceil(EVENT_PODS / 1000) + 3) }));
    // Past EVENT_PODS, scaling up again counts the Pods: 998 beside the 2 simulated.
    expect(churned.events.at(-1)?.summary).toMatch(/counted 998 more Pods/);
    const out = runControllers(controllerInput({ deployments: [entry(deployment('web', 2))], runtimeEvents: events }));
    expect(out.events.slice(MAX_EVENTS).map((e) => [e.applied, e.summary])).toEqual(Array.from({ length: 5 }, () => [false, 'not applied: a What-if timeline applies its first 1,000 events']));
    expect(out.deployments[0]?.object.status).toMatchObject({ replicas: 2 });
  });

  it('a count past int32 is refused as the scale subresource refuses it', () => {
    const out = runControllers(controllerInput({ deployments: [entry(deployment('web', 2))], runtimeEvents: [scale('Deployment/default/web', 2147483648)] }));
    expect(out.events[0]).toMatchObject({ applied: false, summary: expect.stringContaining('of type int32') as unknown });
  });
});
