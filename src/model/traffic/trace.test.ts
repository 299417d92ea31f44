import { describe, expect, it } from 'vitest';
import { buildCluster } from '../cluster.ts';
import type { Cluster } from '../cluster-types.ts';
import { trace } from './trace.ts';
import type { Trace, TraceRequest } from './types.ts';

const node = (name: string, ip: string, zone: string, cidr: string) => `apiVersion: v1
kind: Node
metadata:
  name: ${name}
  labels: {kubernetes.io/hostname: ${name}, topology.kubernetes.io/zone: ${zone}}
spec: {podCIDR: ${cidr}, podCIDRs: [${cidr}]}
status:
  addresses: [{type: InternalIP, address: ${ip}}]
  conditions: [{type: Ready, status: "True"}]
`;

/** A Pod pinned to a Node, listening on `port` under the name http; `extra` adds metadata lines. */
const pod = (name: string, nodeName: string, port: number, labels = 'app: web', extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: default
  labels: {${labels}}${extra}
spec:
  nodeName: ${nodeName}
  containers: [{name: c, image: nginx, ports: [{name: http, containerPort: ${port}}]}]
`;

const service = (name: string, spec: string, selector = 'app: web') => `apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: default}
spec:
  selector: {${selector}}
  ports: [{name: http, port: 80, targetPort: http}]
