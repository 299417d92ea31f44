/**
 * What CoreDNS's kubernetes plugin caches from the API (plugin/kubernetes/object) and how it finds
 * the entries for a query (kubernetes.go findServices, findPods; reverse.go serviceRecordForIP).
 * An entry is CoreDNS's msg.Service: an owner domain with a host (an IP, or a name for a CNAME),
 * a port and a TTL.
 */
import type { Cluster } from '../cluster-types.ts';
import type { Service } from '../objects.ts';
import { canonicalIP, parseIP } from '../net/ip.ts';
import { matchPortAndProtocol, sameName, type RecordRequest } from './names.ts';

/** kubeadm's Corefile: `kubernetes cluster.local in-addr.arpa ip6.arpa { ... ttl 30 }`. */
export const TTL = 30;

/** CoreDNS msg.Service, reduced to what the kubernetes plugin fills in. */
export interface Entry {
  /** msg.Domain(Key): the owner name the entry lives at, absolute. */
  readonly domain: string;
  /** An IP address (A/AAAA), or a domain name (CNAME, PTR target). */
  readonly host: string;
  /** -1 is CoreDNS's sentinel for "no ports declared": such entries give no SRV record. */
  readonly port: number;
  readonly ttl: number;
  readonly text?: string;
}

/** Entries, or a name error (errNoItems / errNsNotExposed / errInvalidRequest: NXDOMAIN) and why. */
export interface Found {
  readonly entries: readonly Entry[];
  readonly nameError: boolean;
  readonly reason?: string;
}

export const NO_ENTRIES: Found = { entries: [], nameError: false };

export function nameError(reason: string): Found {
  return { entries: [], nameError: true, reason };
}

interface EndpointAddress {
  readonly ip: string;
  readonly hostname: string;
}

interface EndpointPort {
  readonly port: number;
  readonly name: string;
  readonly protocol: string;
}

/** object.Endpoints: one per EndpointSlice, holding only its ready addresses. */
interface CachedEndpoints {
  /** EndpointsKey(service-name label, namespace): `name.namespace`. */
  readonly index: string;
  readonly addresses: readonly EndpointAddress[];
  readonly ports: readonly EndpointPort[];
}

export interface Backend {
  readonly cluster: Cluster;
  readonly zone: string;
  readonly namespaces: ReadonlySet<string>;
  readonly services: ReadonlyMap<string, Service>;
  readonly endpoints: readonly CachedEndpoints[];
}

/**
 * object/endpoint.go EndpointSliceToEndpoints: keep the endpoints whose `conditions.ready` is true or
 * unset (endpointsliceReady: "a nil value indicates an unknown state ... interpret as ready"). A
 * slice with no ports gets the port sentinel -1. CoreDNS reads `ready` only: with
 * publishNotReadyAddresses the EndpointSlice controller already writes ready=true for every Pod.
 */
function toCachedEndpoints(cluster: Cluster): CachedEndpoints[] {
  const cached: CachedEndpoints[] = [];
  for (const { object: slice } of cluster.endpointSlices) {
    const serviceName = slice.metadata?.labels?.['kubernetes.io/service-name'];
    if (!serviceName) continue;
    const ports = (slice.ports ?? []).map((p) => ({ port: p.port ?? -1, name: p.name ?? '', protocol: p.protocol ?? '' }));
    const addresses: EndpointAddress[] = [];
    for (const endpoint of slice.endpoints ?? []) {
      if (endpoint.conditions?.ready === false) continue;
      for (const ip of endpoint.addresses ?? []) addresses.push({ ip, hostname: endpoint.hostname ?? '' });
    }
    cached.push({
      index: `${serviceName}.${slice.metadata?.namespace ?? 'default'}`,
      addresses,
      ports: ports.length > 0 ? ports : [{ port: -1, name: '', protocol: '' }],
    });
  }
  return cached;
}

