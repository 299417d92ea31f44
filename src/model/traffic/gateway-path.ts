/**
 * A request through a Gateway (Gateway API v1, HTTPRoute): the client connects to the Gateway's
 * address on a listener's port, the listener and its attached routes choose a rule
 * (gateway/route-request.ts), the rule's backendRefs share the requests by weight, and the
 * Gateway's data plane opens its own connection to an endpoint of the chosen Service, read from
 * its EndpointSlices, as an ingress controller does: the ClusterIP and kube-proxy are not on the path.
 *
 * What the client gets (apis/v1/httproute_types.go HTTPRouteRule.BackendRefs, HTTPRouteSpec.Rules):
 * 404 when no listener or attached rule matches; 500 for the share of requests that would go to
 * an invalid backendRef (all of them when the rule has no valid one, or none at all and no
 * filter answers); 503 for a Service without ready endpoints (the spec's SHOULD).
 */
import type { Cluster } from '../cluster-types.ts';
import { mixedHash } from '../controllers/hash.ts';
import { analyzeGateways, type GatewayAnalysis, type RouteAnalysis } from '../gateway/analyze.ts';
import type { ResolvedBackend } from '../gateway/backend-refs.ts';
import { requestHost } from '../gateway/hostnames.ts';
import { chooseRule, selectListener, splitPath, type HttpRequest, type RouteChoice } from '../gateway/route-request.ts';
import type { Gateway, HTTPRouteRule, Listener } from '../gateway/types.ts';
import type { Entry } from '../objects.ts';
import { clientSource } from './arrive.ts';
import { defaultNode, findNode, placeholderAddress, resolveClient, sourcePort, type Client } from './client.ts';
import { simulatedPodIPs, toBackend } from './deliver.ts';
import { joinHostPort, serviceEndpoints, type ProxyEndpoint } from './endpoints.ts';
import { primaryFamily, servicePortInfo } from './service-port.ts';
import type { Trace, TraceBackend, TraceHop, TraceRequest, TraceResult } from './types.ts';

const badRequest = (message: string): TraceResult => ({ ok: false, error: { reason: 'BadRequest', message } });

interface Front {
  readonly client: Client;
  readonly gatewayId: string;
  readonly gatewayKey: string;
  /** The Gateway's address and the listener port, `ip:port`. */
  readonly dst: string;
  readonly url: string;
  readonly simulated: readonly string[];
}

interface Outcome {
  readonly service: string | null;
  readonly backend: string | null;
  readonly route: string | null;
  readonly rule: number | null;
  readonly status: number;
  readonly reason: string | null;
  readonly hops: readonly TraceHop[];
  readonly backends?: readonly TraceBackend[];
  readonly final?: Trace['final'];
  readonly pick?: string | null;
  readonly notes: readonly string[];
  readonly simulated?: readonly string[];
}

function finish(f: Front, o: Outcome): TraceResult {
  const backends = o.backends ?? [];
  const trace: Trace = {
    service: o.service,
    backend: o.backend,
    route: o.route,
    rule: o.rule,
    via: 'gateway',
    from: f.client.from,
    delivered: o.status === 200,
    status: o.status,
    reason: o.reason,
    candidates: backends.map((b) => b.target),
    backends,
    hops: o.hops,
    final: o.final ?? null,
    protocol: 'TCP',
    pick: o.pick ?? null,
    notes: o.notes,
    simulated: [...f.client.simulated, ...f.simulated, ...(o.simulated ?? [])],
  };
  return { ok: true, trace };
}

function connectHop(f: Front): TraceHop {
  return { at: f.client.id, src: clientSource(f.client), dst: f.dst, action: `connect to ${f.dst}`, detail: `${f.url}: the Gateway's address, where its data plane listens` };
}

function notFound(f: Front, hops: readonly TraceHop[], why: string, notes: readonly string[] = []): TraceResult {
  return finish(f, { service: null, backend: null, route: null, rule: null, status: 404, reason: `REJECT: 404 Not Found: ${why}`, hops, notes });
}

