/**
 * Who sends the packet: an external client, a Pod of the cluster, or a placeholder Pod; and the
 * Nodes involved. What a real client gets from elsewhere (its address, its ephemeral port) is
 * invented deterministically here and listed as simulated.
 */
import type { Cluster } from '../cluster-types.ts';
import { mixedHash } from '../controllers/hash.ts';
import type { Entry, Node, Pod } from '../objects.ts';
import { cidrContains, parseCIDRSloppy } from '../net/cidr.ts';
import { familyOf, formatIP, parseIPSloppy, type IPFamily } from '../net/ip.ts';
import type { TraceError } from './types.ts';

/** Example addresses for an external client (RFC 5737 TEST-NET-2, RFC 3849): never a cluster's own. */
const EXTERNAL_CLIENT: Readonly<Record<IPFamily, string>> = { IPv4: '198.51.100.10', IPv6: '2001:db8::10' };

/** Linux net.ipv4.ip_local_port_range default: where a client's ephemeral source port comes from. */
const EPHEMERAL = { min: 32768, max: 60999 };
/** MASQUERADE --random-fully (proxier.go sets it when iptables supports it) draws a new source port. */
const MASQUERADE_PORTS = { min: 1024, max: 65535 };

export interface Client {
  /** Graph node id. */
  readonly id: string;
  /** `external` or `pod/NS/NAME`. */
  readonly from: string;
  readonly ip: string;
  readonly port: number;
  /** The Node a client Pod runs on. */
  readonly nodeName: string | undefined;
  readonly simulated: readonly string[];
}

export type ClientResult = { readonly ok: true; readonly client: Client } | { readonly ok: false; readonly error: TraceError };

export interface ClientRequest {
  readonly from: string | undefined;
  /** The Service's namespace: a `pod/NAME` client and the placeholder Pod live there. */
  readonly namespace: string;
  readonly node: string | undefined;
  readonly clientIP: string | undefined;
  readonly family: IPFamily;
  /** Seeds the ephemeral port, so that each Service and port gets its own. */
  readonly flow: string;
}

function pick(range: { min: number; max: number }, seed: string): number {
  return range.min + (mixedHash(seed) % (range.max - range.min + 1));
}

export function sourcePort(flow: string): number {
  return pick(EPHEMERAL, flow);
}

export function masqueradePort(flow: string): number {
  return pick(MASQUERADE_PORTS, `masquerade|${flow}`);
}

const notFound = (resource: string, name: string): ClientResult => ({ ok: false, error: { reason: 'NotFound', message: `${resource} "${name}" not found` } });
const badRequest = (message: string): ClientResult => ({ ok: false, error: { reason: 'BadRequest', message } });

