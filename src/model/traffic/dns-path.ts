/**
 * Services kube-proxy ignores because they have no virtual IP (servicechangetracker.go: a
 * headless or ExternalName Service is skipped): the client asks cluster DNS, then connects to
 * what it answers, with no translation on the way.
 */
import type { Cluster } from '../cluster-types.ts';
import { resolve } from '../dns/index.ts';
import type { EndpointSlice } from '../objects.ts';
import { sourcePort } from './client.ts';
import { joinHostPort } from './endpoints.ts';
import { pickIndex } from './deliver.ts';
import type { TraceBackend, TraceHop } from './types.ts';
import type { TraceContext } from './arrive.ts';
import type { Looked } from './dns-name.ts';

/** What the DNS part of a trace gives: the fields of a Trace it decides. */
export interface DnsPath {
  readonly delivered: boolean;
  readonly reason: string | null;
  readonly hops: readonly TraceHop[];
  readonly backends: readonly TraceBackend[];
  readonly final: { readonly pod: string; readonly src: string; readonly dst: string } | null;
  readonly pick: string | null;
  readonly notes: readonly string[];
  readonly simulated: readonly string[];
}

const HEADLESS_NOTE = 'headless Service: kube-proxy programs no rules; the client resolves the Pod IPs through DNS and connects to a Pod directly';

export function fqdn(cluster: Cluster, ctx: TraceContext): string {
  const { name = '', namespace = '' } = ctx.entry.object.metadata ?? {};
  return `${name}.${namespace}.svc.${cluster.config.clusterDomain}.`;
}

/** kubelet's --cluster-dns: the kube-dns Service's ClusterIP in a kubeadm cluster. */
export function nameserver(cluster: Cluster): string {
  const kubeDns = cluster.services.find((s) => s.object.metadata?.namespace === 'kube-system' && s.object.metadata?.name === 'kube-dns');
  return kubeDns?.object.spec?.clusterIP ?? '10.96.0.10';
}

function query(ctx: TraceContext, type: string): TraceHop {
  const client = ctx.client;
  return { at: client.id, src: joinHostPort(client.ip, client.port), dst: joinHostPort(nameserver(ctx.cluster), 53), action: `ask cluster DNS: ${fqdn(ctx.cluster, ctx)} ${type}` };
}

/** The reply goes back to the port the query came from. */
function answer(ctx: TraceContext, text: string, asked?: Looked): TraceHop {
  const client = ctx.client;
  const { name = '', namespace = '' } = ctx.entry.object.metadata ?? {};
  const dst = asked?.hop.src ?? joinHostPort(client.ip, client.port);
  return { at: `dns:${namespace}/${name}`, src: joinHostPort(nameserver(ctx.cluster), 53), dst, action: `answer: ${text}` };
}

interface AddressTarget {
  readonly target: string;
  readonly at: string;
  readonly slice: string;
  readonly node: string | undefined;
  /** The Service port's number on this endpoint, when its slice lists it. */
  readonly portByName: ReadonlyMap<string, number>;
}

/** The endpoint behind each address of the Service's slices (headless slices included: DNS reads them all). */
function addressTargets(cluster: Cluster, ctx: TraceContext): Map<string, AddressTarget> {
  const { name = '', namespace = '' } = ctx.entry.object.metadata ?? {};
  const out = new Map<string, AddressTarget>();
  const slices: EndpointSlice[] = cluster.endpointSlices.map((e) => e.object).filter((s) => s.metadata?.namespace === namespace && s.metadata?.labels?.['kubernetes.io/service-name'] === name);
  for (const slice of slices) {
    const portByName = new Map((slice.ports ?? []).map((p) => [p.name ?? '', p.port ?? 0] as const));
    for (const endpoint of slice.endpoints ?? []) {
      const ref = endpoint.targetRef;
      const pod = ref?.kind === 'Pod' && ref.name ? `${ref.namespace ?? namespace}/${ref.name}` : undefined;
      for (const address of endpoint.addresses) {
        if (out.has(address)) continue;
        out.set(address, {
          target: pod ?? `ip:${address}`,
          at: pod === undefined ? `ip:${address}` : `pod:${pod}`,
          slice: `slice:${namespace}/${slice.metadata?.name ?? ''}`,
          node: endpoint.nodeName,
          portByName,
        });
      }
    }
  }
  return out;
}

