/**
 * Domain names as CoreDNS reads them: absolute form, legality, zone matching, and the kubernetes
 * plugin's split of a query name into service, namespace, endpoint, port and protocol.
 */

/** The question name made absolute (a trailing dot), keeping the case it was asked in. */
export function toAbsolute(name: string): string {
  return name.endsWith('.') ? name : `${name}.`;
}

/**
 * Why a client (dig, or the libc resolver) refuses to send this name, or undefined when it is a
 * legal domain name (RFC 1035 §2.3.4: labels of 1..63 octets, 255 octets in all).
 */
export function illegalNameReason(absolute: string): string | undefined {
  if (absolute === '.') return undefined;
  const labels = absolute.slice(0, -1).split('.');
  if (labels.some((l) => l.length === 0)) return 'empty label';
  if (labels.some((l) => l.length > 63)) return 'label too long';
  if (absolute.length > 254) return 'name too long';
  return undefined;
}

/** miekg/dns IsSubDomain, case-insensitive: `child` equals `parent` or ends with `.parent`. */
export function isSubDomain(parent: string, child: string): boolean {
  const p = parent.toLowerCase();
  const c = child.toLowerCase();
  return p === '.' || c === p || c.endsWith(`.${p}`);
}

/** plugin.Zones.Matches: the longest zone that `name` is in, or undefined. */
export function matchZone(zones: readonly string[], name: string): string | undefined {
  let best: string | undefined;
  for (const zone of zones) {
    if (isSubDomain(zone, name) && (best === undefined || zone.length > best.length)) best = zone;
  }
  return best;
}

/** dnsutil.TrimZone + dns.SplitDomainName: the labels of `name` left of `zone`. */
export function labelsBelow(name: string, zone: string): string[] {
  const base = name.slice(0, name.length - zone.length);
  return base === '' ? [] : base.slice(0, -1).split('.');
}

/** CoreDNS plugin/kubernetes/parse.go recordRequest (the multicluster and zonal forms are off in kubeadm's Corefile). */
export interface RecordRequest {
  readonly port: string;
  readonly protocol: string;
  readonly endpoint: string;
  readonly service: string;
  readonly namespace: string;
  /** 'svc', 'pod', or '' for the zone apex and the bare `svc.` / `pod.` names. */
  readonly podOrSvc: '' | 'svc' | 'pod';
}

const EMPTY_REQUEST: RecordRequest = { port: '', protocol: '', endpoint: '', service: '', namespace: '', podOrSvc: '' };

/** stripUnderscore: `_http` → `http`; a lone `_` becomes the empty string, which matches any port. */
function stripUnderscore(label: string): string {
  return label.startsWith('_') ? label.slice(1) : label;
}

/**
 * CoreDNS plugin/kubernetes/parse.go parseRequest, on a lower-case name. Returns undefined for
 * errInvalidRequest (a name the schema does not have: the caller answers NXDOMAIN).
 *   1. _port._protocol.service.namespace.svc.zone
 *   2. endpoint.service.namespace.svc.zone
 *   3. service.namespace.pod|svc.zone
 */
export function parseRequest(name: string, zone: string): RecordRequest | undefined {
  const segs = labelsBelow(name, zone);
  // "return NODATA for apex queries": the zone itself, svc.zone and pod.zone.
  if (segs.length === 0 || (segs.length === 1 && (segs[0] === 'svc' || segs[0] === 'pod'))) return EMPTY_REQUEST;
  let last = segs.length - 1;
  const podOrSvc = segs[last];
  if (podOrSvc !== 'svc' && podOrSvc !== 'pod') return undefined;
  const namespace = segs[--last] ?? '';
  const service = segs[--last] ?? '';
  last--;
  if (last < 0) return { ...EMPTY_REQUEST, podOrSvc, namespace, service };
  if (last === 0) return { ...EMPTY_REQUEST, podOrSvc, namespace, service, endpoint: segs[0]! };
  if (last === 1) {
    return { ...EMPTY_REQUEST, podOrSvc, namespace, service, protocol: stripUnderscore(segs[1]!), port: stripUnderscore(segs[0]!) };
  }
  return undefined; // too long
}

/** kubernetes.go match: names compare case-insensitively (strings.EqualFold). */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** kubernetes.go matchPortAndProtocol: an empty port or protocol in the question matches any. */
export function matchPortAndProtocol(askedPort: string, port: string, askedProtocol: string, protocol: string): boolean {
  return (askedPort === '' || sameName(askedPort, port)) && (askedProtocol === '' || sameName(askedProtocol, protocol));
}
