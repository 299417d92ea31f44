/**
 * `kubectl run -it --rm NAME --image=busybox -- nslookup NAME [SERVER]` and
 * `kubectl exec -it POD -- nslookup NAME`: busybox's answer for a Pod in the namespace, with the
 * resolv.conf kubelet writes (nameserver kube-dns, search NS.svc.DOMAIN svc.DOMAIN DOMAIN).
 */
import type { Cluster, DnsResponse } from '../../model/index.ts';
import { clusterFirstResolvConf, resolve } from '../../model/index.ts';
import { formatNslookup, planNslookupQueries, type NslookupReply } from '../text/nslookup.ts';
import { findService } from './lookup.ts';

export interface ContainerRun {
  readonly stdout: string;
  readonly exitCode: number;
  /** The simulator's own refusal, for commands it cannot run. */
  readonly stderr?: string;
  readonly note?: string;
}

/** Runs the container command the simulation understands: nslookup; anything else is refused honestly. */
export function runContainerCommand(cluster: Cluster, namespace: string, command: readonly string[]): ContainerRun {
  const [program, ...args] = command;
  if (program === 'nslookup') return nslookup(cluster, namespace, args);
  return {
    stdout: '',
    exitCode: 1,
    stderr: `error: the simulator does not run containers; only nslookup is answered, not ${program ?? 'an empty command'}\n`,
    note: `The simulator does not run containers: only nslookup is answered (from the simulated cluster DNS). ${program ?? 'The command'} cannot run here.`,
  };
}

function nslookup(cluster: Cluster, namespace: string, args: readonly string[]): ContainerRun {
  const [name, server, extra] = args.filter((arg) => !arg.startsWith('-'));
  if (name === undefined || extra !== undefined) return { stdout: 'BusyBox v1.37.0 multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n', exitCode: 1 };
  const kubeDns = findService(cluster, 'kube-system', 'kube-dns')?.spec?.clusterIP ?? '10.96.0.10';
  const coreDnsPods = cluster.pods.filter((p) => p.object.metadata?.labels?.['k8s-app'] === 'kube-dns').map((p) => p.object.status?.podIP);
  if (server !== undefined && server !== kubeDns && !coreDnsPods.includes(server)) {
    return { stdout: ';; connection timed out; no servers could be reached\n\n', exitCode: 1, note: `Only the cluster DNS (${kubeDns}) is simulated; ${server} does not answer here.` };
  }
  const domain = cluster.config.clusterDomain;
  // Only resolv.conf supplies a search list: with an explicit SERVER busybox sends the name as it is.
  const search = server === undefined ? clusterFirstResolvConf(namespace, domain).search : [];
  const notes = new Set<string>();
  const replies: NslookupReply[] = planNslookupQueries(name, search).map((query) => {
    const response = resolve(cluster, query);
    const inZone = isInZone(response, domain);
    if (!inZone && response.answers.length === 0 && response.rcode === 'NOERROR') {
      response.notes.forEach((n) => notes.add(n));
      return { query, authoritative: false };
    }
    // An upstream answer the model assumed (NXDOMAIN for a single label) is printed as busybox
    // prints any NXDOMAIN, with the model's note saying it was assumed.
    if (response.simulated !== undefined) response.notes.forEach((n) => notes.add(n));
    return { query, response, authoritative: inZone };
  });
  const output = formatNslookup(server ?? kubeDns, replies);
  if (search.length > 0 && !name.includes('.')) notes.add(`busybox nslookup sends a name without dots once per search domain (${search.join(' ')}), A and AAAA, and prints every reply.`);
  if (search.length > 0 && name.includes('.') && !name.endsWith('.')) notes.add('busybox nslookup uses the search list only for names without a dot; this name went to CoreDNS as it is.');
  return { stdout: output.stdout, exitCode: output.exitCode, ...(notes.size > 0 ? { note: [...notes].join(' ') } : {}) };
}

/** CoreDNS is authoritative (aa) for the cluster domain and the reverse zones; the rest is forwarded. */
function isInZone(response: DnsResponse, domain: string): boolean {
  const name = response.question.name.toLowerCase();
  return name === `${domain}.` || name.endsWith(`.${domain}.`) || name.endsWith('.in-addr.arpa.') || name.endsWith('.ip6.arpa.');
}
