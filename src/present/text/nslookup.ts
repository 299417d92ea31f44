/**
 * What busybox's `nslookup NAME [SERVER]` prints: networking/nslookup.c, the internal resolver
 * (FEATURE_NSLOOKUP_BIG, on in the busybox image). It does not use the C library's search
 * walk: a name without a dot is sent once per search domain, a name with a dot as it is, and
 * A and AAAA are asked together; every reply is printed, NXDOMAIN ones included.
 */
import type { DnsResponse, RRType } from '../../model/index.ts';

export interface NslookupQuery {
  /** The name sent, without the trailing dot, as busybox prints it. */
  readonly name: string;
  readonly type: RRType;
}

export interface NslookupReply {
  readonly query: NslookupQuery;
  /** Undefined when no server answered (a name the simulated CoreDNS forwards upstream). */
  readonly response?: DnsResponse;
  /** CoreDNS answers its own zones authoritatively (aa), forwarded names not. */
  readonly authoritative: boolean;
}

export interface NslookupOutput {
  readonly stdout: string;
  /** busybox's exit status: 1 when any reply had a non-zero rcode, or no server answered. */
  readonly exitCode: number;
}

/**
 * nslookup.c nslookup_main and add_query_with_search: a dotted IPv4 address becomes a PTR query;
 * otherwise A then AAAA, each over the search domains when the name has no dot (and no SERVER
 * was given, as only resolv.conf supplies the search list).
 */
export function planNslookupQueries(name: string, search: readonly string[]): NslookupQuery[] {
  const ptr = reverseIPv4(name);
  if (ptr !== undefined) return [{ name: ptr, type: 'PTR' }];
  const names = search.length > 0 && !name.includes('.') ? search.map((domain) => `${name}.${domain}`) : [name];
  return (['A', 'AAAA'] as const).flatMap((type) => names.map((n) => ({ name: n, type })));
}

/** The text busybox prints for the replies, in the order the queries were sent. */
export function formatNslookup(server: string, replies: readonly NslookupReply[]): NslookupOutput {
  const answered = replies.filter((reply) => reply.response !== undefined);
  if (answered.length === 0) return { stdout: ';; connection timed out; no servers could be reached\n\n', exitCode: 1 };
  // send_queries: the server is announced with the first reply; bind-utils would add `#53`, busybox `:53`.
  let stdout = `Server:\t\t${server}\nAddress:\t${server.includes(':') ? `[${server}]` : server}:53\n\n`;
  let exitCode = 0;
  for (const reply of answered) {
    const response = reply.response!;
    if (response.rcode !== 'NOERROR') {
      stdout += `** server can't find ${reply.query.name}: ${response.rcode}\n`;
      exitCode = 1;
    } else {
      if (!reply.authoritative) stdout += 'Non-authoritative answer:\n';
      stdout += response.answers.map(formatAnswer).join('');
    }
    stdout += '\n';
  }
  const unanswered = replies.filter((reply) => reply.response === undefined);
  if (unanswered.length > 0) stdout += `${unanswered.map((reply) => `*** Can't find ${reply.query.name}: No answer\n`).join('')}\n`;
  return { stdout, exitCode };
}

/** parse_reply: one line (or two) per answer record. */
function formatAnswer(record: DnsResponse['answers'][number]): string {
  const owner = withoutDot(record.name);
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return `Name:\t${owner}\nAddress: ${record.data}\n`;
    case 'CNAME':
      return `${owner}\tcanonical name = ${withoutDot(record.data)}\n`;
    case 'PTR':
      return `${owner}\tname = ${withoutDot(record.data)}\n`;
    case 'SRV': {
      const [priority, weight, port, target] = record.data.split(' ');
      return `${owner}\tservice = ${priority ?? ''} ${weight ?? ''} ${port ?? ''} ${withoutDot(target ?? '')}\n`;
    }
    case 'TXT':
      return `${owner}\ttext = ${record.data}\n`;
    case 'SOA':
      return '';
  }
}

function withoutDot(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/** nslookup.c make_ptr, IPv4 only. */
function reverseIPv4(text: string): string | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!match || match.slice(1).some((part) => Number(part) > 255)) return undefined;
  return `${match.slice(1).map(Number).reverse().join('.')}.in-addr.arpa`;
}
