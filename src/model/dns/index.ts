/**
 * DNS as CoreDNS answers it in a kubeadm cluster, and as a Pod's resolver asks it.
 *
 * Semantics: kubernetes/dns docs/specification.md, CoreDNS plugin/kubernetes and
 * plugin/backend_lookup.go, kubeadm's Corefile (`pods insecure`, `fallthrough in-addr.arpa
 * ip6.arpa`, `ttl 30`, `forward . /etc/resolv.conf`), kubelet's resolv.conf for ClusterFirst.
 * Only objects in the Cluster count: Services, EndpointSlices (by their kubernetes.io/service-name
 * label) and Namespaces.
 */
import type { Cluster } from '../cluster-types.ts';
import { buildBackend } from './backend.ts';
import { resolveWithSearch, type ResolveFromOptions } from './search.ts';
import { serve } from './serve.ts';
import type { DnsQuestion, DnsResponse } from './types.ts';

export type { DnsQuestion, DnsRecord, DnsResponse, Rcode, RRType } from './types.ts';
export type { ResolveFromOptions, ResolverLibrary, ResolvConf } from './search.ts';
export { candidateNames, clusterFirstResolvConf } from './search.ts';
export { reverseName } from './reverse.ts';

/** Ask the cluster DNS the name as it is (absolute: a trailing dot is implied), like `dig name`. */
export function resolve(cluster: Cluster, question: DnsQuestion): DnsResponse {
  return serve(cluster, buildBackend(cluster), question);
}

/**
 * Resolve the name as a Pod in `fromNamespace` with dnsPolicy ClusterFirst would: its search path
 * and ndots:5, walked as glibc does (or musl, with `options.resolver`).
 */
export function resolveFrom(cluster: Cluster, question: DnsQuestion, fromNamespace: string, options: ResolveFromOptions = {}): DnsResponse {
  return resolveWithSearch(cluster, buildBackend(cluster), question, fromNamespace, options);
}
