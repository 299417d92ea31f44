/**
 * Test support for the NetworkPolicy verdict tests: a cluster of a few Pods in three namespaces,
 * built from YAML by the real pipeline, and the table row every verdict test uses.
 */
import { expect } from 'vitest';
import { buildCluster } from '../cluster.ts';
import type { Cluster } from '../cluster-types.ts';
import type { Peer, PolicyVerdict } from './types.ts';
import { networkPolicyVerdict } from './verdict.ts';

const namespace = (name: string, labels: string) => `apiVersion: v1
kind: Namespace
metadata: {name: ${name}, labels: {${labels}}}
`;

/** A Pod pinned to one of the default cluster's Nodes; `ports` is a flow list of container ports. */
export const pod = (ns: string, name: string, node: string, labels: string, ports = '[]', spec = '') => `apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: ${ns}, labels: {${labels}}}
spec:
  nodeName: ${node}${spec}
  containers: [{name: c, image: app, ports: ${ports}}]
`;

export const policy = (name: string, spec: string, ns = 'default') => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}, namespace: ${ns}}
spec:
${spec}`;

export const BASE = [
  namespace('prod', 'team: a'),
  namespace('other', 'team: b'),
  pod('default', 'web-0', 'worker-1', 'app: web', '[{name: http, containerPort: 8080}]'),
  pod('default', 'db-0', 'worker-2', 'app: db', '[{name: postgres, containerPort: 5432}, {name: metrics, containerPort: 9187, protocol: UDP}]'),
  pod('prod', 'api-0', 'worker-1', 'app: web, role: client'),
  pod('prod', 'api-2', 'worker-1', 'app: web'),
  pod('other', 'api-1', 'worker-2', 'role: client'),
  pod('default', 'agent-0', 'worker-2', 'app: agent', '[]', '\n  hostNetwork: true'),
];

export const DENY_ALL_INGRESS = policy('deny-all', '  podSelector: {}\n  policyTypes: [Ingress]\n');
export const DENY_ALL = policy('deny-all', '  podSelector: {}\n  policyTypes: [Ingress, Egress]\n');
export const allowIngress = (name: string, from: string, ports = '[{port: 5432}]') =>
  policy(name, `  podSelector: {matchLabels: {app: db}}\n  ingress:\n  - from: ${from}\n    ports: ${ports}\n`);

export function cluster(...docs: string[]): Cluster {
  const built = buildCluster([{ name: 'm.yaml', text: [...BASE, ...docs].join('---\n') }]);
  const errors = built.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((d) => d.message).join('\n'));
  return Object.freeze(built);
}

/** `ns/name` of a Pod (with its IP), or a bare address. */
export function peer(c: Cluster, ref: string): Peer {
  if (!ref.includes('/')) return { ip: ref };
  const found = c.pods.find((entry) => entry.key === `Pod/${ref}`);
  if (found === undefined) throw new Error(`no Pod ${ref}`);
  return { pod: found, ip: found.object.status?.podIP ?? '' };
}

export function verdict(c: Cluster, from: string, to: string, port: number, protocol = 'TCP', portName?: string): PolicyVerdict {
  return networkPolicyVerdict(c, { from: peer(c, from), to: peer(c, to), port, protocol, ...(portName === undefined ? {} : { portName }) });
}

export const ip = (c: Cluster, ref: string): string => peer(c, ref).ip;
export const coreDNS = (c: Cluster): string => c.pods.find((entry) => entry.object.metadata?.labels?.['k8s-app'] === 'kube-dns')?.key.slice(4) ?? '';

export interface Case {
  readonly name: string;
  readonly policies: readonly string[];
  readonly from: string;
  readonly to: string;
  readonly port: number;
  readonly protocol?: string;
  readonly portName?: string;
  readonly allowed: boolean;
  readonly ingress?: { readonly isolated?: boolean; readonly selectingPolicies?: string[]; readonly allowingPolicies?: string[] };
  readonly egress?: { readonly isolated?: boolean; readonly selectingPolicies?: string[]; readonly allowingPolicies?: string[] };
  readonly reason?: RegExp;
}

/** The verdict for one table row, on a cluster holding the row's policies. */
export function judge(testCase: Case): PolicyVerdict {
  const c = cluster(...testCase.policies);
  return verdict(c, testCase.from, testCase.to, testCase.port, testCase.protocol, testCase.portName);
}

/** Runs one table row: the verdict, its ALLOW/DROP wording, and whatever the row pins down. */
export function checkCase(testCase: Case): void {
  const result = judge(testCase);
  expect(result.allowed, result.reason).toBe(testCase.allowed);
  expect(result.reason).toMatch(testCase.allowed ? /^ALLOW: / : /^DROP: /);
  if (testCase.ingress !== undefined) expect(result.ingress).toMatchObject(testCase.ingress);
  if (testCase.egress !== undefined) expect(result.egress).toMatchObject(testCase.egress);
  if (testCase.reason !== undefined) expect(result.reason).toMatch(testCase.reason);
}