${spec}`;

const NODES = [node('worker-1', '10.0.0.11', 'zone-a', '10.244.1.0/24'), node('worker-2', '10.0.0.12', 'zone-b', '10.244.2.0/24')];
const PODS = [pod('web-1', 'worker-1', 8080), pod('web-2', 'worker-2', 9090)];

function cluster(...docs: string[]): Cluster {
  return Object.freeze(buildCluster([{ name: 'm.yaml', text: [...NODES, ...docs].join('---\n') }]));
}

function ok(c: Cluster, request: TraceRequest): Trace {
  const result = trace(c, request);
  if (!result.ok) throw new Error(result.error.message);
  return result.trace;
}

const podIP = (c: Cluster, name: string): string => c.pods.find((p) => p.object.metadata?.name === name)?.object.status?.podIP ?? '';
const clusterIP = (c: Cluster, name: string): string => c.services.find((s) => s.object.metadata?.name === name)?.object.spec?.clusterIP ?? '';
const nodePort = (c: Cluster, name: string): number => c.services.find((s) => s.object.metadata?.name === name)?.object.spec?.ports?.[0]?.nodePort ?? 0;
const path = (t: Trace): string[] => t.hops.map((h) => h.at);

describe('trace via clusterip', () => {
  const c = cluster(...PODS, service('web', ''), pod('curl', 'worker-2', 1, 'app: curl'));

  it('DNATs the ClusterIP to each Pod on its own resolved targetPort, with equal probability', () => {
    const t = ok(c, { service: 'web' });
    expect(path(t)).toEqual(['client:pod/default/client', 'svc:default/web', 'pod:default/web-1']);
    expect(t.backends.map((b) => [b.target, b.dst, b.probability])).toEqual([
      ['default/web-1', `${podIP(c, 'web-1')}:8080`, 0.5],
      ['default/web-2', `${podIP(c, 'web-2')}:9090`, 0.5],
    ]);
    expect(t.hops[1]?.action).toBe(`DNAT ${clusterIP(c, 'web')}:80 → ${podIP(c, 'web-1')}:8080`);
    expect(t.hops[0]?.src).toBe(t.final?.src);
    expect(t.simulated.join('\n')).toMatch(/placeholder/);
  });

  it('starts at a named Pod, from its own address, with no SNAT', () => {
    const t = ok(c, { service: 'web', from: 'pod/curl' });
    expect(t.from).toBe('pod/default/curl');
    expect(t.hops[0]).toMatchObject({ at: 'client:pod/default/curl', dst: `${clusterIP(c, 'web')}:80` });
    expect(t.final?.src.startsWith(`${podIP(c, 'curl')}:`)).toBe(true);
  });

  it('picks deterministically: the first rule, or a draw from the seed', () => {
    expect(ok(c, { service: 'web', seed: 's1' })).toEqual(ok(c, { service: 'web', seed: 's1' }));
    const picks = new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((seed) => ok(c, { service: 'web', seed }).final?.pod));
    expect(picks).toEqual(new Set(['default/web-1', 'default/web-2']));
  });

  it('masquerades a hairpin connection (the client is the chosen endpoint)', () => {
    const t = ok(c, { service: 'web', from: 'pod/web-1' });
    expect(t.hops.map((h) => h.action.split(' ')[0])).toEqual(['connect', 'DNAT', 'SNAT', 'deliver']);
    expect(t.final?.src.startsWith('10.0.0.11:')).toBe(true);
  });

  it('has no route from outside the cluster', () => {
    const t = ok(c, { service: 'web', from: 'external' });
    expect([t.delivered, path(t)]).toEqual([false, ['client:external']]);
    expect(t.reason).toMatch(/^no route: /);
  });

  it('finds no rule for a port the Service lacks: the connection times out', () => {
    const t = ok(c, { service: 'web', port: '81' });
    expect([t.delivered, path(t), t.hops[1]?.action]).toEqual([false, ['client:pod/default/client', 'svc:default/web'], `no rule for ${clusterIP(c, 'web')}:81`]);
    expect(t.reason).toBe(`no rule: default/web has no port 81/TCP; nothing answers ${clusterIP(c, 'web')}:81, and the connection times out`);
  });
});

describe('trace: endpoints and traffic policies (topology.go CategorizeEndpoints, proxier.go filter rules)', () => {
  const local = service('web', '  internalTrafficPolicy: Local\n');
  const terminating = '\n  deletionTimestamp: "2025-01-01T11:59:00Z"\n  finalizers: [example.com/hold]';
  const readyStatus = (ip: string) => `status:\n  phase: Running\n  podIP: ${ip}\n  podIPs: [{ip: ${ip}}]\n  conditions: [{type: Ready, status: "True"}]\n`;
  it.each<[string, string[], TraceRequest, string | null, string[]]>([
    ['no endpoints: REJECT with the rule comment', [service('web', '', 'app: none')], { service: 'web' }, 'REJECT: default/web:http has no endpoints', []],
    ['an unnamed port names the Service alone', [service('web', '', 'app: none').replace('name: http, ', '')], { service: 'web' }, 'REJECT: default/web has no endpoints', []],
    ['internalTrafficPolicy Local, endpoint on the client Node', [...PODS, local], { service: 'web', node: 'worker-2' }, null, ['default/web-2']],
    ['internalTrafficPolicy Local, none on the client Node: DROP', [PODS[0] ?? '', local], { service: 'web', node: 'worker-2' }, 'DROP: default/web:http has no local endpoints', []],
    [
      'terminating fallback: no ready endpoint, the serving terminating ones',
      [`${pod('old', 'worker-1', 8080, 'app: web', terminating)}${readyStatus('10.244.1.50')}`, service('web', '')],
      { service: 'web' },
      null,
      ['default/old'],
    ],
  ])('%s', (_name, docs, request, reason, candidates) => {
    const t = ok(cluster(...docs), request);
    expect([t.delivered, t.reason, t.candidates]).toEqual([reason === null, reason, candidates]);
    if (reason !== null) expect(t.hops.at(-1)).toMatchObject({ at: 'svc:default/web', action: reason });
  });

  it('says when it falls back to terminating endpoints, and marks them', () => {
    const c = cluster(`${pod('old', 'worker-1', 8080, 'app: web', terminating)}${readyStatus('10.244.1.50')}`, service('web', ''));
    const t = ok(c, { service: 'web' });
    expect(t.backends[0]?.terminating).toBe(true);
    expect(t.notes.join('\n')).toMatch(/falls back to the serving, terminating ones/);
  });

  it('notes session affinity', () => {
    const t = ok(cluster(...PODS, service('web', '  sessionAffinity: ClientIP\n')), { service: 'web' });
    expect(t.notes.join('\n')).toMatch(/sessionAffinity ClientIP: .* for 10800s/);
  });
});

describe('trace: EndpointSlices as kube-proxy reads them (endpointslicecache.go)', () => {
  const selectorless = `apiVersion: v1
kind: Service
metadata: {name: ext, namespace: default}
spec:
  ports: [{name: http, port: 80, targetPort: 8000}]
`;
  const slice = (name: string, portName: string, port: number, addresses: string[], hints = '') => `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: ${name}, namespace: default, labels: {kubernetes.io/service-name: ext}}