/**
 * Each cluster's backend, built once: the graph asks for every headless and ExternalName Service's
 * answer, and building the backend walks every Service and EndpointSlice of the cluster (a dump's
 * 5,000 objects, once per answer). A built Cluster is never changed, so its backend stays true.
 */
const backends = new WeakMap<Cluster, Backend>();

export function buildBackend(cluster: Cluster): Backend {
  const known = backends.get(cluster);
  if (known !== undefined) return known;
  const backend = newBackend(cluster);
  backends.set(cluster, backend);
  return backend;
}

function newBackend(cluster: Cluster): Backend {
  const namespaces = new Set(cluster.namespaces.map((n) => n.object.metadata?.name ?? ''));
  const services = new Map<string, Service>();
  for (const { object } of cluster.services) {
    services.set(`${object.metadata?.name ?? ''}.${object.metadata?.namespace ?? 'default'}`, object);
  }
  return { cluster, zone: `${cluster.config.clusterDomain.toLowerCase()}.`, namespaces, services, endpoints: toCachedEndpoints(cluster) };
}

/** namespace.go namespaceExposed: no `namespaces` option in kubeadm's Corefile, so: does it exist. */
export function namespaceExposed(backend: Backend, namespace: string): boolean {
  return backend.namespaces.has(namespace);
}

/** kubernetes.go endpointHostname: the hostname, else the IP with '.' or ':' replaced by '-'. */
export function endpointHostname(address: EndpointAddress): string {
  if (address.hostname !== '') return address.hostname;
  return address.ip.replaceAll(address.ip.includes('.') ? '.' : ':', '-');
}

/** object/service.go ToService: clusterIPs, else [clusterIP]; Headless(): clusterIPs[0] == "None". */
function clusterIPsOf(service: Service): string[] {
  const ips = service.spec?.clusterIPs ?? [];
  return ips.length > 0 ? [...ips] : [service.spec?.clusterIP ?? ''];
}

function servicePorts(service: Service): EndpointPort[] {
  const ports = service.spec?.ports ?? [];
  if (ports.length === 0) return [{ port: -1, name: '', protocol: '' }];
  return ports.map((p) => ({ port: p.port, name: p.name ?? '', protocol: p.protocol ?? 'TCP' }));
}

function endpointEntries(backend: Backend, r: RecordRequest, service: Service, svcDomain: string): Entry[] {
  const entries: Entry[] = [];
  const index = `${service.metadata?.name ?? ''}.${service.metadata?.namespace ?? 'default'}`;
  for (const endpoints of backend.endpoints) {
    if (endpoints.index !== index) continue;
    for (const address of endpoints.addresses) {
      if (r.endpoint !== '' && !sameName(r.endpoint, endpointHostname(address))) continue;
      for (const p of endpoints.ports) {
        if (!matchPortAndProtocol(r.port, p.name, r.protocol, p.protocol)) continue;
        entries.push({ domain: `${endpointHostname(address)}.${svcDomain}`, host: address.ip, port: p.port, ttl: TTL });
      }
    }
  }
  return entries;
}

function portLabel(r: RecordRequest): string {
  return `_${r.port || '*'}._${r.protocol || '*'}`;
}

function noEndpointReason(r: RecordRequest, service: string): string {
  if (r.endpoint !== '') return `Service ${service} has no ready endpoint named "${r.endpoint}"`;
  if (r.port !== '' || r.protocol !== '') return `Service ${service} has no ready endpoint with a port matching ${portLabel(r)}`;
  return `headless Service ${service} has no ready endpoints (CoreDNS answers NXDOMAIN, not NODATA)`;
}

/**
 * kubernetes.go findServices. `zone` is the zone in the question's case: CoreDNS builds keys from
 * it (handler.go "maintain case of original query"), so SRV targets keep the asked zone's case.
 */
