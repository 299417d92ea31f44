/**
 * A Pod's stub resolver: the resolv.conf kubelet writes for dnsPolicy ClusterFirst, and the order in
 * which the C library walks its search list.
 */
import type { Cluster } from '../cluster-types.ts';
import type { Backend } from './backend.ts';
import { illegalNameReason } from './names.ts';
import { serve } from './serve.ts';
import type { DnsQuestion, DnsResponse } from './types.ts';

/** glibc (Debian, Ubuntu, distroless/base) or musl (Alpine): they walk the search list differently. */
export type ResolverLibrary = 'glibc' | 'musl';

export interface ResolveFromOptions {
  /** Default 'glibc'. */
  readonly resolver?: ResolverLibrary;
}

export interface ResolvConf {
  readonly search: readonly string[];
  readonly ndots: number;
}

/**
 * kubelet pkg/kubelet/network/dns/dns.go generateSearchesForDNSClusterFirst and its default option
 * `ndots:5`. The node's own search domains, which kubelet appends, are not simulated.
 */
export function clusterFirstResolvConf(namespace: string, clusterDomain: string): ResolvConf {
  return { search: [`${namespace}.svc.${clusterDomain}`, `svc.${clusterDomain}`, clusterDomain], ndots: 5 };
}

/**
 * The absolute names the resolver tries, in order.
 * - glibc resolv/res_query.c __res_context_search: a name with >= ndots dots is tried as-is first,
 *   then with each search domain; one with fewer dots gets the search domains first and the name
 *   as-is last; a trailing dot means the name as-is only.
 * - musl src/network/lookup_name.c name_from_dns_search: with >= ndots dots or a trailing dot the
 *   search list is not used at all; otherwise search domains first, the name as-is last.
 */
export function candidateNames(name: string, conf: ResolvConf, library: ResolverLibrary): string[] {
  if (name.endsWith('.')) return [name];
  const asIs = `${name}.`;
  const searched = conf.search.map((domain) => `${name}.${domain}.`);
  const dots = name.split('.').length - 1;
  if (dots >= conf.ndots) return library === 'glibc' ? [asIs, ...searched] : [asIs];
  return [...searched, asIs];
}

type Outcome = 'answer' | 'nodata' | 'nxdomain' | 'servfail' | 'upstream';

function outcomeOf(response: DnsResponse): Outcome {
  if (response.rcode === 'NXDOMAIN') return 'nxdomain';
  if (response.rcode === 'SERVFAIL') return 'servfail';
  if (response.answers.length > 0) return 'answer';
  // The simulator's upstream answers carry no SOA: their real outcome is unknown.
  return response.authority.length > 0 ? 'nodata' : 'upstream';
}

function outcomeText(response: DnsResponse, outcome: Outcome): string {
  if (outcome === 'answer') return `${response.answers.length} answer(s)`;
  if (outcome === 'upstream') return 'forwarded upstream';
  return response.simulated?.includes('rcode') ? `${outcome.toUpperCase()} (assumed, from upstream)` : outcome.toUpperCase();
}

/**
 * Whether the walk goes on after this outcome. glibc keeps searching after NXDOMAIN, NODATA
 * (h_errno NO_DATA: got_nodata) and SERVFAIL (got_servfail); musl stops at anything but NXDOMAIN
 * (name_from_dns returns EAI_NODATA / EAI_AGAIN, and `if (cnt) return cnt`). A forwarded name is
 * taken as answered by the upstream, which is what happens for names that exist.
 */
function continues(outcome: Outcome, library: ResolverLibrary): boolean {
  if (outcome === 'answer' || outcome === 'upstream') return false;
  return library === 'glibc' ? true : outcome === 'nxdomain';
}

/**
 * The response the application sees when no name answered: glibc reports the error of a first
 * as-is try (saved_herrno), else NO_DATA when any name had NODATA, else the last error; musl
 * reports the last name it tried.
 */
function finalFailure(responses: readonly DnsResponse[], library: ResolverLibrary, asIsFirst: boolean): DnsResponse {
  const last = responses[responses.length - 1]!;
  if (library === 'musl') return last;
  if (asIsFirst) return responses[0]!;
  return responses.find((r) => outcomeOf(r) === 'nodata') ?? last;
}

export function resolveWithSearch(
  cluster: Cluster,
  backend: Backend,
  question: DnsQuestion,
  namespace: string,
  options: ResolveFromOptions,
): DnsResponse {
  const library = options.resolver ?? 'glibc';
  const conf = clusterFirstResolvConf(namespace, cluster.config.clusterDomain);
  const dots = question.name.replace(/\.$/, '').split('.').length - 1;
  const notes = [
    `resolv.conf of a Pod in namespace "${namespace}" (dnsPolicy ClusterFirst): search ${conf.search.join(' ')}; options ndots:${conf.ndots}.`,
    question.name.endsWith('.')
      ? `${question.name} ends with a dot: it is tried as it is, without the search list.`
      : `${question.name} has ${dots} dot(s), ${dots >= conf.ndots ? 'at least' : 'fewer than'} ndots:${conf.ndots}: ${library} tries ${
          dots >= conf.ndots ? (library === 'glibc' ? 'it as it is first, then the search list' : 'it as it is only') : 'the search list first, then the name as it is'
        }.`,
  ];
  // A searched name that is not a legal domain name is never sent (res_querydomain fails before sending).
  const asIs = question.name.endsWith('.') ? question.name : `${question.name}.`;
  const candidates = candidateNames(question.name, conf, library).filter((n) => n === asIs || illegalNameReason(n) === undefined);
  const responses: DnsResponse[] = [];
  for (const name of candidates) {
    const response = serve(cluster, backend, { name, type: question.type });
    responses.push(response);
    const outcome = outcomeOf(response);
    notes.push(`${name} ${question.type}: ${outcomeText(response, outcome)}`);
    if (!continues(outcome, library)) break;
  }
  const chosen =
    responses.find((r) => !continues(outcomeOf(r), library)) ?? finalFailure(responses, library, candidates[0] === asIs);
  if (outcomeOf(chosen) === 'upstream') notes.push(upstreamCaveat(responses, candidates, library));
  return { ...chosen, tried: responses.flatMap((r) => r.tried), notes: [...notes, ...chosen.notes] };
}

/** The walk stopped at a forwarded name, taken as answered: say what happens if it is not. */
function upstreamCaveat(responses: readonly DnsResponse[], candidates: readonly string[], library: ResolverLibrary): string {
  const stoppedAt = responses[responses.length - 1]!.question.name;
  const next = candidates[responses.length];
  if (next !== undefined) return `The walk stops at ${stoppedAt} if the upstream answers it; on NXDOMAIN ${library} goes on with ${next}.`;
  const nodata = library === 'glibc' ? responses.find((r) => outcomeOf(r) === 'nodata') : undefined;
  return nodata === undefined
    ? `If the upstream has no record for ${stoppedAt} either, the lookup fails.`
    : `If the upstream has no record for ${stoppedAt}, glibc reports NODATA, as ${nodata.question.name} had.`;
}
