import { describe, expect, it } from 'vitest';
import type { DaemonSet, Deployment, ReplicaSet, ReplicationController, StatefulSet } from '../objects.ts';
import { controllerInput, entry, pod } from './fixtures.ts';
import { runControllers } from './index.ts';

const template = (labels: Record<string, string>, extra: object = {}) => ({
  metadata: { labels },
  spec: { containers: [{ name: 'app', image: 'nginx', ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }] }], ...extra },
});

const deployment = (name: string, replicas: number): Deployment => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: 'default', uid: `uid-${name}` },
  spec: { replicas, selector: { matchLabels: { app: name } }, template: template({ app: name }) },
});

const statefulSet = (name: string, replicas: number, extra: Partial<NonNullable<StatefulSet['spec']>> = {}): StatefulSet => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name, namespace: 'default', uid: `uid-${name}` },
  spec: { serviceName: name, replicas, selector: { matchLabels: { app: name } }, template: template({ app: name }), ...extra },
});

const daemonSet = (name: string, extra: object = {}): DaemonSet => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name, namespace: 'kube-system', uid: `uid-${name}`, generation: 1 },
  spec: { selector: { matchLabels: { app: name } }, template: template({ app: name }, extra) },
});

const names = (out: ReturnType<typeof runControllers>) => out.pods.map((p) => p.object.metadata?.name);

