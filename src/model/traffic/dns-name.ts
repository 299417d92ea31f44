/**
 * A client that dials a Service by name: before any packet goes to the ClusterIP, the Pod's stub
 * resolver asks cluster DNS, through its search path, for the address to dial.
 */
import { clusterFirstResolvConf, resolve, resolveFrom, type DnsResponse, type RRType } from '../dns/index.ts';
import type { Pod } from '../objects.ts';
import type { TraceContext } from './arrive.ts';
import { sourcePort } from './client.ts';
import { nameserver } from './dns-path.ts';
import { joinHostPort } from './endpoints.ts';
import type { TraceError, TraceHop } from './types.ts';

export type NameLookup =
  | { readonly kind: 'answered'; readonly hop: TraceHop; readonly addresses: readonly string[]; readonly simulated: readonly string[] }
  | { readonly kind: 'stopped'; readonly hop: TraceHop; readonly reason: string; readonly simulated: readonly string[] }
  | { readonly kind: 'error'; readonly error: TraceError };

const badRequest = (message: string): NameLookup => ({ kind: 'error', error: { reason: 'BadRequest', message } });

/**
 * Whether the Pod's resolv.conf points at cluster DNS: kubelet pkg/kubelet/network/dns/dns.go
 * getPodDNSType. ClusterFirst on the host network falls back to the Node's resolv.conf, as Default
 * does; None takes only spec.dnsConfig.
 */
function clusterDnsProblem(pod: Pod): string | undefined {
  const policy = pod.spec?.dnsPolicy ?? 'ClusterFirst';
  const hostNetwork = pod.spec?.hostNetwork === true;
  if (policy === 'ClusterFirstWithHostNet' || (policy === 'ClusterFirst' && !hostNetwork)) return undefined;
  const why = policy === 'ClusterFirst' ? 'dnsPolicy ClusterFirst on the host network, which kubelet treats as Default' : `dnsPolicy ${policy}`;
  return `pod "${pod.metadata?.name ?? ''}" has ${why}: its resolv.conf does not name cluster DNS, so how it resolves a name is not simulated`;
}

function clientPod(ctx: TraceContext): Pod | undefined {
  return ctx.cluster.pods.find((p) => `pod/${p.object.metadata?.namespace ?? ''}/${p.object.metadata?.name ?? ''}` === ctx.client.from)?.object;
}

function outcome(response: DnsResponse): string {
  // A single label the upstream resolver answers (not simulated): resolve marks its rcode assumed.
  if (response.simulated?.includes('rcode') === true) return `${response.rcode} (assumed: upstream not simulated)`;
  if (response.rcode !== 'NOERROR') return response.rcode;
  if (response.answers.length > 0) return response.answers.map((r) => `${r.name} ${r.type} ${r.data}`).join(', ');
  // serve.ts: a NODATA answer carries the zone's SOA; a forwarded one carries nothing.
  return response.authority.length > 0 ? 'NODATA' : 'forwarded upstream';
}

/** Each name the resolver sent, with what cluster DNS answered it: `web.default.svc.cluster.local. A 10.96.0.20`. */
function walk(ctx: TraceContext, response: DnsResponse, type: RRType): string[] {
  return response.tried.map((name) => {
    const asked = resolve(ctx.cluster, { name, type });
    const text = outcome(asked);
    return asked.answers.length > 0 ? text : `${name} ${text}`;
  });
}

/** The Service whose ClusterIP is this address, as `ns/name`. */
function clusterIPOwner(ctx: TraceContext, address: string): string | undefined {
  const owner = ctx.cluster.services.find((s) => s.object.spec?.clusterIP === address || (s.object.spec?.clusterIPs ?? []).includes(address));
  return owner === undefined ? undefined : `${owner.object.metadata?.namespace ?? ''}/${owner.object.metadata?.name ?? ''}`;
}

/** Why the walk found no address: the resolver's error as getaddrinfo reports it, with every name tried. */
function failureReason(name: string, response: DnsResponse, steps: readonly string[]): string {
  const last = response.tried.at(-1) ?? name;
  if (outcome(response) === 'forwarded upstream') {
    const none = response.tried.length < 2 ? '' : `cluster DNS has none of ${response.tried.slice(0, -1).join(', ')}; `;
    return `NXDOMAIN: ${none}the last name tried, ${last}, is outside the cluster domain and goes to the upstream resolver (not simulated), so ${name} gives the client no address in the cluster`;
  }
  const code = response.rcode === 'NOERROR' ? 'NODATA' : response.rcode;
  return `${code}: ${name} does not resolve; the resolver tried ${steps.join('; ')}`;
}