/** A headless Service: the client connects to one of the A/AAAA records, on the port it asked for, untranslated. */
export function headlessPath(ctx: TraceContext, port: { readonly number: number; readonly name: string }, seed: string | undefined, asked?: Looked): DnsPath {
  const type = ctx.family === 'IPv6' ? 'AAAA' : 'A';
  const response = asked?.response ?? resolve(ctx.cluster, { name: fqdn(ctx.cluster, ctx), type });
  const addresses = response.answers.filter((r) => r.type === type).map((r) => r.data);
  const hops = [asked?.hop ?? query(ctx, type)];
  const lookup = asked?.simulated ?? [];
  if (addresses.length === 0) {
    hops.push(answer(ctx, response.rcode === 'NOERROR' ? `no ${type} records` : response.rcode, asked));
    const reason = `headless Service: DNS has no address for ${fqdn(ctx.cluster, ctx)} (${response.rcode}: no ready endpoint), so the client has nothing to connect to`;
    return { delivered: false, reason, hops, backends: [], final: null, pick: null, notes: [HEADLESS_NOTE], simulated: lookup };
  }
  hops.push(answer(ctx, addresses.map((a) => `${type} ${a}`).join(', '), asked));
  const targets = addressTargets(ctx.cluster, ctx);
  const backends: TraceBackend[] = addresses.map((address) => {
    const t = targets.get(address);
    return {
      target: t?.target ?? `ip:${address}`,
      dst: joinHostPort(address, port.number),
      probability: 1 / addresses.length,
      at: t?.at ?? `ip:${address}`,
      slice: t?.slice ?? '',
      ...(t?.node === undefined ? {} : { node: t.node }),
    };
  });
  const { index, pick } = pickIndex(backends.length, seed, `the ${backends.length} addresses in the answer`);
  const chosen = backends[index] ?? backends[0];
  const client = ctx.client;
  const connectPort = sourcePort(`${client.from}|${ctx.key}|connect`);
  const src = joinHostPort(client.ip, connectPort);
  const notes = [HEADLESS_NOTE, "CoreDNS's loadbalance plugin shuffles the records, so each address comes first equally often"];
  const targetPort = targets.get(addresses[index] ?? '')?.portByName.get(port.name);
  if (targetPort !== undefined && targetPort !== port.number) {
    notes.push(`no port translation either: the Pod's "${port.name || 'unnamed'}" port is ${targetPort} (the SRV record says so), but the client connects to the port it dials, ${port.number}`);
  }
  if (chosen !== undefined) hops.push({ at: chosen.at, src, dst: chosen.dst, action: `deliver to ${chosen.dst}`, detail: `${chosen.target}: connected directly, no kube-proxy rule and no NAT` });
  const final = chosen === undefined ? null : { pod: chosen.target, src, dst: chosen.dst };
  return { delivered: true, reason: null, hops, backends, final, pick, notes, simulated: [...lookup, `source port ${connectPort} of the connection to the Pod: another ephemeral port`] };
}

/** An ExternalName Service: DNS answers a CNAME, and the client leaves the cluster for that host. */
export function externalNamePath(ctx: TraceContext, portNumber: number | undefined, asked?: Looked): DnsPath {
  const host = ctx.entry.object.spec?.externalName ?? '';
  const response = asked?.response ?? resolve(ctx.cluster, { name: fqdn(ctx.cluster, ctx), type: 'CNAME' });
  const cname = response.answers.find((r) => r.type === 'CNAME')?.data ?? `${host}.`;
  const client = ctx.client;
  const connectPort = sourcePort(`${client.from}|${ctx.key}|connect`);
  const src = joinHostPort(client.ip, connectPort);
  const dst = portNumber === undefined ? host : `${host}:${portNumber}`;
  const inside = host.replace(/\.$/, '').endsWith(`.svc.${ctx.cluster.config.clusterDomain}`);
  const detail = inside ? 'the name is a Service of this cluster: trace that Service for the rest of the path' : 'the client resolves the name outside the cluster and connects there; not simulated';
  const hops: TraceHop[] = [asked?.hop ?? query(ctx, 'A'), answer(ctx, `CNAME ${cname}`, asked), { at: `external:${host}`, src, dst, action: `connect to ${dst}`, detail }];
  const reason = `ExternalName Service: kube-proxy programs no rules; DNS answers CNAME ${cname} and the client connects to ${host}${inside ? ', another Service' : ', outside the simulated cluster'}`;
  return { delivered: false, reason, hops, backends: [], final: null, pick: null, notes: [], simulated: [...(asked?.simulated ?? []), `source port ${connectPort} of the connection: another ephemeral port`] };
}