addressType: IPv4
ports: [{name: ${portName}, port: ${port}, protocol: TCP}]
endpoints:
${addresses.map((a, i) => `- addresses: [${a}]\n  nodeName: worker-${i + 1}${hints ? `\n  hints: {forZones: [{name: zone-${i === 0 ? 'a' : 'b'}}]}` : ''}`).join('\n')}
`;

  it('matches slice ports by name, keeps one endpoint per ip:port across slices (the local copy wins), orders by ip:port', () => {
    const c = cluster(selectorless, slice('ext-a', 'http', 8000, ['192.0.2.20', '192.0.2.3']), slice('ext-b', 'http', 8000, ['192.0.2.3']), slice('ext-c', 'metrics', 8000, ['192.0.2.99']));
    const t = ok(c, { service: 'ext' });
    expect(t.backends.map((b) => [b.target, b.dst, b.at, b.slice])).toEqual([
      ['ip:192.0.2.20', '192.0.2.20:8000', 'ip:192.0.2.20', 'slice:default/ext-a'],
      // ext-b lists it on worker-1, the client's Node: addEndpoints favours the local copy.
      ['ip:192.0.2.3', '192.0.2.3:8000', 'ip:192.0.2.3', 'slice:default/ext-b'],
    ]);
  });

  it('narrows Cluster endpoints to the Node zone when every ready endpoint has a zone hint', () => {
    const c = cluster(selectorless, slice('ext-a', 'http', 8000, ['192.0.2.1', '192.0.2.2'], 'hints'));
    expect(ok(c, { service: 'ext', node: 'worker-2' }).candidates).toEqual(['ip:192.0.2.2']);
    expect(ok(c, { service: 'ext', node: 'worker-2' }).notes.join('\n')).toMatch(/topology hints \(from trafficDistribution PreferClose, or Topology Aware Routing\): only endpoints hinted for zone zone-b/);
  });
});

describe('trace via nodeport and loadbalancer', () => {
  const np = (policy: string) => service('web', `  type: NodePort\n  externalTrafficPolicy: ${policy}\n`);

  it('externalTrafficPolicy Cluster: any endpoint, source masqueraded to the receiving Node', () => {
    const c = cluster(...PODS, np('Cluster'));
    const t = ok(c, { service: 'web', node: 'worker-2', clientIP: '203.0.113.9' });
    expect(path(t)).toEqual(['client:external', 'node:worker-2', 'svc:default/web', 'svc:default/web', 'pod:default/web-1']);
    expect(t.hops[0]).toMatchObject({ dst: `10.0.0.12:${nodePort(c, 'web')}` });
    expect(t.hops[1]?.action).toBe(`accept on nodePort ${nodePort(c, 'web')}`);
    expect(t.hops[3]?.action).toMatch(/^SNAT 203\.0\.113\.9:[0-9]+ → 10\.0\.0\.12:[0-9]+$/);
    expect(t.final?.src.startsWith('10.0.0.12:')).toBe(true);
    expect(t.candidates).toEqual(['default/web-1', 'default/web-2']);
  });

  it.each<[string, string, string | null, string[]]>([
    ['Local, endpoint on the Node: kept source', 'worker-1', null, ['default/web-1']],
    ['Local, none on the Node: DROP', 'worker-2', 'DROP: default/web:http has no local endpoints', []],
  ])('externalTrafficPolicy %s', (_name, nodeName, reason, candidates) => {
    const t = ok(cluster(PODS[0] ?? '', np('Local')), { service: 'web', node: nodeName, clientIP: '203.0.113.9' });
    expect([t.reason, t.candidates]).toEqual([reason, candidates]);
    if (reason === null) expect(t.final?.src.startsWith('203.0.113.9:')).toBe(true);
  });

  it('externalTrafficPolicy Local does not hold back Pods: their traffic short-circuits to every endpoint', () => {
    const t = ok(cluster(...PODS, np('Local'), pod('curl', 'worker-2', 1, 'app: curl')), { service: 'web', from: 'pod/curl', node: 'worker-2' });
    expect(t.candidates).toEqual(['default/web-1', 'default/web-2']);
  });

  it('warns when a Pod\'s short-circuited reply cannot come back through the translating Node', () => {
    const t = ok(cluster(PODS[1] ?? '', np('Local'), pod('curl', 'worker-2', 1, 'app: curl')), { service: 'web', from: 'pod/curl', node: 'worker-1' });
    expect([t.delivered, t.final?.pod]).toEqual([true, 'default/web-2']);
    expect(t.notes.join('\n')).toMatch(/the reply will not work: default\/web-2 answers .* directly, not through worker-1/);
  });

  it('names the Service that owns a nodePort the traced one lacks', () => {
    const c = cluster(...PODS, np('Cluster'), service('other', '  type: NodePort\n'));
    const t = ok(c, { service: 'web', port: String(nodePort(c, 'other')) });
    expect(t.reason).toBe(`nodePort ${nodePort(c, 'other')}/TCP belongs to default/other, not to default/web`);
  });

  it('goes client → load balancer → nodePort → Service → Pod, saying the address is simulated', () => {
    const c = cluster(...PODS, service('web', '  type: LoadBalancer\n'));
    const t = ok(c, { service: 'web' });
    expect(path(t)).toEqual(['client:external', 'lb:default/web', 'node:worker-1', 'svc:default/web', 'svc:default/web', 'pod:default/web-1']);
    expect(t.hops[0]?.detail).toMatch(/simulated/);
    expect(t.hops[1]?.action).toMatch(/^forward 203\.0\.113\.[0-9]+:80 → 10\.0\.0\.11:[0-9]+$/);
  });

  it('without nodePorts, the load balancer reaches the Service directly', () => {
    const lb = service('web', '  type: LoadBalancer\n  allocateLoadBalancerNodePorts: false\nstatus:\n  loadBalancer:\n    ingress: [{ip: 192.0.2.80}]\n');
    const t = ok(cluster(...PODS, lb), { service: 'web' });
    expect(path(t)).toEqual(['client:external', 'lb:default/web', 'svc:default/web', 'svc:default/web', 'pod:default/web-1']);
    expect(t.hops[2]?.action).toBe(`DNAT 192.0.2.80:80 → ${t.backends[0]?.dst ?? ''}`);
    expect(t.simulated.join('\n')).not.toMatch(/load balancer 192\.0\.2\.80/);
  });

  it('captures a Pod\'s traffic to the load-balancer IP on its own Node', () => {
    const c = cluster(...PODS, service('web', '  type: LoadBalancer\n'), pod('curl', 'worker-2', 1, 'app: curl'));
    expect(path(ok(c, { service: 'web', from: 'pod/curl' }))).toEqual(['client:pod/default/curl', 'svc:default/web', 'svc:default/web', 'pod:default/web-1']);
  });
});

describe('trace: Services kube-proxy skips', () => {
  it('headless: DNS answers the Pod IPs and the client connects to one directly', () => {
    const c = cluster(...PODS, service('web', '  clusterIP: None\n'));
    const t = ok(c, { service: 'web' });
    expect(path(t)).toEqual(['client:pod/default/client', 'dns:default/web', 'pod:default/web-1']);
    expect(t.hops[1]?.action).toBe(`answer: A ${podIP(c, 'web-1')}, A ${podIP(c, 'web-2')}`);
    // No port translation: the client dials the service port on the Pod IP.
    expect([t.delivered, t.final?.dst]).toEqual([true, `${podIP(c, 'web-1')}:80`]);
    expect(t.notes.join('\n')).toMatch(/kube-proxy programs no rules.*\n.*\n.*port is 8080/);
  });

  it('ExternalName: a CNAME, then outside the cluster', () => {
    const c = cluster('apiVersion: v1\nkind: Service\nmetadata: {name: db, namespace: default}\nspec: {type: ExternalName, externalName: db.example.com}\n');
    const t = ok(c, { service: 'db' });
    expect(path(t)).toEqual(['client:pod/default/client', 'dns:default/db', 'external:db.example.com']);
    expect([t.delivered, t.reason]).toEqual([false, 'ExternalName Service: kube-proxy programs no rules; DNS answers CNAME db.example.com. and the client connects to db.example.com, outside the simulated cluster']);
  });
});

describe('trace: a Service kube-proxy does not watch', () => {
  it('stops at the Service when another proxy owns it (service.kubernetes.io/service-proxy-name)', () => {
    const labelled = service('web', '').replace('metadata: {name: web, namespace: default}', 'metadata: {name: web, namespace: default, labels: {service.kubernetes.io/service-proxy-name: other}}');
    const t = ok(cluster(...PODS, labelled), { service: 'web' });
    expect([t.delivered, path(t), t.candidates]).toEqual([false, ['client:pod/default/client', 'svc:default/web'], []]);
    expect(t.reason).toMatch(/^not proxied by kube-proxy/);
  });
});

describe('trace: requests that cannot be traced', () => {
  const c = cluster(...PODS, service('web', ''));
  it.each<[TraceRequest, string, string]>([
    [{ service: 'nope' }, 'NotFound', 'services "nope" not found'],
    [{ service: 'web', from: 'pod/nope' }, 'NotFound', 'pods "nope" not found'],
    [{ service: 'web', node: 'nope' }, 'NotFound', 'nodes "nope" not found'],
    [{ service: 'web', via: 'nodeport' }, 'BadRequest', 'service "web" is of type ClusterIP: it has no nodePort'],
    [{ service: 'web', port: 'grpc' }, 'BadRequest', 'service "web" has no port named "grpc"'],
    [{ service: 'web', from: 'pod/web-1', node: 'worker-2' }, 'BadRequest', 'pod/default/web-1 runs on node "worker-1", not "worker-2"'],
  ])('%j', (request, reason, message) => {
    expect(trace(c, request)).toEqual({ ok: false, error: { reason, message } });
  });
});

describe('trace: loadBalancerSourceRanges (proxier.go KUBE-FW- chain, KUBE-PROXY-FIREWALL)', () => {
  const ranged = (ranges: string) => service('web', `  type: LoadBalancer\n  loadBalancerSourceRanges: [${ranges}]\n`);
  const c = cluster(...PODS, ranged('203.0.113.0/24'), pod('curl', 'worker-2', 1, 'app: curl'));

  it('drops a client outside the ranges at the load balancer', () => {
    const t = ok(c, { service: 'web', via: 'loadbalancer' });
    expect([t.delivered, path(t)]).toEqual([false, ['client:external', 'lb:default/web']]);
    expect(t.reason).toBe("DROP: source 198.51.100.10 is not in loadBalancerSourceRanges (203.0.113.0/24): the load balancer's firewall, which the cloud provider programs from them, discards the packet");
  });

  it('admits a client inside the ranges', () => {
    expect(ok(c, { service: 'web', via: 'loadbalancer', clientIP: '203.0.113.9' }).delivered).toBe(true);
  });

  it('does not guard the nodePort: the same client gets in there', () => {
    const t = ok(c, { service: 'web', via: 'nodeport' });
    expect(t.delivered).toBe(true);
    expect(t.notes.join('\n')).toMatch(/kube-proxy does not apply them to the nodePort, so 198\.51\.100\.10, outside them, still gets in/);
  });

  it("drops a Pod's packet to the load-balancer IP in KUBE-PROXY-FIREWALL, with the rule's comment", () => {
    const t = ok(c, { service: 'web', via: 'loadbalancer', from: 'pod/curl' });
    expect(t.delivered).toBe(false);
    expect(t.reason).toMatch(/^DROP: default\/web:http traffic not accepted by KUBE-FW-[A-Z2-7]{16}$/);
    expect(t.hops.at(-1)?.detail).toMatch(/other traffic to default\/web:http will be dropped by KUBE-PROXY-FIREWALL/);
    const open = cluster(...PODS, ranged('203.0.113.0/24, 10.244.0.0/16'), pod('curl', 'worker-2', 1, 'app: curl'));
    expect(ok(open, { service: 'web', via: 'loadbalancer', from: 'pod/curl' }).delivered).toBe(true);
  });

  it('reads the annotation when the field is empty (GetLoadBalancerSourceRanges)', () => {
    const annotated = service('web', '  type: LoadBalancer\n').replace('namespace: default}', 'namespace: default, annotations: {service.beta.kubernetes.io/load-balancer-source-ranges: "203.0.113.0/24"}}');
    expect(ok(cluster(...PODS, annotated), { service: 'web', via: 'loadbalancer' }).reason).toMatch(/^DROP: source 198\.51\.100\.10 is not in/);
  });
});

describe('trace: trafficDistribution PreferClose (hints set by the EndpointSlice controller, used by topology.go)', () => {
  const preferClose = service('web', '  trafficDistribution: PreferClose\n');
  it('keeps a client Pod on worker-1 (zone-a) to the zone-a endpoint, and names where the hints come from', () => {
    const t = ok(cluster(...PODS, preferClose), { service: 'web', node: 'worker-1' });
    expect(t.candidates).toEqual(['default/web-1']);
    expect(t.notes.join('\n')).toMatch(/trafficDistribution PreferClose.*zone-a/);
  });
  it('spreads over every zone without it', () => {
    expect(ok(cluster(...PODS, service('web', '')), { service: 'web', node: 'worker-1' }).candidates).toEqual(['default/web-1', 'default/web-2']);
  });
});
