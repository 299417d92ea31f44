/**
 * trace: the hops of one new connection from a client to a Pod through a Service, as kube-proxy
 * in iptables mode (the default) routes it.
 */
import type { Cluster } from '../cluster-types.ts';
import type { Entry, Service } from '../objects.ts';
import { arriveClusterIP, arriveLoadBalancer, arriveNodePort, sourceIsPod, type Arrival, type NotArrived, type TraceContext } from './arrive.ts';
import { resolveClient } from './client.ts';
import { deliver, firewallVerdict, simulatedPodIPs } from './deliver.ts';
import { askName, askServiceName } from './dns-name.ts';
import { externalNamePath, fqdn, headlessPath } from './dns-path.ts';
import { proxyNode, serviceEndpoints } from './endpoints.ts';
import { traceIngress } from './ingress-path.ts';
import { traceGateway } from './gateway-path.ts';
import { listenerOf } from './listener.ts';
import { arriveUnmatched } from './no-rule.ts';
import { enforceNetworkPolicy } from './network-policy.ts';
import { matchPort } from './ports.ts';
import { decide } from './proxy.ts';
import { clusterIPByFamily, LABEL_SERVICE_PROXY_NAME, primaryFamily, servicePortInfo } from './service-port.ts';
import { sourceAdmitted, sourceRanges } from './source-ranges.ts';
import type { Trace, TraceError, TraceRequest, TraceResult, TraceVia } from './types.ts';

const failure = (reason: TraceError['reason'], message: string): TraceResult => ({ ok: false, error: { reason, message } });

function defaultVia(service: Service): Exclude<TraceVia, 'ingress' | 'gateway'> {
  const type = service.spec?.type;
  return type === 'NodePort' ? 'nodeport' : type === 'LoadBalancer' ? 'loadbalancer' : 'clusterip';
}

/** Whether the Service has the path at all: a nodePort needs type NodePort or LoadBalancer, a load balancer type LoadBalancer. */
function pathError(service: Service, via: Exclude<TraceVia, 'ingress' | 'gateway'>): string | undefined {
  const name = service.metadata?.name ?? '';
  const type = service.spec?.type ?? 'ClusterIP';
  const headless = service.spec?.clusterIP === 'None';
  if (via === 'clusterip') return undefined;
  const what = via === 'nodeport' ? 'nodePort' : 'load balancer';
  if (type === 'ExternalName' || headless) return `service "${name}" is ${type === 'ExternalName' ? 'of type ExternalName' : 'headless'}: it has no ${what}`;
  if (via === 'nodeport' && type !== 'NodePort' && type !== 'LoadBalancer') return `service "${name}" is of type ${type}: it has no nodePort`;
  if (via === 'loadbalancer' && type !== 'LoadBalancer') return `service "${name}" is of type ${type}: it has no load balancer`;
  return undefined;
}

/** A Service's DNS name answers its ClusterIP (kubernetes/dns docs/specification.md 2.3.1), never a nodePort or load balancer. */
function nameError(request: TraceRequest, via: TraceVia): string | undefined {
  if (request.name === undefined || via === 'clusterip') return undefined;
  return `a name resolves to the Service's ClusterIP: it goes with via clusterip, not ${via}`;
}

interface Shell {
  readonly ctx: TraceContext;
  readonly protocol: string;
}

function assemble(shell: Shell, path: Omit<Trace, 'service' | 'via' | 'from' | 'candidates' | 'protocol'>): TraceResult {
  const { ctx } = shell;
  const trace: Trace = {
    service: ctx.key,
    via: ctx.via,
    from: ctx.client.from,
    delivered: path.delivered,
    reason: path.reason,
    candidates: path.backends.map((b) => b.target),
    backends: path.backends,
    hops: path.hops,
    final: path.final,
    protocol: shell.protocol,
    pick: path.pick,
    notes: path.notes,
    simulated: [...new Set([...ctx.client.simulated, ...path.simulated])],
  };
  return { ok: true, trace };
}

function stoppedOrError(shell: Shell, arrival: NotArrived): TraceResult {
  if (arrival.kind === 'error') return { ok: false, error: arrival.error };
  return assemble(shell, { delivered: false, reason: arrival.reason, hops: arrival.hops, backends: [], final: null, pick: null, notes: arrival.notes, simulated: arrival.simulated });
}

interface Dialed {
  /** Undefined when neither the request nor the Service names a port. */
  readonly number: number | undefined;
  readonly name: string;
  readonly protocol: string;
}