/** The lookup as the client made it: the hop that shows it, and the answer its resolver settled on. */
export interface Looked {
  readonly hop: TraceHop;
  readonly response: DnsResponse;
  readonly type: RRType;
  readonly simulated: readonly string[];
  /** Why no address came back, beginning with the rcode; undefined when there is an answer. */
  readonly failure: string | undefined;
}

/**
 * Resolve `name` as the client Pod's resolver would: the search path and ndots:5 of kubelet's
 * ClusterFirst resolv.conf, walked as glibc does.
 */
export function lookUp(ctx: TraceContext, name: string, placeholder: boolean): Looked | TraceError {
  const error = (message: string): TraceError => ({ reason: 'BadRequest', message });
  if (name === '') return error('an empty name cannot be resolved');
  const pod = placeholder ? undefined : clientPod(ctx);
  const problem = pod === undefined ? undefined : clusterDnsProblem(pod);
  if (problem !== undefined) return error(problem);
  const type: RRType = ctx.family === 'IPv6' ? 'AAAA' : 'A';
  const namespace = ctx.client.from.split('/')[1] ?? '';
  const response = resolveFrom(ctx.cluster, { name, type }, namespace);
  if (response.tried.length === 0) return error(response.notes.at(-1) ?? `"${name}" is not a legal name`);
  const steps = walk(ctx, response, type);
  const port = sourcePort(`${ctx.client.from}|${ctx.key}|dns`);
  const server = nameserver(ctx.cluster);
  const conf = clusterFirstResolvConf(namespace, ctx.cluster.config.clusterDomain);
  const hop: TraceHop = {
    at: ctx.client.id,
    src: joinHostPort(ctx.client.ip, port),
    dst: joinHostPort(server, 53),
    action: `${type}? ${name} → ${steps.join('; ')}`,
    // resolv.conf(5): a name with fewer than ndots dots is tried with each search domain before as it is.
    detail: `UDP to the nameserver of the Pod's resolv.conf (dnsPolicy ClusterFirst: nameserver ${server}, search ${conf.search.join(' ')}, options ndots:${conf.ndots}), walked as glibc does`,
  };
  const simulated = [`source port ${port} of the DNS query: another ephemeral port`];
  const failure = response.answers.length === 0 ? failureReason(name, response, steps) : undefined;
  return { hop, response, type, simulated, failure };
}

function isLooked(value: Looked | TraceError): value is Looked {
  return 'hop' in value;
}

/** The lookup of a name a client dials instead of the Service's ClusterIP, which the answer must hold. */
export function askName(ctx: TraceContext, name: string, clusterIP: string, placeholder: boolean): NameLookup {
  const looked = lookUp(ctx, name, placeholder);
  if (!isLooked(looked)) return { kind: 'error', error: looked };
  const { hop, response, type, simulated, failure } = looked;
  if (failure !== undefined) return { kind: 'stopped', hop, reason: failure, simulated };
  const addresses = response.answers.filter((r) => r.type === type).map((r) => r.data);
  if (addresses.includes(clusterIP)) return { kind: 'answered', hop, addresses, simulated };
  const first = addresses[0];
  if (first === undefined) {
    const alias = response.answers.find((r) => r.type === 'CNAME')?.data ?? '';
    return badRequest(`${name} resolves to ${alias} (CNAME), outside the cluster, not to the ClusterIP of Service ${ctx.key}`);
  }
  const owner = clusterIPOwner(ctx, first);
  return badRequest(
    owner === undefined ? `${name} resolves to ${first}, not to ${clusterIP}, the ClusterIP of Service ${ctx.key}` : `${name} resolves to ${first}, the ClusterIP of Service ${owner}`,
  );
}

/**
 * For a Service without a virtual IP: the name must be the Service's own, or a name under it (a
 * headless Service's `hostname.service`, kubernetes/dns docs/specification.md 2.4.1).
 */
export function askServiceName(ctx: TraceContext, name: string, fqdn: string, placeholder: boolean): Looked | TraceError {
  const looked = lookUp(ctx, name, placeholder);
  if (!isLooked(looked) || looked.failure !== undefined) return looked;
  const owner = looked.response.answers[0]?.name.toLowerCase() ?? '';
  if (owner === fqdn || owner.endsWith(`.${fqdn}`)) return looked;
  const data = looked.response.answers.map((r) => r.data).join(', ');
  return { reason: 'BadRequest', message: `${name} resolves to ${data} (${owner}), not a name of Service ${ctx.key}` };
}