/** The Gateway the request goes to: the one asked for, the only one, or the first (by namespace/name) with a listener for it. */
function chooseGateway(analysis: GatewayAnalysis, request: TraceRequest, host: string): Entry<Gateway> | string {
  if (request.gateway !== undefined) {
    const key = request.gateway.includes('/') ? request.gateway : `${request.namespace ?? 'default'}/${request.gateway}`;
    return analysis.gateways.get(key) ?? `gateways.gateway.networking.k8s.io "${key.slice(key.indexOf('/') + 1)}" not found`;
  }
  const all = [...analysis.gateways.values()].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  if (all.length === 0) return 'the cluster has no Gateway to route the request';
  if (all.length === 1) return all[0]!;
  const serving = all.find((g) => analysis.owned.has(keyOf(g)) && selectListener(g.object, listenerPort(g.object, request), host) !== undefined);
  return serving ?? `several Gateways (${all.map(keyOf).join(', ')}) and none has a listener for host ${host}: name one with --gateway NS/NAME`;
}

const keyOf = (g: Entry<Gateway>): string => `${g.object.metadata.namespace ?? 'default'}/${g.object.metadata.name ?? ''}`;

/** DESIGN.md: `--listener` defaults to the Gateway's only port, else 80. */
function listenerPort(gateway: Gateway, request: TraceRequest): number {
  if (request.listener !== undefined) return request.listener;
  const ports = [...new Set(gateway.spec.listeners.map((l) => l.port))];
  return ports.length === 1 ? ports[0]! : 80;
}

/** The data plane's own Pod address: a Pod-network address on the default Node, invented. */
function dataPlaneSource(cluster: Cluster, gatewayKey: string, flow: string): { src: string; simulated: string[] } {
  const nodeName = defaultNode(cluster);
  const node = nodeName === undefined ? undefined : findNode(cluster, nodeName)?.object;
  const ip = placeholderAddress(cluster, node, 'IPv4') ?? '10.244.0.254';
  const port = sourcePort(`gateway|${gatewayKey}|${flow}`);
  return { src: joinHostPort(ip, port), simulated: [`Gateway data-plane Pod address ${ip}${nodeName === undefined ? '' : ` on ${nodeName}`} and source port ${port}: the implementation's proxy Pods are not in the input`] };
}

function matchText(choice: RouteChoice): string {
  const { match } = choice;
  const parts = [`${match.path?.type ?? 'PathPrefix'} ${match.path?.value ?? '/'}`];
  if (match.method !== undefined) parts.push(`method ${match.method}`);
  for (const h of match.headers ?? []) parts.push(`header ${h.name}${h.type === 'RegularExpression' ? '~' : '='}${h.value}`);
  for (const q of match.queryParams ?? []) parts.push(`query ${q.name}${q.type === 'RegularExpression' ? '~' : '='}${q.value}`);
  return parts.join(', ');
}

interface Share {
  readonly ref: ResolvedBackend;
  readonly key: string;
  readonly share: number;
  readonly endpoints: readonly ProxyEndpoint[];
}

/** Each backendRef's weight share and, for a valid Service port, its ready endpoints. */
function shares(cluster: Cluster, rule: HTTPRouteRule, resolved: readonly ResolvedBackend[], namespace: string): Share[] {
  const total = resolved.reduce((sum, r) => sum + r.weight, 0);
  return (rule.backendRefs ?? []).map((ref, i): Share => {
    const r = resolved[i]!;
    const key = `${ref.namespace ?? namespace}/${ref.name}:${ref.port ?? ''}`;
    const share = total === 0 ? 0 : r.weight / total;
    if (!r.ok) return { ref: r, key, share, endpoints: [] };
    const service = r.service.object;
    const port = (service.spec?.ports ?? []).find((p) => p.port === r.port);
    if (port === undefined || service.spec?.type === 'ExternalName' || service.spec?.clusterIP === 'None') return { ref: r, key, share, endpoints: [] };
    const family = primaryFamily(service);
    return { ref: r, key, share, endpoints: serviceEndpoints(cluster, servicePortInfo(service, port, family), family).filter((e) => e.ready) };
  });
}

