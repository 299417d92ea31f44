/**
 * CoreDNS plugin/backend_lookup.go (A, AAAA, SRV, CNAME, PTR, TXT) over the kubernetes plugin's
 * Services (kubernetes.go Services and Records): the records of one question in one zone.
 */
import type { Backend, Entry, Found } from './backend.ts';
import { findPods, findServices, nameError, namespaceExposed, NO_ENTRIES, serviceRecordForIP, TTL } from './backend.ts';
import { formatIP, parseIP } from '../net/ip.ts';
import { extractAddressFromReverse } from './reverse.ts';
import { isSubDomain, labelsBelow, parseRequest, toAbsolute } from './names.ts';
import { isDefaultNS, nsAddrs } from './ns.ts';
import type { DnsRecord, RRType } from './types.ts';

/** One question in one of the plugin's zones (request.Request with its Zone). */
export interface Query {
  /** The name as asked, absolute (state.QName()): owner of the answer records. */
  readonly qname: string;
  /** Lower case (state.Name()): what CoreDNS parses and matches. */
  readonly name: string;
  readonly type: RRType;
  /** The matched zone, lower case, and the same zone in the question's case. */
  readonly zone: string;
  readonly zoneAsAsked: string;
}

export interface Lookup {
  readonly records: readonly DnsRecord[];
  readonly extra: readonly DnsRecord[];
  readonly nameError: boolean;
  readonly notes: readonly string[];
}

/** kubernetes.go DNSSchemaVersion, served as TXT at dns-version.<zone> with TTL 28800. */
const DNS_SCHEMA_VERSION = '1.1.0';

function withQuestion(q: Query, name: string): Query {
  const qname = toAbsolute(name);
  return { ...q, qname, name: qname.toLowerCase() };
}

/** kubernetes.go Records. */
function records(backend: Backend, q: Query): Found {
  const r = parseRequest(q.name, q.zone);
  if (r === undefined) {
    return nameError(`${q.qname} is not a name of the Kubernetes DNS schema (service.namespace.svc.${q.zoneAsAsked}, a-b-c-d.namespace.pod.${q.zoneAsAsked}, ...)`);
  }
  if (r.podOrSvc === '') return NO_ENTRIES;
  if (q.name.endsWith('.in-addr.arpa.') || q.name.endsWith('.ip6.arpa.')) return nameError(`${q.qname} is not a reverse name of an address`);
  if (!namespaceExposed(backend, r.namespace)) return nameError(`namespace "${r.namespace}" does not exist`);
  return r.podOrSvc === 'pod' ? findPods(r, q.zoneAsAsked) : findServices(backend, r, q.zoneAsAsked);
}

/**
 * kubernetes.go Services for TXT: only `dns-version.<zone>` has a TXT record. Any other name is
 * NODATA when Records finds entries of another type for it ("If so we return an empty NOERROR"),
 * and otherwise NXDOMAIN ("Return NXDOMAIN for no match"), even where an A question would be
 * NODATA (the zone apex, `namespace.svc.<zone>`): there Records returns no entries either.
 */
function txtServices(backend: Backend, q: Query): Found {
  const segs = labelsBelow(q.name, q.zone);
  if (segs.length === 1 && segs[0] === 'dns-version') {
    return { entries: [{ domain: q.qname, host: '', port: -1, ttl: 28800, text: DNS_SCHEMA_VERSION }], nameError: false };
  }
  const found = records(backend, q);
  if (found.entries.length > 0) return NO_ENTRIES;
  return nameError(found.reason ?? `${q.qname} has no record of any type: CoreDNS answers a TXT question for it NXDOMAIN`);
}

/** kubernetes.go Services: TXT dns-version and ns.dns are special; SRV drops ExternalName CNAMEs. */
function services(backend: Backend, q: Query): Found {
  if (q.type === 'TXT') return txtServices(backend, q);
  if (isDefaultNS(q.name, q.zoneAsAsked)) {
    const wanted = q.type === 'A' ? 'IPv4' : q.type === 'AAAA' ? 'IPv6' : undefined;
    return { entries: nsAddrs(backend, q.qname).filter((e) => wanted !== undefined && parseIP(e.host)?.family === wanted), nameError: false };
  }
  const found = records(backend, q);
  if (q.type !== 'SRV') return found;
  // "SRV for external services is not yet implemented, so remove those records."
  return { ...found, entries: found.entries.filter((e) => parseIP(e.host) !== undefined) };
}

function record(name: string, type: DnsRecord['type'], ttl: number, data: string): DnsRecord {
  return { name, type, ttl, data };
}