export function findServices(backend: Backend, r: RecordRequest, zone: string): Found {
  if (r.service === '') return NO_ENTRIES; // `namespace.svc.zone` of an existing namespace: NODATA
  const service = backend.services.get(`${r.service}.${r.namespace}`);
  if (service === undefined) return nameError(`no Service "${r.service}" in namespace "${r.namespace}"`);
  const name = service.metadata?.name ?? '';
  const namespace = service.metadata?.namespace ?? 'default';
  const svcDomain = `${name}.${namespace}.svc.${zone}`;
  if (service.spec?.type === 'ExternalName') {
    // "External services do not have endpoints, nor can we accept port/protocol pseudo subdomains
    // in an SRV query": any label below the Service's name (`x.svc`, `_http._tcp.svc`, `a.b.svc`)
    // skips it, so the name does not exist. An externalName that parses as an IP gives nothing.
    const host = service.spec.externalName ?? '';
    if (r.endpoint !== '' || r.port !== '' || r.protocol !== '') {
      return nameError(`Service ${namespace}/${name} is of type ExternalName: CoreDNS publishes no name below it (no endpoints, ports or protocols)`);
    }
    if (parseIP(host) !== undefined) return nameError(`externalName "${host}" is an IP address: CoreDNS publishes no record for it`);
    return { entries: [{ domain: svcDomain, host, port: -1, ttl: TTL }], nameError: false };
  }
  const clusterIPs = clusterIPsOf(service);
  if (clusterIPs[0] === 'None' || r.endpoint !== '') {
    // Endpoint query or headless service: no ready endpoint matching means NXDOMAIN.
    const entries = endpointEntries(backend, r, service, svcDomain);
    return entries.length > 0 ? { entries, nameError: false } : nameError(noEndpointReason(r, `${namespace}/${name}`));
  }
  // ClusterIP service: one entry per matching port and per cluster IP (both families).
  let matched = false;
  const entries: Entry[] = [];
  for (const p of servicePorts(service)) {
    if (!matchPortAndProtocol(r.port, p.name, r.protocol, p.protocol)) continue;
    matched = true;
    for (const ip of clusterIPs) if (ip !== '') entries.push({ domain: svcDomain, host: ip, port: p.port, ttl: TTL });
  }
  return matched ? { entries, nameError: false } : nameError(`Service ${namespace}/${name} has no port matching ${portLabel(r)}`);
}

/**
 * kubernetes.go findPods with `pods insecure`: any well-formed dashed IP in an existing namespace
 * answers, whether or not a Pod has that IP. Three dashes and no `--` read as IPv4, else IPv6.
 */
export function findPods(r: RecordRequest, zone: string): Found {
  const podname = r.service;
  if (podname === '') return NO_ENTRIES;
  const ipv4 = podname.split('-').length === 4 && !podname.includes('--');
  const ip = ipv4 ? podname.replaceAll('-', '.') : podname.replaceAll('-', ':');
  if (parseIP(ip) === undefined) return nameError(`"${podname}" is not an IP address written with dashes`);
  return { entries: [{ domain: `${podname}.${r.namespace}.pod.${zone}`, host: ip, port: 0, ttl: TTL }], nameError: false };
}

/**
 * reverse.go serviceRecordForIP: the first Service with this cluster IP, else every ready endpoint
 * with this IP, named `endpoint.service.namespace.svc.zone` (ClusterIP Services' endpoints too).
 * Names use the configured zone, not the question's case (k.primaryZone()).
 */
export function serviceRecordForIP(backend: Backend, ip: string): Entry[] {
  for (const service of backend.services.values()) {
    if (clusterIPsOf(service).some((c) => canonicalIP(c) === ip)) {
      const domain = `${service.metadata?.name ?? ''}.${service.metadata?.namespace ?? 'default'}.svc.${backend.zone}`;
      return [{ domain, host: domain, port: -1, ttl: TTL }];
    }
  }
  const entries: Entry[] = [];
  for (const endpoints of backend.endpoints) {
    for (const address of endpoints.addresses) {
      if (canonicalIP(address.ip) !== ip) continue;
      const domain = `${endpointHostname(address)}.${endpoints.index}.svc.${backend.zone}`;
      entries.push({ domain, host: domain, port: -1, ttl: TTL });
    }
  }
  return entries;
}