describe('workload controllers', () => {
  it('Deployment → ReplicaSet <name>-<pod-template-hash> → Pods <rs>-<5 chars> (deployment/sync.go, replica_set.go)', () => {
    const out = runControllers(controllerInput({ deployments: [entry(deployment('web', 3))] }));
    const [rs] = out.replicaSets;
    const hash = rs?.object.metadata?.labels?.['pod-template-hash'] ?? '';
    expect(hash).toMatch(/^[456789bcdf]{1,10}$/);
    expect(rs?.object).toMatchObject({
      metadata: {
        name: `web-${hash}`,
        labels: { app: 'web', 'pod-template-hash': hash },
        annotations: { 'deployment.kubernetes.io/revision': '1', 'deployment.kubernetes.io/desired-replicas': '3', 'deployment.kubernetes.io/max-replicas': '4' },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'uid-web', controller: true, blockOwnerDeletion: true }],
      },
      spec: { replicas: 3, selector: { matchLabels: { app: 'web', 'pod-template-hash': hash } } },
      status: { replicas: 3, readyReplicas: 3, availableReplicas: 3 },
    });
    expect(rs?.origin).toBe('derived');
    expect(out.pods).toHaveLength(3);
    for (const p of out.pods) {
      expect(p.object.metadata?.name).toMatch(new RegExp(`^web-${hash}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
      expect(p.object.metadata?.generateName).toBe(`web-${hash}-`);
      expect(p.object.metadata?.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
      expect(p.object.metadata?.ownerReferences).toEqual([
        { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `web-${hash}`, uid: rs?.object.metadata?.uid, controller: true, blockOwnerDeletion: true },
      ]);
      expect(p.origin).toBe('derived');
      expect(p.source).toEqual(entry(deployment('web', 3)).source);
    }
  });

  it('a Deployment whose ReplicaSet is in the input makes none, and that ReplicaSet adopts its Pods', () => {
    const rs: ReplicaSet = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'web-5d59d67564', namespace: 'default', uid: 'rs-uid', ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'uid-web', controller: true }] },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web', 'pod-template-hash': '5d59d67564' } }, template: template({ app: 'web', 'pod-template-hash': '5d59d67564' }) },
    };
    const existing = pod('web-5d59d67564-abcde', { app: 'web', 'pod-template-hash': '5d59d67564' });
    const out = runControllers(controllerInput({ deployments: [entry(deployment('web', 2))], replicaSets: [entry(rs)], pods: [entry(existing)] }));
    expect(out.replicaSets.map((r) => r.object.metadata?.name)).toEqual(['web-5d59d67564']);
    expect(out.pods).toHaveLength(2);
  });

  it('a terminating Pod no longer counts toward replicas: the ReplicaSet creates a replacement (FilterActivePods)', () => {
    const rs: ReplicaSet = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'api', namespace: 'default', uid: 'rs-uid' },
      spec: { replicas: 1, selector: { matchLabels: { app: 'api' } }, template: template({ app: 'api' }) },
    };
    const leaving = pod('api-old', { app: 'api' }, { metadata: { name: 'api-old', namespace: 'default', deletionTimestamp: '2025-01-01T11:59:00Z' } });
    const out = runControllers(controllerInput({ replicaSets: [entry(rs)], pods: [entry(leaving)] }));
    expect(out.pods.map((p) => p.object.metadata?.generateName ?? p.object.metadata?.name)).toEqual(['api-old', 'api-']);
  });

  it.each([
    ['Deployment', { deployments: [entry(deployment('web', 0))] }],
    ['StatefulSet', { statefulSets: [entry(statefulSet('db', 0))] }],
  ])('replicas 0 on a %s makes no Pod', (_kind, input) => {
    expect(runControllers(controllerInput(input)).pods).toEqual([]);
  });

  it('StatefulSet Pods <set>-<ordinal> with hostname, subdomain and identity labels (stateful_set_utils.go)', () => {
    const out = runControllers(controllerInput({ statefulSets: [entry(statefulSet('db', 3))] }));
    expect(names(out)).toEqual(['db-0', 'db-1', 'db-2']);
    const db1 = out.pods[1]?.object;
    expect(db1?.spec).toMatchObject({ hostname: 'db-1', subdomain: 'db' });
    expect(db1?.metadata?.labels).toMatchObject({ app: 'db', 'statefulset.kubernetes.io/pod-name': 'db-1', 'apps.kubernetes.io/pod-index': '1' });
    expect(db1?.metadata?.labels?.['controller-revision-hash']).toMatch(/^db-[456789bcdf]{1,10}$/);
    expect(db1?.metadata?.ownerReferences?.[0]).toMatchObject({ kind: 'StatefulSet', name: 'db', controller: true });
  });

  it('StatefulSet: spec.ordinals.start and volumeClaimTemplates', () => {
    const set = statefulSet('db', 2, { ordinals: { start: 5 }, volumeClaimTemplates: [{ metadata: { name: 'data' } }] });
    const out = runControllers(controllerInput({ statefulSets: [entry(set)] }));
    expect(names(out)).toEqual(['db-5', 'db-6']);
    // The claim's volume, then the service-account token volume the ServiceAccount admission plugin adds.
    expect(out.pods[0]?.object.spec?.volumes?.[0]).toEqual({ name: 'data', persistentVolumeClaim: { claimName: 'data-db-5' } });
    expect(out.pods[0]?.object.spec?.volumes?.map((v) => v.name)).toEqual(['data', expect.stringMatching(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/)]);
  });

  it('StatefulSet OrderedReady stops at the first Pod that cannot run; Parallel makes them all', () => {
    const stuck = { nodeSelector: { disk: 'ssd' } };
    const ordered = statefulSet('db', 3, { template: template({ app: 'db' }, stuck) });
    const parallel = statefulSet('db', 3, { template: template({ app: 'db' }, stuck), podManagementPolicy: 'Parallel' });
    expect(names(runControllers(controllerInput({ statefulSets: [entry(ordered)] })))).toEqual(['db-0']);
    expect(names(runControllers(controllerInput({ statefulSets: [entry(parallel)] })))).toEqual(['db-0', 'db-1', 'db-2']);
  });

  it('DaemonSet: one Pod per Node it fits, the control plane only when tolerated (daemon_controller.go)', () => {
    const plain = runControllers(controllerInput({ daemonSets: [entry(daemonSet('agent'))] }));
    expect(plain.pods.map((p) => p.object.spec?.nodeName)).toEqual(['worker1', 'worker2', 'worker3']);
    const tolerant = runControllers(controllerInput({ daemonSets: [entry(daemonSet('proxy', { tolerations: [{ operator: 'Exists' }] }))] }));
    expect(tolerant.pods.map((p) => p.object.spec?.nodeName)).toEqual(['control-plane', 'worker1', 'worker2', 'worker3']);
    const first = plain.pods[0]?.object;
    expect(first?.metadata?.name).toMatch(/^agent-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(first?.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms).toEqual([
      { matchFields: [{ key: 'metadata.name', operator: 'In', values: ['worker1'] }] },
    ]);
    expect(first?.spec?.tolerations).toContainEqual({ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' });
    expect(first?.metadata?.labels).toMatchObject({ app: 'agent', 'pod-template-generation': '1' });
  });

  it('ReplicationController and a bare ReplicaSet make their own Pods', () => {
    const rc: ReplicationController = {
      apiVersion: 'v1',
      kind: 'ReplicationController',
      metadata: { name: 'legacy', namespace: 'default' },
      spec: { replicas: 2, selector: { app: 'legacy' }, template: template({ app: 'legacy' }) },
    };
    const rs: ReplicaSet = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'bare', namespace: 'default' },
      spec: { replicas: 1, selector: { matchLabels: { app: 'bare' } }, template: template({ app: 'bare' }) },
    };
    const out = runControllers(controllerInput({ replicationControllers: [entry(rc)], replicaSets: [entry(rs)] }));
    expect(out.pods.map((p) => p.object.metadata?.ownerReferences?.[0]?.kind).sort()).toEqual(['ReplicaSet', 'ReplicationController', 'ReplicationController']);
    expect(out.replicaSets).toEqual([entry(rs)]);
  });
});
