import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../objects.ts';
import { defaultObject } from './defaults.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function obj(apiVersion: string, kind: string, body: Record<string, unknown>): KubeObject {
  return deepFreeze({ apiVersion, kind, metadata: { name: 'x', namespace: 'default' }, ...body });
}

const get = (o: KubeObject, path: string): unknown =>
  path.split('.').reduce<unknown>((acc, k) => (acc as Record<string, unknown> | undefined)?.[k], o);

describe('defaultObject: Service (core/v1 SetDefaults_Service)', () => {
  it.each([
    ['ClusterIP', {}, { 'spec.type': 'ClusterIP', 'spec.sessionAffinity': 'None', 'spec.internalTrafficPolicy': 'Cluster', 'spec.externalTrafficPolicy': undefined, 'spec.allocateLoadBalancerNodePorts': undefined }],
    ['NodePort', { type: 'NodePort' }, { 'spec.externalTrafficPolicy': 'Cluster', 'spec.internalTrafficPolicy': 'Cluster' }],
    ['LoadBalancer', { type: 'LoadBalancer' }, { 'spec.externalTrafficPolicy': 'Cluster', 'spec.allocateLoadBalancerNodePorts': true }],
    ['ExternalName', { type: 'ExternalName', externalName: 'a.example.com' }, { 'spec.internalTrafficPolicy': undefined, 'spec.externalTrafficPolicy': undefined }],
    ['ClusterIP with externalIPs is externally accessible', { externalIPs: ['1.2.3.4'] }, { 'spec.externalTrafficPolicy': 'Cluster' }],
    ['ClientIP gets the 10800s timeout', { sessionAffinity: 'ClientIP' }, { 'spec.sessionAffinityConfig.clientIP.timeoutSeconds': 10800 }],
    ['None drops sessionAffinityConfig', { sessionAffinityConfig: { clientIP: { timeoutSeconds: 5 } } }, { 'spec.sessionAffinityConfig': undefined }],
    ['explicit values stay', { type: 'NodePort', externalTrafficPolicy: 'Local', internalTrafficPolicy: 'Local' }, { 'spec.externalTrafficPolicy': 'Local', 'spec.internalTrafficPolicy': 'Local' }],
    ['no clusterIP is invented', {}, { 'spec.clusterIP': undefined, 'spec.clusterIPs': undefined, 'spec.ipFamilies': undefined, 'spec.ipFamilyPolicy': undefined }],
  ])('%s', (_name, spec, expected) => {
    const out = defaultObject(obj('v1', 'Service', { spec }));
    for (const [path, value] of Object.entries(expected)) expect(get(out, path), path).toEqual(value);
  });

  it('ports: protocol TCP, targetPort = port (0 and "" count as unset)', () => {
    const out = defaultObject(obj('v1', 'Service', { spec: { ports: [{ port: 80 }, { port: 53, protocol: 'UDP', targetPort: 'dns' }, { port: 81, targetPort: 0 }] } }));
    expect(get(out, 'spec.ports')).toEqual([
      { port: 80, protocol: 'TCP', targetPort: 80 },
      { port: 53, protocol: 'UDP', targetPort: 'dns' },
      { port: 81, protocol: 'TCP', targetPort: 81 },
    ]);
  });

  it('LoadBalancer status ingress IPs get ipMode VIP', () => {
    const out = defaultObject(obj('v1', 'Service', { spec: { type: 'LoadBalancer' }, status: { loadBalancer: { ingress: [{ ip: '1.2.3.4' }, { hostname: 'lb.example.com' }] } } }));
    expect(get(out, 'status.loadBalancer.ingress')).toEqual([{ ip: '1.2.3.4', ipMode: 'VIP' }, { hostname: 'lb.example.com' }]);
  });
});

