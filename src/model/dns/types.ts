/**
 * The DNS answer shapes: what `resolve` returns, in RFC 1035 presentation form as dig prints it.
 */

export type RRType = 'A' | 'AAAA' | 'SRV' | 'CNAME' | 'PTR' | 'TXT';

export interface DnsQuestion {
  readonly name: string;
  readonly type: RRType;
}

export interface DnsRecord {
  /** Owner name, absolute, in the case CoreDNS writes it (the question's case for answers). */
  readonly name: string;
  readonly type: RRType | 'SOA';
  readonly ttl: number;
  /** Presentation form: `10.96.0.10`, `target.`, `0 100 80 target.`, `"1.1.0"`. */
  readonly data: string;
}

export type Rcode = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL';

export interface DnsResponse {
  /** The name absolute (trailing dot), in the case it was asked. */
  readonly question: { readonly name: string; readonly type: RRType };
  readonly rcode: Rcode;
  readonly answers: readonly DnsRecord[];
  /** e.g. the A/AAAA records of SRV targets, as CoreDNS adds them. */
  readonly additional: readonly DnsRecord[];
  /** The zone's SOA on NXDOMAIN and NODATA, as CoreDNS returns it. */
  readonly authority: readonly DnsRecord[];
  /** Every absolute name tried, in order (one entry without a search path). */
  readonly tried: readonly string[];
  /** Human notes: why NXDOMAIN, what was not simulated (upstream resolution), resolver behaviour. */
  readonly notes: readonly string[];
  /**
   * Fields whose value the simulator assumed because a real cluster gets it from elsewhere (the
   * upstream resolver), as `Entry.simulated` marks invented object fields: `['rcode']` for the
   * upstream's NXDOMAIN to a single label. Absent when every field was simulated from the cluster.
   */
  readonly simulated?: readonly string[];
}
