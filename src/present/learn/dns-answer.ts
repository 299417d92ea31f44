/**
 * A DNS response in the words a challenge's options use, so that the option the learner picks and
 * the model's answer compare as plain strings.
 */
import type { DnsResponse } from '../../model/index.ts';

export const NXDOMAIN = 'NXDOMAIN';
/** The walk ended at a name outside the cluster domain: CoreDNS forwards it, and the simulator does not guess the upstream's answer. */
export const FORWARDED = 'no cluster record: forwarded upstream';
export const NODATA = 'no records (NODATA)';

/** Addresses in numeric order: CoreDNS's loadbalance plugin shuffles them, so their order means nothing. */
function byAddress(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  if (pa.length === 4 && pb.length === 4) {
    for (let i = 0; i < 4; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
    return 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `10.244.1.5, 10.244.2.7` for addresses, `CNAME host.` for an alias, else the outcome. */
export function dnsAnswerLabel(response: DnsResponse): string {
  if (response.rcode === 'NXDOMAIN') return NXDOMAIN;
  if (response.rcode === 'SERVFAIL') return 'SERVFAIL';
  const cname = response.answers.find((record) => record.type === 'CNAME');
  if (cname !== undefined) return `CNAME ${cname.data}`;
  const addresses = response.answers.filter((record) => record.type === 'A' || record.type === 'AAAA').map((record) => record.data);
  if (addresses.length > 0) return addressesLabel(addresses);
  if (response.answers.length > 0) return response.answers.map((record) => record.data).join(', ');
  return response.authority.length > 0 ? NODATA : FORWARDED;
}

export const addressesLabel = (addresses: readonly string[]): string => [...new Set(addresses)].sort(byAddress).join(', ');