describe('defaultObject: Pod (SetDefaults_Pod, SetDefaults_PodSpec, SetDefaults_Container)', () => {
  const pod = defaultObject(
    obj('v1', 'Pod', {
      spec: {
        containers: [
          { name: 'a', image: 'nginx', ports: [{ containerPort: 80 }], readinessProbe: { httpGet: { port: 80 } } },
          { name: 'b', image: 'nginx:1.27', resources: { limits: { cpu: '1' } } },
          { name: 'c', image: 'registry:5000/app@sha256:abc' },
        ],
      },
    }),
  );
  it.each([
    ['spec.restartPolicy', 'Always'],
    ['spec.dnsPolicy', 'ClusterFirst'],
    ['spec.terminationGracePeriodSeconds', 30],
    ['spec.schedulerName', 'default-scheduler'],
    ['spec.enableServiceLinks', true],
    ['spec.securityContext', {}],
  ])('%s', (path, value) => expect(get(pod, path)).toEqual(value));

  it('containers', () => {
    const [a, b, c] = get(pod, 'spec.containers') as Record<string, unknown>[];
    expect(a).toMatchObject({ imagePullPolicy: 'Always', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', resources: {}, ports: [{ containerPort: 80, protocol: 'TCP' }] });
    expect(a?.readinessProbe).toEqual({ httpGet: { port: 80, path: '/', scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
    expect(b).toMatchObject({ imagePullPolicy: 'IfNotPresent', resources: { limits: { cpu: '1' }, requests: { cpu: '1' } } });
    expect(c).toMatchObject({ imagePullPolicy: 'IfNotPresent' });
  });

  it('env fieldRef: apiVersion v1 unless given (SetDefaults_ObjectFieldSelector)', () => {
    const out = defaultObject(
      obj('v1', 'Pod', { spec: { containers: [{ name: 'a', image: 'x', env: [{ name: 'IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } }] }] } }),
    );
    expect(get(out, 'spec.containers')).toMatchObject([{ env: [{ valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'status.podIP' } } }] }]);
  });

  it('hostNetwork: hostPort follows containerPort', () => {
    const out = defaultObject(obj('v1', 'Pod', { spec: { hostNetwork: true, containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 53 }] }] } }));
    expect(get(out, 'spec.containers')).toMatchObject([{ ports: [{ containerPort: 53, hostPort: 53, protocol: 'TCP' }] }]);
  });
});

describe('defaultObject: workloads (apps/v1 defaults.go)', () => {
  const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'a', image: 'nginx' }] } };
  it.each([
    ['Deployment', 'apps/v1', { 'spec.replicas': 1, 'spec.strategy': { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' } }, 'spec.revisionHistoryLimit': 10, 'spec.progressDeadlineSeconds': 600 }],
    ['ReplicaSet', 'apps/v1', { 'spec.replicas': 1 }],
    ['StatefulSet', 'apps/v1', { 'spec.replicas': 1, 'spec.podManagementPolicy': 'OrderedReady', 'spec.updateStrategy': { type: 'RollingUpdate', rollingUpdate: { partition: 0 } }, 'spec.revisionHistoryLimit': 10, 'spec.persistentVolumeClaimRetentionPolicy': { whenDeleted: 'Retain', whenScaled: 'Retain' } }],
    ['DaemonSet', 'apps/v1', { 'spec.updateStrategy': { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } }, 'spec.revisionHistoryLimit': 10 }],
    ['ReplicationController', 'v1', { 'spec.replicas': 1, 'spec.selector': { app: 'web' }, 'metadata.labels': { app: 'web' } }],
  ])('%s', (kind, apiVersion, expected) => {
    const out = defaultObject(obj(apiVersion, kind, { spec: { template } }));
    for (const [path, value] of Object.entries(expected)) expect(get(out, path), path).toEqual(value);
    expect(get(out, 'spec.template.spec.restartPolicy')).toBe('Always');
    expect(get(out, 'spec.template.spec.enableServiceLinks')).toBeUndefined();
  });

  it('Recreate gets no rollingUpdate', () => {
    const out = defaultObject(obj('apps/v1', 'Deployment', { spec: { strategy: { type: 'Recreate' }, template } }));
    expect(get(out, 'spec.strategy')).toEqual({ type: 'Recreate' });
  });
});

describe('defaultObject: other kinds', () => {
  it('Endpoints ports default to TCP', () => {
    const out = defaultObject(obj('v1', 'Endpoints', { subsets: [{ addresses: [{ ip: '10.0.0.1' }], ports: [{ port: 80 }] }] }));
    expect(get(out, 'subsets')).toEqual([{ addresses: [{ ip: '10.0.0.1' }], ports: [{ port: 80, protocol: 'TCP' }] }]);
  });
  it('EndpointSlice ports default to name "" and TCP', () => {
    const out = defaultObject(obj('discovery.k8s.io/v1', 'EndpointSlice', { addressType: 'IPv4', ports: [{ port: 80 }] }));
    expect(get(out, 'ports')).toEqual([{ port: 80, name: '', protocol: 'TCP' }]);
  });
  it.each([
    [{ podSelector: {} }, ['Ingress']],
    [{ podSelector: {}, egress: [{}] }, ['Ingress', 'Egress']],
    [{ podSelector: {}, policyTypes: ['Egress'], egress: [{}] }, ['Egress']],
  ])('NetworkPolicy policyTypes from %j', (spec, types) => {
    expect(get(defaultObject(obj('networking.k8s.io/v1', 'NetworkPolicy', { spec })), 'spec.policyTypes')).toEqual(types);
  });
  it('NetworkPolicy ports default to TCP', () => {
    const out = defaultObject(obj('networking.k8s.io/v1', 'NetworkPolicy', { spec: { ingress: [{ ports: [{ port: 80 }] }] } }));
    expect(get(out, 'spec.ingress')).toEqual([{ ports: [{ port: 80, protocol: 'TCP' }] }]);
  });
  it('Ingress: no pathType default in networking.k8s.io/v1', () => {
    const ing = obj('networking.k8s.io/v1', 'Ingress', { spec: { rules: [{ http: { paths: [{ path: '/', backend: {} }] } }] } });
    expect(defaultObject(ing)).toBe(ing);
  });
  it('IngressClass parameters scope defaults to Cluster', () => {
    const out = defaultObject(obj('networking.k8s.io/v1', 'IngressClass', { spec: { controller: 'a.io/b', parameters: { kind: 'K', name: 'n' } } }));
    expect(get(out, 'spec.parameters.scope')).toBe('Cluster');
  });
  it('Namespace: metadata.name label, kubernetes finalizer, phase Active', () => {
    const out = defaultObject({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-a' } });
    expect(get(out, 'metadata.labels')).toEqual({ 'kubernetes.io/metadata.name': 'team-a' });
    expect(get(out, 'spec.finalizers')).toEqual(['kubernetes']);
    expect(get(out, 'status.phase')).toBe('Active');
  });
  it('Node: allocatable from capacity', () => {
    const out = defaultObject({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' }, status: { capacity: { pods: '110' } } });
    expect(get(out, 'status.allocatable')).toEqual({ pods: '110' });
  });
  it('unknown kinds and kinds under another group come back unchanged', () => {
    const cm = obj('v1', 'ConfigMap', { data: {} });
    expect(defaultObject(cm)).toBe(cm);
    const fake = obj('example.com/v1', 'Service', { spec: {} });
    expect(defaultObject(fake)).toBe(fake);
  });
});

describe('defaultObject: an object defaulted already', () => {
  it('is returned itself, so that a dump is not held twice; one that changes is a new object', () => {
    const once = defaultObject(obj('v1', 'Service', { spec: { ports: [{ port: 80 }], selector: { app: 'web' } } }));
    const stored = deepFreeze(JSON.parse(JSON.stringify(once)) as KubeObject);
    expect(defaultObject(stored)).toBe(stored);
    const fresh = obj('v1', 'Service', { spec: { ports: [{ port: 80 }] } });
    const defaulted = defaultObject(fresh);
    expect(defaulted).not.toBe(fresh);
    expect(get(defaulted, 'spec.type')).toBe('ClusterIP');
  });

  // Each kind's defaulter first runs as a probe that writes nothing (defaults-writer.ts): what it
  // defaulted once comes back itself the second time, and the probe never touches its (frozen) input.
  it.each([
    ['v1', 'Pod', { spec: { containers: [{ name: 'c', image: 'nginx', ports: [{ containerPort: 80 }], resources: { limits: { cpu: '1' } }, readinessProbe: { httpGet: { port: 80 } } }] } }],
    ['v1', 'Service', { spec: { type: 'LoadBalancer', sessionAffinity: 'ClientIP', ports: [{ port: 80 }] }, status: { loadBalancer: { ingress: [{ ip: '1.2.3.4' }] } } }],
    ['v1', 'Endpoints', { subsets: [{ addresses: [{ ip: '10.0.0.1' }], ports: [{ port: 80 }] }] }],
    ['v1', 'Namespace', {}],
    ['v1', 'Node', { status: { capacity: { pods: '110' } } }],
    ['v1', 'ReplicationController', { spec: { template: { metadata: { labels: { app: 'a' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } } }],
    ['apps/v1', 'Deployment', { spec: { template: { spec: { containers: [{ name: 'c', image: 'nginx' }] } } } }],
    ['apps/v1', 'ReplicaSet', { spec: { template: { spec: { containers: [{ name: 'c', image: 'nginx' }] } } } }],
    ['apps/v1', 'StatefulSet', { spec: { template: { spec: { containers: [{ name: 'c', image: 'nginx' }] } } } }],
    ['apps/v1', 'DaemonSet', { spec: { template: { spec: { hostNetwork: true, containers: [{ name: 'c', image: 'nginx', ports: [{ containerPort: 80 }] }] } } } }],
    ['discovery.k8s.io/v1', 'EndpointSlice', { addressType: 'IPv4', endpoints: [{ addresses: ['10.0.0.1'], deprecatedTopology: { a: 'b' } }], ports: [{ port: 80 }] }],
    ['networking.k8s.io/v1', 'NetworkPolicy', { spec: { podSelector: {}, egress: [{ ports: [{ port: 53 }] }] } }],
    ['networking.k8s.io/v1', 'IngressClass', { spec: { controller: 'x/y', parameters: { kind: 'K', name: 'n' } } }],
  ])('%s %s: defaulted again, it is itself', (apiVersion, kind, body) => {
    const fresh = obj(apiVersion, kind, body);
    const once = defaultObject(fresh);
    expect(once).not.toBe(fresh);
    const stored = deepFreeze(JSON.parse(JSON.stringify(once)) as KubeObject);
    expect(defaultObject(stored)).toBe(stored);
  });
});
