/**
 * Builders for the controllers' tests: small, defaulted objects as the apiserver layer hands them
 * over, wrapped in input entries.
 */
import type { Entry, Endpoints, Node, Pod, Service } from '../objects.ts';
import { buildTestCluster, inputEntry } from '../testing/fixtures.ts';
import type { ControllerInput } from './index.ts';

/** An input entry from document `document` of test.yaml: the controllers order creations by source. */
export function entry<T extends { kind?: string; metadata?: { name?: string; namespace?: string } }>(object: T, document = 0): Entry<T> {
  return inputEntry(object, { file: 'test.yaml', document, line: 1, column: 1 });
}

export function node(name: string, zone: string, extra: Partial<Node> = {}): Node {
  const index = Number(/\d+$/.exec(name)?.[0] ?? 0);
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels: { 'kubernetes.io/hostname': name, 'topology.kubernetes.io/zone': zone } },
    spec: {},
    status: { addresses: [{ type: 'InternalIP', address: `172.18.0.${index + 2}` }, { type: 'Hostname', address: name }] },
    ...extra,
  };
}

export const CONTROL_PLANE: Node = node('control-plane', 'zone-a', {
  spec: { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] },
});
export const WORKERS: Node[] = [node('worker1', 'zone-a'), node('worker2', 'zone-b'), node('worker3', 'zone-c')];

export function pod(name: string, labels: Record<string, string>, extra: { spec?: Partial<Pod['spec']>; status?: Pod['status']; metadata?: Pod['metadata'] } = {}): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', labels, ...extra.metadata },
    spec: { containers: [{ name: 'app', image: 'nginx', ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }] }], ...extra.spec },
    ...(extra.status ? { status: extra.status } : {}),
  };
}

export function service(name: string, selector: Record<string, string> | undefined, extra: Partial<NonNullable<Service['spec']>> = {}): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'default', uid: `uid-${name}` },
    spec: {
      type: 'ClusterIP',
      clusterIP: '10.96.0.20',
      clusterIPs: ['10.96.0.20'],
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ...(selector ? { selector } : {}),
      ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }],
      ...extra,
    },
  };
}

export function endpointsObject(name: string, subsets: Endpoints['subsets'], labels?: Record<string, string>): Endpoints {
  return { apiVersion: 'v1', kind: 'Endpoints', metadata: { name, namespace: 'default', ...(labels ? { labels } : {}) }, subsets };
}

/** An otherwise empty cluster with the control plane and three workers, overridden by `partial`. */
export function controllerInput(partial: Partial<ControllerInput>): ControllerInput {
  return { ...buildTestCluster({}), nodes: [CONTROL_PLANE, ...WORKERS].map((n) => entry(n)), ...partial };
}

/** Freezes an input all the way down: the controllers must never write to what they are given. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
