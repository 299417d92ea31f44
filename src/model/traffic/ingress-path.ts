/**
 * A request through an Ingress: the client reaches the ingress controller, the Ingress rules
 * choose a Service port, and the controller opens its own connection to one of that port's Pods.
 * Controllers such as ingress-nginx read the Service's EndpointSlices and send to the Pods
 * directly: the ClusterIP and kube-proxy's rules are not on the path.
 */
import type { Cluster } from '../cluster-types.ts';
import { fnv32a } from '../controllers/hash.ts';
import { matchIngress, tlsFor, type IngressRoute } from '../ingress/match.ts';
import type { Entry, Ingress } from '../objects.ts';
import { clientSource } from './arrive.ts';
import { defaultNode, findNode, placeholderAddress, resolveClient, sourcePort, type Client } from './client.ts';
import { pickIndex, simulatedPodIPs, toBackend } from './deliver.ts';
import { joinHostPort } from './endpoints.ts';
import { ingressNotes } from './ingress-notes.ts';
import { backendKey, upstream } from './ingress-backend.ts';
import type { Trace, TraceHop, TraceRequest, TraceResult } from './types.ts';

const badRequest = (message: string): TraceResult => ({ ok: false, error: { reason: 'BadRequest', message } });

interface Front {
  readonly client: Client;
  /** The controller's address as the client dials it, `ip:port`. */
  readonly dst: string;
  readonly url: string;
  readonly simulated: readonly string[];
}

/** The Ingress's status address, else one for its class's controller, invented from TEST-NET-1 (RFC 5737). */
function ingressAddress(entry: Entry<Ingress> | undefined): { address: string; simulated: string[] } {
  const status = entry?.object.status?.loadBalancer?.ingress?.[0];
  const stated = status?.ip ?? status?.hostname;
  if (stated) return { address: stated, simulated: [] };
  const className = entry?.object.spec?.ingressClassName ?? '';
  const address = `192.0.2.${(fnv32a(className) % 254) + 1}`;
  return { address, simulated: [`ingress controller address ${address}: the address of the controller's own Service, which the input does not have (status.loadBalancer.ingress is empty)`] };
}

function front(client: Client, entry: Entry<Ingress> | undefined, route: IngressRoute | undefined, request: TraceRequest): Front {
  const { address, simulated } = ingressAddress(entry);
  // Without a route the scheme still follows the tls entries: the client chose https before any rule matched.
  const tls = route?.tls ?? (entry !== undefined && tlsFor(entry.object, request.host).tls);
  const url = `${tls ? 'https' : 'http'}://${request.host ?? address}${request.path ?? '/'}`;
  return { client, dst: joinHostPort(address, tls ? 443 : 80), url, simulated };
}

function connectHop(f: Front): TraceHop {
  return { at: f.client.id, src: clientSource(f.client), dst: f.dst, action: `connect to ${f.dst}`, detail: `${f.url}: the Ingress's address, where its controller listens` };
}

type Outcome = Pick<Trace, 'delivered' | 'reason' | 'hops' | 'notes'> & Partial<Pick<Trace, 'backends' | 'final' | 'pick' | 'simulated'>>;

/** The trace in the field order of the `-o json` contract, `backend` after `service`. */
function finish(f: Front, service: string | null, backend: string | null, outcome: Outcome): TraceResult {
  const backends = outcome.backends ?? [];
  const trace: Trace = {
    service,
    backend,
    via: 'ingress',
    from: f.client.from,
    delivered: outcome.delivered,
    reason: outcome.reason,
    candidates: backends.map((b) => b.target),
    backends,
    hops: outcome.hops,
    final: outcome.final ?? null,
    protocol: 'TCP',
    pick: outcome.pick ?? null,
    notes: outcome.notes,
    simulated: [...f.client.simulated, ...f.simulated, ...(outcome.simulated ?? [])],
  };
  return { ok: true, trace };
}

function noMatch(f: Front, request: TraceRequest, notes: readonly string[]): TraceResult {
  const where = `host ${request.host ?? '(none)'} and path ${request.path ?? '/'}`;
  const reason = `no Ingress rule matches ${where}, and no Ingress has a spec.defaultBackend: the controller's own default backend answers (ingress-nginx: 404 Not Found)`;
  return finish(f, null, null, { delivered: false, reason, hops: [connectHop(f)], notes });
}

function ingressHop(f: Front, route: IngressRoute, id: string): TraceHop {
  const { client, dst } = f;
  const namespace = route.ingress.object.metadata?.namespace ?? '';
  if (!route.tls) return { at: id, src: clientSource(client), dst, action: 'accept HTTP', detail: 'no tls entry of the Ingress covers the host: plain HTTP on port 80' };
  const secret = route.tlsSecret === undefined ? 'default certificate' : `Secret ${namespace}/${route.tlsSecret}`;
  const certificate = route.tlsSecret === undefined ? 'its default certificate (the tls entry names no Secret)' : `the certificate in ${secret}`;
  return { at: id, src: clientSource(client), dst, action: `terminate TLS (${secret})`, detail: `a tls entry covers the host: the controller decrypts with ${certificate}; the request goes on as plain HTTP` };
}