function routed(cluster: Cluster, f: Front, listener: Listener, choice: RouteChoice, request: TraceRequest, hops: TraceHop[]): TraceResult {
  const route: RouteAnalysis = choice.route;
  const routeId = `route:${route.name}`;
  const namespace = route.route.object.metadata.namespace ?? 'default';
  const rule = (route.route.object.spec.rules ?? [])[choice.ruleIndex]!;
  const at = { route: route.name, rule: choice.ruleIndex };
  const ruleName = `rule ${choice.ruleIndex}${rule.name ? ` (${rule.name})` : ''}`;
  const notes = [`${route.name} ${ruleName} matched ${matchText(choice)}${choice.hostname === '' ? '' : ` for hostname ${choice.hostname}`}, ahead of any other match by the spec's precedence`];
  hops.push({ at: routeId, src: clientSource(f.client), dst: f.dst, action: `match ${ruleName}`, detail: `${matchText(choice)} on listener ${listener.name}` });

  // A RequestRedirect filter answers the request itself (HTTPRequestRedirectFilter, statusCode default 302).
  const redirect = (rule.filters ?? []).find((x) => x.type === 'RequestRedirect')?.requestRedirect;
  if (redirect !== undefined) {
    const code = redirect.statusCode ?? 302;
    return finish(f, { service: null, backend: null, ...at, status: code, reason: `${code} redirect: the rule's RequestRedirect filter answers without a backend`, hops, notes });
  }
  const all = shares(cluster, rule, route.backends[choice.ruleIndex] ?? [], namespace);
  const valid = all.filter((s) => s.ref.ok && s.share > 0);
  const first = valid[0];
  const invalidShare = all.filter((s) => !s.ref.ok).reduce((sum, s) => sum + s.share, 0);
  if (first === undefined) {
    const why = all.length === 0 ? 'the rule has no backendRefs and no filter that answers' : `no backendRef of the rule is valid (${all.map((s) => (s.ref.ok ? `${s.key}: weight 0` : `${s.key}: ${s.ref.reason}`)).join('; ')})`;
    return finish(f, { service: null, backend: null, ...at, status: 500, reason: `REJECT: 500 Internal Server Error: ${why}`, hops, notes });
  }
  const backends: TraceBackend[] = valid.flatMap((s) => s.endpoints.map((e) => ({ ...toBackend(e, s.endpoints.length), probability: Math.round((s.share / s.endpoints.length) * 1e12) / 1e12, service: s.key })));
  if (invalidShare > 0) notes.push(`${formatShare(invalidShare)} of the requests get 500 Internal Server Error: they would go to invalid backendRefs (${all.filter((s) => !s.ref.ok).map((s) => `${s.key}: ${s.ref.ok ? '' : s.ref.reason}`).join('; ')})`);
  const empty = valid.filter((s) => s.endpoints.length === 0);
  if (empty.length > 0) notes.push(`${formatShare(empty.reduce((sum, s) => sum + s.share, 0))} of the requests get 503 Service Unavailable: ${empty.map((s) => s.key).join(', ')} ${empty.length === 1 ? 'has' : 'have'} no ready endpoints`);
  const service = first.key.slice(0, first.key.lastIndexOf(':'));
  if (backends.length === 0) {
    return finish(f, { service, backend: first.key, ...at, status: 503, reason: `REJECT: 503 Service Unavailable: ${valid.map((s) => s.key).join(', ')} ${valid.length === 1 ? 'has' : 'have'} no ready endpoints`, hops, notes });
  }
  const { index, pick } = pickWeighted(backends, request.seed);
  const chosen = backends[index]!;
  const endpoint = chosen.dst;
  const own = dataPlaneSource(cluster, f.gatewayKey, `${route.name}|${f.url}`);
  hops.push(
    { at: routeId, src: own.src, dst: endpoint, action: `proxy to ${endpoint}`, detail: `${chosen.service ?? ''}: the Gateway's data plane opens a new connection to an endpoint of the Service, read from its EndpointSlices, not to its ClusterIP` },
    { at: chosen.at, src: own.src, dst: endpoint, action: `deliver to ${endpoint}`, detail: `${chosen.target}${chosen.node === undefined ? '' : ` on ${chosen.node}`}` },
  );
  notes.push('the Gateway balances requests over the endpoints itself, by the backendRefs\' weights, so kube-proxy and the Service\'s traffic policies play no part');
  return finish(f, {
    service: (chosen.service ?? first.key).slice(0, (chosen.service ?? first.key).lastIndexOf(':')),
    backend: first.key,
    ...at,
    status: 200,
    reason: null,
    hops,
    backends,
    final: { pod: chosen.target, src: own.src, dst: endpoint },
    pick,
    notes,
    simulated: [...own.simulated, ...simulatedPodIPs(cluster, chosen.target)],
  });
}