/** backend_lookup.go A and AAAA, following in-zone CNAMEs (ExternalName to a cluster name). */
function address(backend: Backend, q: Query, previous: readonly DnsRecord[]): Lookup {
  const found = services(backend, q);
  if (found.nameError) return { records: [], extra: [], nameError: true, notes: found.reason ? [found.reason] : [] };
  const out: DnsRecord[] = [];
  const notes: string[] = [];
  const seen = new Set<string>();
  for (const entry of found.entries) {
    const ip = parseIP(entry.host);
    if (ip === undefined) {
      const target = toAbsolute(entry.host);
      // "x CNAME x is a direct loop, don't add those"; at most 8 CNAMEs; no CNAME twice (dnsutil.DuplicateCNAME).
      if (isSubDomain(q.name, target) || previous.length > 7) continue;
      if (previous.some((p) => p.type === 'CNAME' && p.data === target)) continue;
      const cname = record(q.qname, 'CNAME', entry.ttl, target);
      if (isSubDomain(q.zone, target)) {
        const next = address(backend, withQuestion(q, target), [...previous, cname]);
        notes.push(...next.notes);
        if (!next.nameError && next.records.length > 0) out.push(cname, ...next.records);
        continue;
      }
      out.push(cname);
      notes.push(
        `${target} is outside the cluster domain: CoreDNS asks the upstream (forward . /etc/resolv.conf) for its ${q.type} records and appends them after the CNAME; that lookup is not simulated offline.`,
      );
      continue;
    }
    if ((q.type === 'A') !== (ip.family === 'IPv4') || seen.has(entry.host)) continue;
    seen.add(entry.host);
    out.push(record(q.qname, q.type, entry.ttl, formatIP(ip)));
  }
  return { records: out, extra: [], nameError: false, notes };
}

/**
 * backend_lookup.go SRV: weight = floor(100 / (100 × N) × 100) for the N entries of priority 0
 * (so 100/N), at least 1; targets are the entries' own names; additional A/AAAA for each target.
 */
function srv(backend: Backend, q: Query): Lookup {
  const found = services(backend, q);
  if (found.nameError) return { records: [], extra: [], nameError: true, notes: found.reason ? [found.reason] : [] };
  const total = 100 * found.entries.length;
  const weight = Math.max(1, Math.floor((100 / total) * 100));
  const out: DnsRecord[] = [];
  const extra: DnsRecord[] = [];
  const seen = new Set<string>();
  for (const entry of found.entries) {
    // Port -1: the service or endpoint declares no ports.
    if (entry.port === -1) continue;
    const ip = parseIP(entry.host);
    if (ip === undefined) continue;
    const target = entry.domain;
    if (!seen.has(`${target} ${entry.port}`)) {
      seen.add(`${target} ${entry.port}`);
      out.push(record(q.qname, 'SRV', entry.ttl, `0 ${weight} ${entry.port} ${target}`));
    }
    if (!seen.has(`${target} ${entry.host}`)) {
      seen.add(`${target} ${entry.host}`);
      extra.push(record(target, ip.family === 'IPv4' ? 'A' : 'AAAA', entry.ttl, formatIP(ip)));
    }
  }
  return { records: out, extra, nameError: false, notes: [] };
}

/** backend_lookup.go PTR over reverse.go Reverse. */
function ptr(backend: Backend, q: Query): Lookup {
  const ip = extractAddressFromReverse(q.name);
  if (ip === '') {
    const found = records(backend, q);
    return { records: [], extra: [], nameError: found.nameError, notes: found.reason ? [found.reason] : [] };
  }
  const entries: Entry[] = serviceRecordForIP(backend, ip);
  if (entries.length === 0) return { records: [], extra: [], nameError: true, notes: [`no Service cluster IP and no ready endpoint has the IP ${ip}`] };
  const hosts = [...new Set(entries.map((e) => e.host))];
  return { records: hosts.map((h) => record(q.qname, 'PTR', TTL, h)), extra: [], nameError: false, notes: [] };
}

/** backend_lookup.go CNAME: the first entry, when its host is a name (an ExternalName Service). */
function cname(backend: Backend, q: Query): Lookup {
  const found = services(backend, q);
  const first = found.entries[0];
  const out = first !== undefined && parseIP(first.host) === undefined ? [record(q.qname, 'CNAME', first.ttl, toAbsolute(first.host))] : [];
  return { records: out, extra: [], nameError: found.nameError, notes: found.reason ? [found.reason] : [] };
}

function txt(backend: Backend, q: Query): Lookup {
  const found = services(backend, q);
  const texts = [...new Set(found.entries.flatMap((e) => (e.text === undefined ? [] : [e.text])))];
  return { records: texts.map((t) => record(q.qname, 'TXT', 28800, `"${t}"`)), extra: [], nameError: found.nameError, notes: found.reason ? [found.reason] : [] };
}

/** handler.go ServeDNS's switch on the question type. */
export function lookup(backend: Backend, q: Query): Lookup {
  switch (q.type) {
    case 'A':
    case 'AAAA':
      return address(backend, q, []);
    case 'SRV':
      return srv(backend, q);
    case 'PTR':
      return ptr(backend, q);
    case 'CNAME':
      return cname(backend, q);
    case 'TXT':
      return txt(backend, q);
  }
}