function ruleText(route: IngressRoute): string {
  const rule = route.rule;
  if (rule === undefined) return 'spec.defaultBackend';
  return `rule ${rule.host ?? '*'} ${rule.path} (${rule.pathType})`;
}

/** The controller's own Pod address: a Pod-network address on the default Node, invented. */
function controllerSource(cluster: Cluster, flow: string): { src: string; simulated: string[] } {
  const nodeName = defaultNode(cluster);
  const node = nodeName === undefined ? undefined : findNode(cluster, nodeName)?.object;
  const ip = placeholderAddress(cluster, node, 'IPv4') ?? '10.244.0.254';
  const port = sourcePort(`ingress-controller|${flow}`);
  return { src: joinHostPort(ip, port), simulated: [`ingress controller Pod address ${ip}${nodeName === undefined ? '' : ` on ${nodeName}`} and source port ${port}: the controller's Pods are not in the input`] };
}

function routed(cluster: Cluster, f: Front, route: IngressRoute, request: TraceRequest, notes: readonly string[]): TraceResult {
  const { metadata } = route.ingress.object;
  const namespace = metadata?.namespace ?? '';
  const id = `ingress:${namespace}/${metadata?.name ?? ''}`;
  const backend = backendKey(namespace, route.backend);
  const service = route.backend.service === undefined ? null : `${namespace}/${route.backend.service.name}`;
  const hops = [connectHop(f), ingressHop(f, route, id)];
  const allNotes = [...notes, ...ingressNotes(cluster, route.ingress)];
  const up = upstream(cluster, namespace, route.backend);
  if (!up.ok) return finish(f, service, backend, { delivered: false, reason: up.reason, hops, notes: allNotes });
  const count = up.endpoints.length;
  const backends = up.endpoints.map((e) => toBackend(e, count));
  const { index, pick } = pickIndex(count, request.seed, `the controller's ${count} upstreams`);
  const endpoint = up.endpoints[index] ?? up.endpoints[0];
  const chosen = backends[index] ?? backends[0];
  if (endpoint === undefined || chosen === undefined) return finish(f, service, backend, { delivered: false, reason: 'no upstream', hops, notes: allNotes });
  const own = controllerSource(cluster, `${backend ?? ''}|${f.url}`);
  hops.push(
    { at: id, src: own.src, dst: endpoint.endpoint, action: `proxy to ${endpoint.endpoint}`, detail: `${ruleText(route)} → ${backend ?? ''}; the controller opens a new connection to an endpoint of the Service, read from its EndpointSlices, not to its ClusterIP` },
    { at: chosen.at, src: own.src, dst: endpoint.endpoint, action: `deliver to ${endpoint.endpoint}`, detail: `${chosen.target}${endpoint.nodeName === undefined ? '' : ` on ${endpoint.nodeName}`}` },
  );
  return finish(f, service, backend, {
    delivered: true,
    reason: null,
    backends,
    hops,
    final: { pod: chosen.target, src: own.src, dst: endpoint.endpoint },
    pick,
    notes: [...allNotes, "the controller balances requests over the endpoints itself (ingress-nginx: round-robin by default), so kube-proxy and the Service's traffic policies play no part"],
    simulated: [...own.simulated, ...simulatedPodIPs(cluster, chosen.target)],
  });
}

/**
 * The request `--host H --path P` to the cluster's Ingresses (every namespace's: a controller
 * serves them all). When the request names a Service too, the rules must choose it.
 */
export function traceIngress(cluster: Cluster, request: TraceRequest): TraceResult {
  const path = request.path ?? '/';
  if (!path.startsWith('/')) return badRequest(`path "${path}" must begin with "/"`);
  if (cluster.ingresses.length === 0) return badRequest('the cluster has no Ingress to route the request');
  const classes = new Map(cluster.ingressClasses.map((e) => [e.object.metadata?.name ?? '', e.object.spec?.controller ?? '']));
  const match = matchIngress(cluster.ingresses, { host: request.host, path }, classes);
  const route = match.route;
  const namespace = request.namespace ?? 'default';
  const resolved = resolveClient(cluster, { from: request.from, namespace, node: request.node, clientIP: request.clientIP, family: 'IPv4', flow: `ingress|${request.host ?? ''}|${path}` }, true);
  if (!resolved.ok) return { ok: false, error: resolved.error };
  const f = front(resolved.client, route?.ingress ?? cluster.ingresses[0], route, { ...request, path });
  if (request.service !== undefined) {
    const chosen = route?.backend.service === undefined ? undefined : `${route.ingress.object.metadata?.namespace ?? ''}/${route.backend.service.name}`;
    if (chosen !== `${namespace}/${request.service}`) return badRequest(`the Ingress rules send ${f.url} to ${chosen ?? 'no Service'}, not to ${namespace}/${request.service}`);
  }
  if (route === undefined) return noMatch(f, { ...request, path }, match.notes);
  return routed(cluster, f, route, { ...request, path }, match.notes);
}