function formatShare(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/** Without a seed, the most likely backend (the first of equals); with one, a draw weighted by probability. */
function pickWeighted(backends: readonly TraceBackend[], seed: string | undefined): { index: number; pick: string } {
  if (seed === undefined) {
    let best = 0;
    backends.forEach((b, i) => (b.probability > backends[best]!.probability ? (best = i) : undefined));
    return { index: best, pick: backends.length === 1 ? 'the only backend' : 'the most likely backend (the first of equals); each gets its probability of requests' };
  }
  const total = backends.reduce((sum, b) => sum + b.probability, 0);
  let draw = ((mixedHash(seed) % 1_000_000) / 1_000_000) * total;
  for (let i = 0; i < backends.length; i++) {
    draw -= backends[i]!.probability;
    if (draw < 0) return { index: i, pick: `drawn with seed "${seed}" by the backends' probabilities` };
  }
  return { index: backends.length - 1, pick: `drawn with seed "${seed}" by the backends' probabilities` };
}

/** `--via gateway`: the request `--host H --path P [--method M] [--header N=V]…` to a Gateway. */
export function traceGateway(cluster: Cluster, request: TraceRequest): TraceResult {
  const target = request.path ?? '/';
  if (!target.startsWith('/')) return badRequest(`path "${target}" must begin with "/"`);
  const { path, query } = splitPath(target);
  const host = requestHost(request.host ?? '');
  const analysis = analyzeGateways(cluster);
  const gateway = chooseGateway(analysis, request, host);
  if (typeof gateway === 'string') return gateway.endsWith('not found') ? { ok: false, error: { reason: 'NotFound', message: gateway } } : badRequest(gateway);
  const key = keyOf(gateway);
  if (!analysis.owned.has(key)) return badRequest(`Gateway ${key} has no controller: GatewayClass "${gateway.object.spec.gatewayClassName}" does not exist, so nothing listens for it`);
  const port = listenerPort(gateway.object, request);
  const address = gateway.object.status?.addresses?.[0]?.value ?? '0.0.0.0';
  const resolved = resolveClient(cluster, { from: request.from, namespace: request.namespace ?? 'default', node: request.node, clientIP: request.clientIP, family: 'IPv4', flow: `gateway|${key}|${host}|${target}` }, true);
  if (!resolved.ok) return { ok: false, error: resolved.error };
  const listener = selectListener(gateway.object, port, host);
  const scheme = listener?.protocol === 'HTTPS' ? 'https' : 'http';
  const f: Front = {
    client: resolved.client,
    gatewayId: `gateway:${key}`,
    gatewayKey: key,
    dst: joinHostPort(address, port),
    url: `${scheme}://${request.host ?? address}${target}`,
    simulated: gateway.simulated.includes('status.addresses') ? [`Gateway address ${address}: a real implementation gets it from its load balancer`] : [],
  };
  const hops: TraceHop[] = [connectHop(f)];
  if (listener === undefined) return notFound(f, hops, `no HTTP or HTTPS listener of Gateway ${key} on port ${port} takes host ${host || '(none)'}`);
  const tls = listener.protocol === 'HTTPS';
  hops.push({ at: f.gatewayId, src: clientSource(f.client), dst: f.dst, action: tls ? `terminate TLS on listener ${listener.name}` : `accept HTTP on listener ${listener.name}`, detail: `port ${listener.port}, hostname ${listener.hostname ?? '(any)'}${tls ? ': the Gateway decrypts with the listener\'s certificate; the request goes on as plain HTTP' : ''}` });
  const http: HttpRequest = { host, path, query, method: (request.method ?? 'GET').toUpperCase(), headers: request.headers ?? [] };
  const choice = chooseRule(analysis, gateway, listener, http);
  if (choice === undefined) return notFound(f, hops, `no rule of the HTTPRoutes attached to listener ${listener.name} of Gateway ${key} matches ${http.method} ${host || '(no host)'}${target}`);
  if (request.service !== undefined) {
    const wanted = `${request.namespace ?? 'default'}/${request.service}`;
    const services = (choice.route.route.object.spec.rules?.[choice.ruleIndex]?.backendRefs ?? []).map((b) => `${b.namespace ?? choice.route.route.object.metadata.namespace ?? 'default'}/${b.name}`);
    if (!services.includes(wanted)) return badRequest(`the Gateway sends ${f.url} to ${choice.route.name} rule ${choice.ruleIndex} (${services.join(', ') || 'no backend'}), not to ${wanted}`);
  }
  return routed(cluster, f, listener, choice, request, hops);
}