/** The port a client dials when there is no virtual IP: a service port by name or number, or any number at all. */
function dialedPort(service: Service, requested: string | undefined): Dialed | string {
  if (requested === undefined) {
    const first = service.spec?.ports?.[0];
    return { number: first?.port, name: first?.name ?? '', protocol: first?.protocol ?? 'TCP' };
  }
  const match = matchPort(service, 'clusterip', requested);
  if (match.kind === 'invalid') return match.message;
  if (match.kind === 'unmatched') return { number: match.number, name: '', protocol: match.protocol };
  return { number: match.port.port, name: match.port.name ?? '', protocol: match.port.protocol ?? 'TCP' };
}

/** Headless and ExternalName Services: kube-proxy skips them (servicechangetracker.go ShouldSkipService), DNS does the work. */
function traceDns(shell: Shell, request: TraceRequest): TraceResult {
  const service = shell.ctx.entry.object;
  const name = service.metadata?.name ?? '';
  if (shell.ctx.client.from === 'external') return failure('BadRequest', `service "${name}" is reached by its DNS name, which only the cluster's Pods resolve`);
  const port = dialedPort(service, request.port);
  if (typeof port === 'string') return failure('BadRequest', port);
  const dialed = { ...shell, protocol: port.protocol };
  const asked = request.name === undefined ? undefined : askServiceName(shell.ctx, request.name, fqdn(shell.ctx.cluster, shell.ctx), request.from === undefined);
  if (asked !== undefined && !('hop' in asked)) return { ok: false, error: asked };
  if (asked?.failure !== undefined) {
    return assemble(dialed, { delivered: false, reason: asked.failure, hops: [asked.hop], backends: [], final: null, pick: null, notes: [], simulated: asked.simulated });
  }
  if (service.spec?.type === 'ExternalName') return assemble(dialed, externalNamePath(shell.ctx, port.number, asked));
  if (port.number === undefined) return failure('BadRequest', `service "${name}" has no ports: name the port the client connects to`);
  return assemble(dialed, headlessPath(shell.ctx, { number: port.number, name: port.name }, request.seed, asked));
}

/** The DNS lookup that gives a client the ClusterIP it dials by name, put before the packet's hops. */
type Lookup = (arrival: Arrival) => Arrival;

function lookupFirst(ctx: TraceContext, request: TraceRequest): Lookup | TraceError {
  if (request.name === undefined) return (arrival) => arrival;
  const looked = askName(ctx, request.name, clusterIPByFamily(ctx.entry.object, ctx.family) ?? '', request.from === undefined);
  if (looked.kind === 'error') return looked.error;
  // The lookup failed: the client has no address to dial, so no packet follows.
  if (looked.kind === 'stopped') return () => ({ kind: 'stopped', hops: [looked.hop], reason: looked.reason, notes: [], simulated: looked.simulated });
  return (arrival) => (arrival.kind === 'error' ? arrival : { ...arrival, hops: [looked.hop, ...arrival.hops], simulated: [...looked.simulated, ...arrival.simulated] });
}

/** The Service's virtual IP path: arrival at a Node, kube-proxy's verdict, delivery. */
function traceProxied(shell: Shell, request: TraceRequest): TraceResult {
  const { ctx } = shell;
  const service = ctx.entry.object;
  const match = matchPort(service, ctx.via, request.port);
  if (match.kind === 'invalid') return failure('BadRequest', match.message);
  const lookup = lookupFirst(ctx, request);
  if (typeof lookup !== 'function') return { ok: false, error: lookup };
  if (match.kind === 'unmatched') {
    // arriveUnmatched never arrives, and a lookup only puts a hop before it (or stops sooner).
    const unmatched = lookup(arriveUnmatched(ctx, match.number, match.protocol));
    if (unmatched.kind === 'arrived') return failure('BadRequest', `service "${service.metadata?.name ?? ''}" has no port ${match.number}/${match.protocol}`);
    return stoppedOrError({ ...shell, protocol: match.protocol }, unmatched);
  }
  const info = servicePortInfo(service, match.port, ctx.family);
  const proxied = { ...shell, protocol: info.protocol };
  const arrival = lookup(
    ctx.via === 'clusterip' ? arriveClusterIP(ctx, info) : ctx.via === 'nodeport' ? arriveNodePort(ctx, info) : arriveLoadBalancer(ctx, info, serviceEndpoints(ctx.cluster, info, ctx.family)),
  );
  if (arrival.kind !== 'arrived') return stoppedOrError(proxied, arrival);
  const proxy = service.metadata?.labels?.[LABEL_SERVICE_PROXY_NAME];
  if (proxy !== undefined) return handedOff(proxied, arrival, proxy);
  const endpoints = serviceEndpoints(ctx.cluster, info, ctx.family, arrival.node);
  const decision = decide({ info, endpoints, node: proxyNode(ctx.cluster, arrival.node), traffic: arrival.traffic, sourceIsPod: sourceIsPod(ctx) });
  // usesFWChain needs endpoints: without any, the REJECT rule answers first.
  const blocked = arrival.firewall === true && decision.verdict !== 'REJECT' && !sourceAdmitted(sourceRanges(service), ctx.client.ip);
  const delivery = blocked ? firewallVerdict(ctx, info, arrival) : deliver(ctx, info, arrival, decision, request.seed);
  return assemble(proxied, {
    delivered: delivery.final !== null,
    reason: delivery.reason,
    hops: [...arrival.hops, ...delivery.hops],
    backends: delivery.backends,
    final: delivery.final,
    pick: delivery.pick,
    notes: [...arrival.notes, ...delivery.notes],
    simulated: [...arrival.simulated, ...delivery.simulated, ...simulatedPodIPs(ctx.cluster, delivery.final?.pod)],
  });
}

