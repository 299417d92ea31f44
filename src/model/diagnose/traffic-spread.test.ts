import { describe, expect, it } from 'vitest';
import { findingsOf, node, pod, service, webService, type Case } from './test-manifests.ts';

const NODES = node('node-1') + node('node-2') + node('node-3');
const TAINTED = node('node-3', 'spec:\n  taints: [{key: node-role.kubernetes.io/control-plane, effect: NoSchedule}]');

/** `{ 'node-1': 1, 'node-2': 3 }`: that many ready app=web Pods on each Node. */
const pods = (spread: Record<string, number>) =>
  Object.entries(spread)
    .flatMap(([name, n]) => Array.from({ length: n }, (_, i) => pod(`web-${name.slice(-1)}${String.fromCharCode(97 + i)}`, 'app: web', { node: name })))
    .join('');

const local = (type: string) =>
  service('web', `  type: ${type}\n  externalTrafficPolicy: Local\n  selector: {app: web}\n  ports:\n  - port: 80\n    targetPort: 8080\n    nodePort: 30080`);
const NODE_PORT: Case['expected'][number] = ['NODE_PORT_EXPOSED', 'info', 'spec.type', []];
const PENDING: Case['expected'][number] = ['LOAD_BALANCER_PENDING', 'info', 'spec.type', []];

const CASES: readonly Case[] = [
  {
    name: 'externalTrafficPolicy: Local with Pods spread unevenly',
    yaml: NODES + pods({ 'node-1': 1, 'node-2': 3 }) + local('NodePort'),
    expected: [NODE_PORT, ['EXTERNAL_TRAFFIC_LOCAL_IMBALANCE', 'info', 'spec.externalTrafficPolicy', ['node-1 has 1 Pod taking 50%; node-2 has 3 Pods taking 16.7% each']]],
  },
  {
    name: 'externalTrafficPolicy: Local on a LoadBalancer, Nodes grouped by their number of Pods',
    yaml: NODES + pods({ 'node-1': 1, 'node-2': 2, 'node-3': 2 }) + local('LoadBalancer'),
    expected: [PENDING, ['EXTERNAL_TRAFFIC_LOCAL_IMBALANCE', 'info', 'spec.externalTrafficPolicy', ['equal share (33.3%)', 'node-1 has 1 Pod taking 33.3%; node-2, node-3 have 2 Pods each, at 16.7% per Pod']]],
  },
  { name: 'externalTrafficPolicy: Local with Pods spread evenly', yaml: NODES + pods({ 'node-1': 2, 'node-2': 2 }) + local('NodePort'), expected: [NODE_PORT] },
  {
    name: 'externalTrafficPolicy: Cluster spreads over Pods',
    yaml: NODES + pods({ 'node-1': 1, 'node-2': 3 }) + local('NodePort').replace('Local', 'Cluster'),
    expected: [NODE_PORT],
  },
  {
    name: 'internalTrafficPolicy: Local with a Node without an endpoint',
    yaml: NODES + pods({ 'node-1': 1, 'node-2': 1 }) + webService('  internalTrafficPolicy: Local\n'),
    expected: [['INTERNAL_TRAFFIC_LOCAL_UNSERVED_NODES', 'warning', 'spec.internalTrafficPolicy', ['node-3 has none', 'internalTrafficPolicy: Cluster']]],
  },
  {
    name: 'internalTrafficPolicy: Local with an endpoint on every Node',
    yaml: NODES + pods({ 'node-1': 1, 'node-2': 1, 'node-3': 1 }) + webService('  internalTrafficPolicy: Local\n'),
    expected: [],
  },
  {
    name: 'internalTrafficPolicy: Local leaves out a Node ordinary Pods cannot run on',
    yaml: node('node-1') + node('node-2') + TAINTED + pods({ 'node-1': 1, 'node-2': 1 }) + webService('  internalTrafficPolicy: Local\n'),
    expected: [],
  },
  {
    name: 'internalTrafficPolicy: Local without any ready endpoint: other findings say why',
    yaml: NODES + webService('  internalTrafficPolicy: Local\n'),
    expected: [['SELECTOR_MATCHES_NOTHING', 'warning', 'spec.selector', []]],
  },
  {
    name: 'every ready endpoint on one Node',
    yaml: NODES + pods({ 'node-1': 3 }) + webService(),
    expected: [['ENDPOINTS_ON_ONE_NODE', 'info', 'spec.selector', ['All 3 ready endpoints (web-1a, web-1b, web-1c) run on Node node-1']]],
  },
  { name: 'a single endpoint', yaml: NODES + pods({ 'node-1': 1 }) + webService(), expected: [] },
  { name: 'one Node ordinary Pods can run on', yaml: node('node-1') + TAINTED + pods({ 'node-1': 3 }) + webService(), expected: [] },
];

describe('traffic spread over Nodes', () => {
  it.each(CASES)('$name', ({ yaml, expected }) => {
    const got = findingsOf(yaml);
    expect(got.map((d) => [d.code, d.severity, d.field])).toEqual(expected.map(([code, severity, field]) => [code, severity, field]));
    got.forEach((d, i) => {
      for (const words of expected[i]?.[3] ?? []) expect(d.message).toContain(words);
    });
  });

  it('says what is wrong and how to fix it', () => {
    const imbalance = findingsOf(NODES + pods({ 'node-1': 1, 'node-2': 3 }) + local('NodePort')).find((d) => d.code === 'EXTERNAL_TRAFFIC_LOCAL_IMBALANCE');
    expect(imbalance?.message).toBe(
      'With externalTrafficPolicy: Local, external traffic stays on the Node it reaches, and each Node with a ready endpoint takes an equal share (50%) however many Pods it runs: node-1 has 1 Pod taking 50%; node-2 has 3 Pods taking 16.7% each. Spread the Pods evenly over the Nodes (topologySpreadConstraints on kubernetes.io/hostname), or use externalTrafficPolicy: Cluster if the Pods need not see the client\'s address.',
    );
    expect(findingsOf(NODES + pods({ 'node-1': 1 }) + webService('  internalTrafficPolicy: Local\n')).map((d) => d.message)).toEqual([
      'With internalTrafficPolicy: Local, kube-proxy sends in-cluster traffic only to endpoints on the client\'s own Node, and node-2, node-3 have none: clients there get no answer (the traffic is dropped). Run an endpoint on every Node (a DaemonSet), or use internalTrafficPolicy: Cluster.',
    ]);
  });
});
