import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ManifestSource } from '../manifest/parse.ts';
import type { RuntimeEvent } from './types.ts';
import { build, DAEMON_MANIFEST, endpointsAddresses, placements, podNamed, podsWithPrefix, sliceEndpoints } from './testing.ts';

const example = (file: string): ManifestSource => ({ name: file, text: readFileSync(join(import.meta.dirname, '../../examples', file), 'utf8') });
const GUIDE = [example('guide-01-fraud-detection.yaml')];
const STS = [example('scenario-statefulset-dns.yaml')];
const NOW = '2025-01-01T12:00:00Z';

const base = build(GUIDE);
const [first, second, third] = podsWithPrefix(base, 'fintech', 'fraud-api-').map((pod) => pod.object);
const ref = (name: string | undefined) => `fintech/${name ?? ''}`;

describe('delete-pod', () => {
  it('a ReplicaSet replaces the Pod with a new name, uid and IP, created now, on a schedulable Node', () => {
    const cluster = build(GUIDE, [
      { kind: 'cordon', node: 'worker-1', unschedulable: true },
      { kind: 'delete-pod', pod: ref(first?.metadata?.name) },
    ]);
    const pods = podsWithPrefix(cluster, 'fintech', 'fraud-api-').map((pod) => pod.object);
    expect(pods).toHaveLength(3);
    const fresh = pods.find((pod) => ![first, second, third].some((old) => old?.metadata?.name === pod.metadata?.name));
    expect(fresh?.metadata?.generateName).toBe(first?.metadata?.generateName);
    expect(fresh?.metadata?.name).toMatch(/^fraud-api-[a-z0-9]+-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(fresh?.metadata?.uid).not.toBe(first?.metadata?.uid);
    expect(fresh?.status?.podIP).not.toBe(first?.status?.podIP);
    expect(fresh?.metadata?.creationTimestamp).toBe(NOW);
    expect(['worker-2', 'worker-3']).toContain(fresh?.spec?.nodeName);
    expect(sliceEndpoints(cluster, 'fintech', 'fraud-detection').map((e) => e[0]).sort()).toEqual(pods.map((pod) => pod.metadata?.name).sort());
    expect(endpointsAddresses(cluster, 'fintech', 'fraud-detection').ready).toContain(fresh?.status?.podIP);
    expect(endpointsAddresses(cluster, 'fintech', 'fraud-detection').ready).not.toContain(first?.status?.podIP);
    const outcome = cluster.events[1];
    expect(outcome?.applied).toBe(true);
    expect(outcome?.summary).toBe(
      `pod "${first?.metadata?.name ?? ''}" deleted; ReplicaSet ${first?.metadata?.ownerReferences?.[0]?.name ?? ''} created ${fresh?.metadata?.name ?? ''} on ${fresh?.spec?.nodeName ?? ''} (${fresh?.status?.podIP ?? ''})`,
    );
    expect(outcome?.touched).toEqual([`Pod/fintech/${first?.metadata?.name ?? ''}`, `Pod/fintech/${fresh?.metadata?.name ?? ''}`]);
    expect(cluster.replicaSets.find((rs) => rs.key.startsWith('ReplicaSet/fintech/'))?.object.status?.readyReplicas).toBe(3);
  });

  it('a StatefulSet Pod comes back under the same name, with a new uid and IP and its DNS hostname', () => {
    const before = podNamed(build(STS), 'default', 'web-1');
    const cluster = build(STS, [{ kind: 'delete-pod', pod: 'default/web-1' }]);
    const after = podNamed(cluster, 'default', 'web-1');
    expect(after?.metadata?.uid).not.toBe(before?.metadata?.uid);
    expect(after?.status?.podIP).not.toBe(before?.status?.podIP);
    expect(after?.spec?.hostname).toBe('web-1');
    expect(cluster.events[0]?.summary).toMatch(/^pod "web-1" deleted; StatefulSet web created web-1 on \S+ \(10\.244\.\d+\.\d+\)$/);
    const endpoint = cluster.endpointSlices.flatMap((s) => s.object.endpoints ?? []).find((e) => e.hostname === 'web-1');
    expect(endpoint?.addresses).toEqual([after?.status?.podIP]);
  });

  it('a DaemonSet Pod comes back on the same Node with a new name; a bare Pod is gone', () => {
    const daemon = podsWithPrefix(build([DAEMON_MANIFEST]), 'default', 'agent-')[0]?.object;
    const cluster = build([DAEMON_MANIFEST], [
      { kind: 'delete-pod', pod: `default/${daemon?.metadata?.name ?? ''}` },
      { kind: 'delete-pod', pod: 'default/solo' },
    ]);
    const agents = podsWithPrefix(cluster, 'default', 'agent-').map((pod) => pod.object);
    const back = agents.find((pod) => pod.spec?.nodeName === daemon?.spec?.nodeName);
    expect(back?.metadata?.name).not.toBe(daemon?.metadata?.name);
    expect(agents).toHaveLength(podsWithPrefix(build([DAEMON_MANIFEST]), 'default', 'agent-').length);
    expect(podNamed(cluster, 'default', 'solo')).toBeUndefined();
    expect(cluster.events[1]?.summary).toBe('pod "solo" deleted; no controller owns it, so nothing replaces it');
    expect(cluster.events[1]?.touched).toEqual(['Pod/default/solo']);
  });
});

describe('terminate-pod', () => {
  it('a terminating ReplicaSet Pod stays with terminating=true, out of Endpoints; a replacement starts at once', () => {
    const cluster = build(GUIDE, [{ kind: 'terminate-pod', pod: ref(first?.metadata?.name) }]);
    const old = podNamed(cluster, 'fintech', first?.metadata?.name ?? '');
    expect(old?.metadata?.deletionTimestamp).toBe(NOW);
    expect(old?.metadata?.deletionGracePeriodSeconds).toBe(30);
    expect(podsWithPrefix(cluster, 'fintech', 'fraud-api-')).toHaveLength(4);
    const endpoint = sliceEndpoints(cluster, 'fintech', 'fraud-detection').find((e) => e[0] === first?.metadata?.name);
    expect(endpoint?.slice(1, 4)).toEqual([false, true, true]);
    expect(endpointsAddresses(cluster, 'fintech', 'fraud-detection')).toMatchObject({ notReady: [] });
    expect(endpointsAddresses(cluster, 'fintech', 'fraud-detection').ready).toHaveLength(3);
    expect(endpointsAddresses(cluster, 'fintech', 'fraud-detection').ready).not.toContain(first?.status?.podIP);
    const deployment = cluster.deployments.find((d) => d.key === 'Deployment/fintech/fraud-api')?.object;
    expect(deployment?.status).toMatchObject({ replicas: 3, readyReplicas: 3 });
  });

  it('a StatefulSet waits for the name to be free: no replacement yet', () => {
    const cluster = build(STS, [{ kind: 'terminate-pod', pod: 'default/web-1' }]);
    expect(podsWithPrefix(cluster, 'default', 'web-').map((pod) => pod.object.metadata?.name)).toEqual(['web-0', 'web-1', 'web-2']);
    expect(cluster.events[0]?.summary).toContain('StatefulSet web waits for web-1 to terminate before creating it again');
    expect(cluster.statefulSets[0]?.object.status).toMatchObject({ replicas: 2, readyReplicas: 2 });
    expect(sliceEndpoints(cluster, 'default', 'nginx').find((e) => e[0] === 'web-1')?.slice(1, 4)).toEqual([false, true, true]);
  });
});

describe('readiness', () => {
  it.each([
    ['failing', false, [false, false, false], 2],
    ['passing again', true, [true, true, false], 3],
  ] as const)('a probe %s moves the endpoint and the workload status', (_, ready, conditions, readyReplicas) => {
    const name = first?.metadata?.name ?? '';
    const events: RuntimeEvent[] = [{ kind: 'readiness', pod: ref(name), ready: false }, ...(ready ? [{ kind: 'readiness', pod: ref(name), ready: true } as const] : [])];
    const cluster = build(GUIDE, events);
    const pod = podNamed(cluster, 'fintech', name);
    const condition = pod?.status?.conditions?.find((c) => c.type === 'Ready');
    expect(condition).toMatchObject({ status: ready ? 'True' : 'False', lastTransitionTime: NOW });
    expect(pod?.status?.conditions?.find((c) => c.type === 'ContainersReady')?.status).toBe(ready ? 'True' : 'False');
    expect(pod?.status?.containerStatuses?.every((c) => c.ready === ready)).toBe(true);
    expect(sliceEndpoints(cluster, 'fintech', 'fraud-detection').find((e) => e[0] === name)?.slice(1, 4)).toEqual(conditions);
    expect(endpointsAddresses(cluster, 'fintech', 'fraud-detection').notReady).toEqual(ready ? [] : [first?.status?.podIP]);
    expect(cluster.deployments.find((d) => d.key === 'Deployment/fintech/fraud-api')?.object.status?.readyReplicas).toBe(readyReplicas);
    expect(cluster.events.at(-1)?.summary).toBe(
      `pod "${name}" readiness probe ${ready ? 'passing' : 'failing'}: Ready=${ready ? 'True' : 'False'}; its endpoints in Service fraud-detection turn ready=${String(ready)}, serving=${String(ready)}`,
    );
  });
});

describe('label-pod', () => {
  it('a Pod that leaves the selector is released and replaced, and leaves the Service', () => {
    const name = first?.metadata?.name ?? '';
    const cluster = build(GUIDE, [{ kind: 'label-pod', pod: ref(name), labels: { app: 'debug', 'pod-template-hash': null } }]);
    const released = podNamed(cluster, 'fintech', name);
    expect(released?.metadata?.labels).toEqual({ app: 'debug' });
    expect(released?.metadata?.ownerReferences).toBeUndefined();
    expect(podsWithPrefix(cluster, 'fintech', 'fraud-api-')).toHaveLength(4);
    expect(sliceEndpoints(cluster, 'fintech', 'fraud-detection').map((e) => e[0])).not.toContain(name);
    expect(sliceEndpoints(cluster, 'fintech', 'fraud-detection')).toHaveLength(3);
    expect(cluster.events[0]?.summary).toMatch(new RegExp(`^pod/${name} labeled; ReplicaSet \\S+ released it \\(its labels no longer match the selector\\); ReplicaSet \\S+ created `));
  });

  it('relabeling it back makes the ReplicaSet adopt it and delete the surplus', () => {
    const name = first?.metadata?.name ?? '';
    const hash = first?.metadata?.labels?.['pod-template-hash'] ?? '';
    const cluster = build(GUIDE, [
      { kind: 'label-pod', pod: ref(name), labels: { app: 'debug' } },
      { kind: 'label-pod', pod: ref(name), labels: { app: 'fraud-api', 'pod-template-hash': hash } },
    ]);
    expect(podsWithPrefix(cluster, 'fintech', 'fraud-api-')).toHaveLength(3);
    expect(cluster.events[1]?.summary).toMatch(/adopted it; ReplicaSet \S+ deleted \S+$/);
  });
});

describe('cordon and drain', () => {
  it('cordon marks the Node and leaves every Pod where it was; only later Pods avoid it', () => {
    const cluster = build(GUIDE, [{ kind: 'cordon', node: 'worker-2', unschedulable: true }]);
    const node = cluster.nodes.find((n) => n.key === 'Node/worker-2')?.object;
    expect(node?.spec?.unschedulable).toBe(true);
    expect(node?.spec?.taints).toEqual([{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: NOW }]);
    expect(placements(cluster)).toEqual(placements(base));
    expect(cluster.events[0]).toMatchObject({ applied: true, summary: 'node/worker-2 cordoned; Pods already running stay; new Pods go elsewhere', touched: ['Node/worker-2'] });
    const uncordoned = build(GUIDE, [
      { kind: 'cordon', node: 'worker-2', unschedulable: true },
      { kind: 'cordon', node: 'worker-2', unschedulable: false },
    ]);
    expect(uncordoned.nodes.find((n) => n.key === 'Node/worker-2')?.object.spec).toEqual(base.nodes.find((n) => n.key === 'Node/worker-2')?.object.spec);
  });

  it('drain evicts all but DaemonSet Pods; their controllers recreate them on other Nodes', () => {
    const plain = build([DAEMON_MANIFEST]);
    const node = plain.pods.find((pod) => pod.object.metadata?.name?.startsWith('legacy-'))?.object.spec?.nodeName ?? '';
    const cluster = build([DAEMON_MANIFEST], [{ kind: 'drain', node }]);
    const left = cluster.pods.filter((pod) => pod.object.spec?.nodeName === node).map((pod) => pod.object.metadata?.name ?? '');
    expect(left.map((name) => name.replace(/-\w+$/, '')).sort()).toEqual(['agent', 'kube-proxy']);
    expect(podsWithPrefix(cluster, 'default', 'legacy-')).toHaveLength(2);
    expect(cluster.events[0]?.summary).toMatch(new RegExp(`^node/${node} cordoned; Warning: ignoring DaemonSet-managed Pods: default/agent-\\w+, kube-system/kube-proxy-\\w+; .*pod/legacy-\\w+ evicted; .*node/${node} drained; ReplicationController legacy created legacy-`));
  });
});

describe('scale', () => {
  it.each([
    ['up', 5],
    ['down', 1],
  ])('a Deployment scaled %s: the Deployment, its ReplicaSet, Pods, slices and status agree', (_, replicas) => {
    const cluster = build(GUIDE, [{ kind: 'scale', workload: 'Deployment/fintech/fraud-api', replicas }]);
    const deployment = cluster.deployments.find((d) => d.key === 'Deployment/fintech/fraud-api')?.object;
    const rs = cluster.replicaSets.find((r) => r.key.startsWith('ReplicaSet/fintech/fraud-api-'))?.object;
    expect(deployment?.spec?.replicas).toBe(replicas);
    expect(deployment?.status).toMatchObject({ replicas, readyReplicas: replicas, observedGeneration: 2 });
    expect(rs?.spec?.replicas).toBe(replicas);
    expect(rs?.metadata?.annotations?.['deployment.kubernetes.io/desired-replicas']).toBe(String(replicas));
    expect(rs?.status?.replicas).toBe(replicas);
    expect(podsWithPrefix(cluster, 'fintech', 'fraud-api-')).toHaveLength(replicas);
    expect(sliceEndpoints(cluster, 'fintech', 'fraud-detection')).toHaveLength(replicas);
    expect(endpointsAddresses(cluster, 'fintech', 'fraud-detection').ready).toHaveLength(replicas);
    expect(cluster.events[0]?.summary).toMatch(/^deployment\.apps\/fraud-api scaled; Deployment fraud-api scaled ReplicaSet \S+ to \d; ReplicaSet \S+ (created|deleted) /);
  });

  it.each([
    [5, ['web-0', 'web-1', 'web-2', 'web-3', 'web-4'], 'StatefulSet web created web-3 on'],
    [1, ['web-0'], 'StatefulSet web deleted web-2, web-1'],
  ])('a StatefulSet scaled to %i keeps its ordinals', (replicas, names, summary) => {
    const cluster = build(STS, [{ kind: 'scale', workload: 'StatefulSet/default/web', replicas }]);
    expect(podsWithPrefix(cluster, 'default', 'web-').map((pod) => pod.object.metadata?.name)).toEqual(names);
    expect(cluster.statefulSets[0]?.object.spec?.replicas).toBe(replicas);
    expect(cluster.statefulSets[0]?.object.status?.readyReplicas).toBe(replicas);
    expect(cluster.events[0]?.summary).toContain(summary);
    expect(sliceEndpoints(cluster, 'default', 'nginx').map((e) => e[0])).toEqual(names);
  });

  it('a ReplicationController scales; a Deployment\'s ReplicaSet is scaled back by its Deployment', () => {
    const rc = build([DAEMON_MANIFEST], [{ kind: 'scale', workload: 'ReplicationController/default/legacy', replicas: 4 }]);
    expect(podsWithPrefix(rc, 'default', 'legacy-')).toHaveLength(4);
    const rsName = first?.metadata?.ownerReferences?.[0]?.name ?? '';
    const reverted = build(GUIDE, [{ kind: 'scale', workload: `ReplicaSet/fintech/${rsName}`, replicas: 7 }]);
    expect(podsWithPrefix(reverted, 'fintech', 'fraud-api-')).toHaveLength(3);
    expect(reverted.events[0]?.summary).toBe(`replicaset.apps/${rsName} scaled; Deployment fraud-api scaled it back to 3: a Deployment owns its ReplicaSets' replicas`);
  });
});

describe('events on objects that do not exist at their point in the sequence', () => {
  it.each<[RuntimeEvent, string]>([
    [{ kind: 'delete-pod', pod: 'fintech/nope' }, 'Error from server (NotFound): pods "nope" not found'],
    [{ kind: 'terminate-pod', pod: 'default/nope' }, 'Error from server (NotFound): pods "nope" not found'],
    [{ kind: 'readiness', pod: 'nope', ready: false }, 'Error from server (NotFound): pods "nope" not found'],
    [{ kind: 'label-pod', pod: 'nope', labels: { a: 'b' } }, 'Error from server (NotFound): pods "nope" not found'],
    [{ kind: 'cordon', node: 'nope', unschedulable: true }, 'Error from server (NotFound): nodes "nope" not found'],
    [{ kind: 'drain', node: 'nope' }, 'Error from server (NotFound): nodes "nope" not found'],
    [{ kind: 'scale', workload: 'Deployment/fintech/nope', replicas: 2 }, 'Error from server (NotFound): deployments.apps "nope" not found'],
    [{ kind: 'scale', workload: 'StatefulSet/default/nope', replicas: 2 }, 'Error from server (NotFound): statefulsets.apps "nope" not found'],
    [{ kind: 'scale', workload: 'Deployment/fintech/fraud-api', replicas: -1 }, 'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0'],
  ])('%j is not applied and changes nothing', (event, summary) => {
    const cluster = build(GUIDE, [event]);
    expect(cluster.events).toEqual([{ event, applied: false, summary, touched: [] }]);
    expect({ ...cluster, events: [] }).toEqual(base);
  });

  it('a Pod deleted earlier in the sequence is gone for a later event', () => {
    const name = first?.metadata?.name ?? '';
    const cluster = build(GUIDE, [
      { kind: 'delete-pod', pod: ref(name) },
      { kind: 'readiness', pod: ref(name), ready: false },
    ]);
    expect(cluster.events.map((e) => e.applied)).toEqual([true, false]);
  });
});

describe('purity', () => {
  const events: RuntimeEvent[] = [
    { kind: 'terminate-pod', pod: ref(second?.metadata?.name) },
    { kind: 'drain', node: 'worker-3' },
    { kind: 'scale', workload: 'Deployment/fintech/fraud-api', replicas: 6 },
    { kind: 'readiness', pod: ref(third?.metadata?.name), ready: false },
  ];

  it('the same sources and events give the same cluster', () => {
    expect(build(GUIDE, events)).toEqual(build(GUIDE, events));
  });

  it('never writes to the sources or the events (deep-frozen)', () => {
    const freeze = <T>(value: T): T => {
      if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        Object.values(value).forEach(freeze);
      }
      return value;
    };
    expect(() => build(freeze([...GUIDE]), freeze(structuredClone(events)))).not.toThrow();
  });

  it('new Pods are marked simulated where the model invents them', () => {
    const cluster = build(GUIDE, [{ kind: 'delete-pod', pod: ref(first?.metadata?.name) }]);
    const fresh = cluster.pods.find((pod) => pod.key === cluster.events[0]?.touched[1]);
    expect(fresh?.origin).toBe('derived');
    expect(fresh?.simulated).toEqual(expect.arrayContaining(['metadata.name', 'metadata.uid', 'spec.nodeName', 'status.podIP']));
  });
});