function isReady(node: Node): boolean {
  return node.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

function isSchedulable(node: Node): boolean {
  return node.spec?.unschedulable !== true && !(node.spec?.taints ?? []).some((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute');
}

/** The Node a packet goes to when the request names none: the first Ready Node that runs workloads (not a tainted control plane), else the first Ready, else the first. */
export function defaultNode(cluster: Cluster): string | undefined {
  const nodes = cluster.nodes.map((entry) => entry.object);
  const chosen = nodes.find((n) => isReady(n) && isSchedulable(n)) ?? nodes.find(isReady) ?? nodes[0];
  return chosen?.metadata?.name;
}

export function findNode(cluster: Cluster, name: string): Entry<Node> | undefined {
  return cluster.nodes.find((entry) => entry.object.metadata?.name === name);
}

/** The Node's InternalIP of the family (else its first InternalIP), as the kubelet reports it. */
export function nodeAddress(node: Node, family: IPFamily): string | undefined {
  const internal = (node.status?.addresses ?? []).filter((a) => a.type === 'InternalIP').map((a) => a.address);
  return internal.find((ip) => familyOf(ip) === family) ?? internal[0];
}

/** Whether an address is a Pod's: kube-proxy's local-traffic detector in ClusterCIDR mode (kubeadm's default) tests the cluster's Pod CIDRs. */
export function isPodAddress(cluster: Cluster, ip: string): boolean {
  const parsed = parseIPSloppy(ip);
  if (parsed === undefined) return false;
  return cluster.config.podCIDRs.some((text) => {
    const cidr = parseCIDRSloppy(text);
    return cidr !== undefined && cidrContains(cidr, parsed);
  });
}

/** The highest address of the Node's Pod CIDR that no Pod holds: where a placeholder client Pod lives. */
export function placeholderAddress(cluster: Cluster, node: Node | undefined, family: IPFamily): string | undefined {
  const own = [...(node?.spec?.podCIDRs ?? []), node?.spec?.podCIDR ?? ''].map((text) => parseCIDRSloppy(text)).find((c) => c?.family === family);
  const cidr = own ?? cluster.config.podCIDRs.map((text) => parseCIDRSloppy(text)).find((c) => c?.family === family);
  if (cidr === undefined) return undefined;
  const taken = new Set(cluster.pods.flatMap((p) => (p.object.status?.podIPs ?? []).map((ip) => ip.ip ?? '')));
  for (let value = cidr.base + cidr.size - 2n; value > cidr.base; value -= 1n) {
    const ip = formatIP({ family, value });
    if (!taken.has(ip)) return ip;
  }
  return undefined;
}

function podAddress(pod: Pod, family: IPFamily): string | undefined {
  const ips = (pod.status?.podIPs ?? []).map((ip) => ip.ip ?? '').filter((ip) => ip !== '');
  return ips.find((ip) => familyOf(ip) === family) ?? pod.status?.podIP ?? ips[0];
}

function portNote(port: number): string {
  return `source port ${port}: the ephemeral port the client's kernel picks (ip_local_port_range ${EPHEMERAL.min}-${EPHEMERAL.max})`;
}

function externalClient(request: ClientRequest): ClientResult {
  const ip = request.clientIP ?? EXTERNAL_CLIENT[request.family];
  const port = sourcePort(`external|${request.flow}`);
  const simulated = request.clientIP === undefined ? [`client address ${ip}: an example address (RFC 5737/3849 documentation range)`] : [];
  return { ok: true, client: { id: 'client:external', from: 'external', ip, port, nodeName: undefined, simulated: [...simulated, portNote(port)] } };
}

function placeholderClient(cluster: Cluster, request: ClientRequest): ClientResult {
  const namespace = request.namespace;
  const nodeName = request.node ?? defaultNode(cluster);
  const node = nodeName === undefined ? undefined : findNode(cluster, nodeName)?.object;
  if (nodeName !== undefined && node === undefined) return notFound('nodes', nodeName);
  const ip = request.clientIP ?? placeholderAddress(cluster, node, request.family);
  if (ip === undefined) return badRequest(`no free ${request.family} Pod address for a client Pod on node "${nodeName ?? ''}"`);
  const from = `pod/${namespace}/client`;
  const port = sourcePort(`${from}|${request.flow}`);
  const where = nodeName === undefined ? '' : ` on ${nodeName}`;
  const simulated = [`client Pod ${namespace}/client: a placeholder for any Pod in ${namespace}${where}, address ${ip}`, portNote(port)];
  return { ok: true, client: { id: `client:pod/${namespace}/client`, from, ip, port, nodeName, simulated } };
}

function podClient(cluster: Cluster, request: ClientRequest, namespace: string, name: string): ClientResult {
  const entry = cluster.pods.find((p) => p.object.metadata?.namespace === namespace && p.object.metadata?.name === name);
  if (entry === undefined) return notFound('pods', name);
  const ip = podAddress(entry.object, request.family);
  if (ip === undefined) return badRequest(`pod "${name}" has no IP address yet (status.podIP is empty)`);
  if (request.clientIP !== undefined && request.clientIP !== ip) return badRequest(`pod "${name}" has its own address ${ip}; a client IP applies only to an external or placeholder client`);
  const from = `pod/${namespace}/${name}`;
  const port = sourcePort(`${from}|${request.flow}`);
  const simulated = entry.simulated.includes('status.podIP') ? [`Pod IP ${ip} of ${namespace}/${name}: allocated from its Node's Pod CIDR`] : [];
  return {
    ok: true,
    client: { id: `client:pod/${namespace}/${name}`, from, ip, port, nodeName: entry.object.spec?.nodeName, simulated: [...simulated, portNote(port)] },
  };
}

/** `external`, `pod/NAME` (in the request's namespace) or `pod/NS/NAME`; without one, the caller's default. */
export function resolveClient(cluster: Cluster, request: ClientRequest, defaultExternal: boolean): ClientResult {
  const from = request.from;
  if (from === undefined) return defaultExternal ? externalClient(request) : placeholderClient(cluster, request);
  if (from === 'external') return externalClient(request);
  const parts = from.split('/');
  if (parts[0] !== 'pod' || parts.length < 2 || parts.length > 3 || parts.some((p) => p === '')) {
    return badRequest(`client "${from}" is neither "external" nor "pod/NAME" nor "pod/NAMESPACE/NAME"`);
  }
  const [namespace, name] = parts.length === 3 ? [parts[1] ?? '', parts[2] ?? ''] : [request.namespace, parts[1] ?? ''];
  return podClient(cluster, request, namespace, name);
}
