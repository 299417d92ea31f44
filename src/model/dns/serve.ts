/**
 * One query to the cluster DNS Service, answered as kubeadm's CoreDNS does:
 *
 *   kubernetes cluster.local in-addr.arpa ip6.arpa { pods insecure; fallthrough in-addr.arpa ip6.arpa; ttl 30 }
 *   forward . /etc/resolv.conf
 *
 * The kubernetes plugin answers its zones (plugin/kubernetes/handler.go ServeDNS); a name error in
 * the reverse zones falls through, and every other name goes to the upstream resolver, which the
 * simulator cannot reach: those answers are NOERROR with no records and a note saying so, except
 * for a single label that is no TLD, where the root zone decides (NXDOMAIN, marked assumed).
 */
import type { Cluster } from '../cluster-types.ts';
import type { Backend } from './backend.ts';
import { TTL } from './backend.ts';
import { lookup, type Query } from './lookup.ts';
import { illegalNameReason, matchZone, toAbsolute } from './names.ts';
import { isTopLevelDomain } from './root-zone.ts';
import type { DnsQuestion, DnsRecord, DnsResponse } from './types.ts';

const REVERSE_ZONES = ['in-addr.arpa.', 'ip6.arpa.'];

/**
 * The SOA CoreDNS puts in the authority section (backend_lookup.go SOA): TTL and minimum are the
 * plugin's TTL. The serial is `APIConn.Modified()`, the Unix time of the last change CoreDNS saw;
 * the simulator uses the Unix time of `cluster.config.now`, fixed for a given cluster.
 */
function soa(cluster: Cluster, zoneAsAsked: string): DnsRecord {
  const serial = Math.max(0, Math.floor(Date.parse(cluster.config.now) / 1000) || 0);
  return { name: zoneAsAsked, type: 'SOA', ttl: TTL, data: `ns.dns.${zoneAsAsked} hostmaster.${zoneAsAsked} ${serial} 7200 1800 86400 ${TTL}` };
}

function forwarded(question: DnsQuestion, why: string): DnsResponse {
  const label = nonexistentSingleLabel(question.name);
  if (label !== undefined) {
    return {
      question,
      rcode: 'NXDOMAIN',
      answers: [],
      additional: [],
      authority: [],
      tried: [question.name],
      notes: [
        `${why}: forwarded upstream (forward . /etc/resolv.conf). Assumed answer: NXDOMAIN, as "${label}" is a single label and no top-level domain of the root zone; the upstream resolver itself is not simulated.`,
      ],
      simulated: ['rcode'],
    };
  }
  return {
    question,
    rcode: 'NOERROR',
    answers: [],
    additional: [],
    authority: [],
    tried: [question.name],
    notes: [`${why}: forwarded upstream (forward . /etc/resolv.conf); not simulated.`],
  };
}

/**
 * The label of a one-label name (`db.`) that the root zone does not have, which any public
 * resolver answers NXDOMAIN; else undefined. A search walk ends with such a name when a short
 * name matched nothing in the cluster. `localhost` is left to the upstream: RFC 6761 §6.3 has
 * resolvers answer it with the loopback address.
 */
function nonexistentSingleLabel(absolute: string): string | undefined {
  const labels = absolute.slice(0, -1).split('.');
  const label = labels.length === 1 ? labels[0] : undefined;
  if (label === undefined || label === '' || label.toLowerCase() === 'localhost') return undefined;
  return isTopLevelDomain(label) ? undefined : label;
}

/** The loadbalance plugin of kubeadm's Corefile shuffles address records in every answer. */
function loadbalanceNote(answers: readonly DnsRecord[]): string[] {
  const addresses = answers.filter((r) => r.type === 'A' || r.type === 'AAAA').length;
  return addresses > 1 ? ['The loadbalance plugin shuffles the order of A/AAAA records in each answer; the order shown is one of them.'] : [];
}

function nodataNote(qname: string, type: string): string {
  return `NODATA: ${qname} exists but has no ${type} record.`;
}

/** Ask the cluster DNS `name` (made absolute) as it is: no search path. */
export function serve(cluster: Cluster, backend: Backend, asked: DnsQuestion): DnsResponse {
  const qname = toAbsolute(asked.name);
  const question = { name: qname, type: asked.type };
  const illegal = illegalNameReason(qname);
  if (illegal !== undefined) {
    return { question, rcode: 'SERVFAIL', answers: [], additional: [], authority: [], tried: [], notes: [`"${qname}" is not a legal name (${illegal}): the client refuses to send it.`] };
  }
  const name = qname.toLowerCase();
  const zone = matchZone([backend.zone, ...REVERSE_ZONES], name);
  if (zone === undefined) return forwarded(question, `${qname} is outside the cluster domain ${backend.zone}`);

  // handler.go: "maintain case of original query" for the zone.
  const q: Query = { qname, name, type: asked.type, zone, zoneAsAsked: qname.slice(qname.length - zone.length) };
  const result = lookup(backend, q);
  if (result.nameError) {
    if (REVERSE_ZONES.includes(zone)) {
      return forwarded(question, `The kubernetes plugin has no record for ${qname} and its "fallthrough in-addr.arpa ip6.arpa" passes it on`);
    }
    return {
      question,
      rcode: 'NXDOMAIN',
      answers: [],
      additional: [],
      authority: [soa(cluster, q.zoneAsAsked)],
      tried: [qname],
      notes: [...result.notes],
    };
  }
  if (result.records.length === 0) {
    return {
      question,
      rcode: 'NOERROR',
      answers: [],
      additional: [],
      authority: [soa(cluster, q.zoneAsAsked)],
      tried: [qname],
      notes: [...result.notes, nodataNote(qname, asked.type)],
    };
  }
  return {
    question,
    rcode: 'NOERROR',
    answers: result.records,
    additional: result.extra,
    authority: [],
    tried: [qname],
    notes: [...result.notes, ...loadbalanceNote(result.records)],
  };
}