/** cmd/kube-proxy/app/server.go: kube-proxy does not watch a Service labelled for another proxy. */
function handedOff(shell: Shell, arrival: Extract<Arrival, { kind: 'arrived' }>, proxy: string): TraceResult {
  const reason = `not proxied by kube-proxy: the Service's ${LABEL_SERVICE_PROXY_NAME} label hands it to "${proxy}", which is not simulated`;
  const last = arrival.hops.at(-1);
  const hop = { at: `svc:${shell.ctx.key}`, src: last?.src ?? '', dst: arrival.dst, action: 'no kube-proxy rule', detail: reason };
  return assemble(shell, { delivered: false, reason, hops: [...arrival.hops, hop], backends: [], final: null, pick: null, notes: arrival.notes, simulated: arrival.simulated });
}

function findService(cluster: Cluster, namespace: string, name: string): Entry<Service> | undefined {
  return cluster.services.find((s) => s.object.metadata?.namespace === namespace && s.object.metadata?.name === name);
}

/**
 * The hops of a new connection to `request.service`, or why it cannot be traced (an unknown
 * Service, Pod or Node; a path the Service does not have). Pure: the same cluster and request
 * give the same trace; what a real client would draw at random is derived from the request.
 */
export function trace(cluster: Cluster, request: TraceRequest): TraceResult {
  const result = traceProxy(cluster, request);
  if (!result.ok) return result;
  const allowed = enforceNetworkPolicy(cluster, result.trace);
  const listener = listenerOf(cluster, allowed);
  return { ok: true, trace: listener === undefined ? allowed : { ...allowed, listener } };
}

/** The path as Services, kube-proxy, DNS and Ingress controllers make it, before NetworkPolicy has its say. */
function traceProxy(cluster: Cluster, request: TraceRequest): TraceResult {
  const namespace = request.namespace ?? 'default';
  const name = request.service;
  const http = request.via === 'ingress' || request.via === 'gateway';
  if (!http && (request.host !== undefined || request.path !== undefined)) return failure('BadRequest', 'a host and a path go with via ingress or gateway');
  if (request.via !== 'gateway' && (request.gateway !== undefined || request.listener !== undefined || request.method !== undefined || (request.headers ?? []).length > 0)) {
    return failure('BadRequest', 'a gateway, listener, method and headers go with via gateway');
  }
  if (request.via === 'gateway' && request.name !== undefined) return failure('BadRequest', "a name goes with via clusterip: a Gateway is reached by its own address");
  if (request.via === 'ingress' && request.name !== undefined) return failure('BadRequest', "a name goes with via clusterip: an Ingress is reached by its controller's address");
  if (name !== undefined && findService(cluster, namespace, name) === undefined) return failure('NotFound', `services "${name}" not found`);
  if (request.via === 'ingress') return traceIngress(cluster, request);
  if (request.via === 'gateway') return traceGateway(cluster, request);
  if (name === undefined) return failure('BadRequest', 'a Service to trace is required, unless via ingress or gateway');
  const entry = findService(cluster, namespace, name);
  if (entry === undefined) return failure('NotFound', `services "${name}" not found`);
  const service = entry.object;
  const via = request.via ?? defaultVia(service);
  const problem = pathError(service, via) ?? nameError(request, via);
  if (problem !== undefined) return failure('BadRequest', problem);
  const key = `${namespace}/${name}`;
  const family = primaryFamily(service);
  const resolved = resolveClient(
    cluster,
    { from: request.from, namespace, node: request.node, clientIP: request.clientIP, family, flow: `${key}|${request.port ?? ''}` },
    via !== 'clusterip',
  );
  if (!resolved.ok) return { ok: false, error: resolved.error };
  const ctx: TraceContext = { cluster, entry, key, via, family, client: resolved.client, node: request.node };
  const shell: Shell = { ctx, protocol: 'TCP' };
  if (request.name !== undefined && resolved.client.from === 'external') return failure('BadRequest', `an external client does not ask cluster DNS: a name goes with a client Pod`);
  if (service.spec?.type === 'ExternalName' || service.spec?.clusterIP === 'None') return traceDns(shell, request);
  return traceProxied(shell, request);
}
