import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster.ts';
import type { Cluster } from '../cluster-types.ts';
import { trace } from './trace.ts';
import type { Trace, TraceRequest } from './types.ts';

const WORKER = `apiVersion: v1
kind: Node
metadata: {name: worker-1, labels: {topology.kubernetes.io/zone: zone-a}}
spec: {podCIDR: 10.244.1.0/24, podCIDRs: [10.244.1.0/24]}
status:
  addresses: [{type: InternalIP, address: 10.0.0.11}]
  conditions: [{type: Ready, status: "True"}]
`;

const WORKER_2 = WORKER.replace(/worker-1/g, 'worker-2').replace(/10\.244\.1\./g, '10.244.2.').replace('10.0.0.11', '10.0.0.12');

const pod = (name: string, app: string) => `apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: default, labels: {app: ${app}}}
spec:
  nodeName: worker-1
  containers: [{name: c, image: nginx, ports: [{name: http, containerPort: 8080}]}]
`;

const SERVICE = `apiVersion: v1
kind: Service
metadata: {name: web, namespace: default}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: http}]
`;

const policy = (name: string, spec: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: ${name}, namespace: default}
spec:
${spec}`;

const DENY_INGRESS = policy('deny-all', '  podSelector: {}\n  policyTypes: [Ingress]\n');
const ALLOW_FROM_CURL = policy('allow-curl', '  podSelector: {matchLabels: {app: web}}\n  ingress:\n    - from: [{podSelector: {matchLabels: {app: curl}}}]\n');
const DENY_EGRESS_CURL = policy('curl-no-egress', '  podSelector: {matchLabels: {app: curl}}\n  policyTypes: [Egress]\n');
const ALLOW_CLIENT_BLOCK = policy('allow-client', '  podSelector: {matchLabels: {app: web}}\n  ingress:\n    - from: [{ipBlock: {cidr: 198.51.100.0/24}}]\n');

function traced(docs: readonly string[], request: TraceRequest): Trace {
  const cluster: Cluster = buildCluster([{ name: 'm.yaml', text: [WORKER, WORKER_2, pod('web-1', 'web'), pod('curl', 'curl'), SERVICE, ...docs].join('---\n') }]);
  const result = trace(cluster, request);
  if (!result.ok) throw new Error(result.error.message);
  return result.trace;
}

describe('NetworkPolicy on the traced path (enforced by the network plugin after DNAT)', () => {
  it('leaves a Pod no policy selects open, without a word', () => {
    const t = traced([], { service: 'web', via: 'clusterip', from: 'pod/curl' });
    expect(t.delivered).toBe(true);
    expect(t.notes.join('\n')).not.toMatch(/NetworkPolicy/);
  });

  it('drops at the backend under a default-deny ingress policy, naming it', () => {
    const t = traced([DENY_INGRESS], { service: 'web', via: 'clusterip', from: 'pod/curl' });
    expect(t.delivered).toBe(false);
    expect(t.final).toBeNull();
    expect(t.reason).toMatch(/^DROP: default\/deny-all isolates web-1 for ingress/);
    expect(t.hops.at(-1)?.at).toBe('pod:default/web-1');
  });

  it('delivers what a policy allows, and says which policy did', () => {
    const t = traced([DENY_INGRESS, ALLOW_FROM_CURL], { service: 'web', via: 'clusterip', from: 'pod/curl' });
    expect(t.delivered).toBe(true);
    expect(t.notes.join('\n')).toMatch(/NetworkPolicy: ALLOW: .*default\/allow-curl/);
  });

  it('drops at the client when its own egress is denied', () => {
    const t = traced([DENY_EGRESS_CURL], { service: 'web', via: 'clusterip', from: 'pod/curl' });
    expect(t.delivered).toBe(false);
    expect(t.hops.map((h) => h.at)).toEqual(['client:pod/default/curl']);
    expect(t.reason).toMatch(/^DROP: default\/curl-no-egress isolates curl for egress/);
  });

  it('sees the masqueraded source: an ipBlock for the external client does not match behind externalTrafficPolicy Cluster', () => {
    // The packet enters at worker-2 and is masqueraded to its address on the way to web-1 on worker-1.
    const cluster = traced([ALLOW_CLIENT_BLOCK], { service: 'web', via: 'nodeport', node: 'worker-2', clientIP: '198.51.100.7' });
    expect(cluster.delivered).toBe(false);
    expect(cluster.reason).toMatch(/^DROP: default\/allow-client isolates web-1 for ingress and no policy allows 10\.0\.0\.12/);
    // Entering at web-1's own Node, the masqueraded source is that Node: always allowed (network-policies.md).
    expect(traced([ALLOW_CLIENT_BLOCK], { service: 'web', via: 'nodeport', node: 'worker-1', clientIP: '198.51.100.7' }).delivered).toBe(true);
    const local = traced([ALLOW_CLIENT_BLOCK, SERVICE.replace('type: NodePort', 'type: NodePort\n  externalTrafficPolicy: Local').replace('name: web,', 'name: web-local,')], {
      service: 'web-local',
      via: 'nodeport',
      node: 'worker-1',
      clientIP: '198.51.100.7',
    });
    expect(local.delivered).toBe(true);
  });
});
