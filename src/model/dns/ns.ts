/**
 * ns.go: the addresses CoreDNS gives for `ns.dns.<zone>` (isDefaultNS / nsAddrs): the cluster IP of
 * each Service whose endpoints include the answering CoreDNS Pod's own IP (kube-dns in kubeadm).
 */
import type { Backend, Entry } from './backend.ts';
import { TTL } from './backend.ts';
import { canonicalIP } from '../net/ip.ts';

/** The IP of the CoreDNS Pod that answers (kubeadm labels them k8s-app=kube-dns in kube-system). */
function corednsPodIP(backend: Backend): string | undefined {
  for (const { object: pod } of backend.cluster.pods) {
    const isCoreDNS = pod.metadata?.namespace === 'kube-system' && pod.metadata.labels?.['k8s-app'] === 'kube-dns';
    if (isCoreDNS && pod.status?.podIP) return pod.status.podIP;
  }
  return undefined;
}

/** isDefaultNS: `name` is `ns.dns.` + zone, compared as CoreDNS does (lower-case name, zone as asked). */
export function isDefaultNS(name: string, zoneAsAsked: string): boolean {
  return name.startsWith(DEFAULT_NS_NAME) && name.indexOf(zoneAsAsked) === DEFAULT_NS_NAME.length;
}

const DEFAULT_NS_NAME = 'ns.dns.';

/** nsAddrs(external=false) as address entries owned by `qname`; empty when no CoreDNS Pod is simulated. */
export function nsAddrs(backend: Backend, qname: string): Entry[] {
  const local = corednsPodIP(backend);
  if (local === undefined) return [];
  const localIP = canonicalIP(local);
  const hosts: string[] = [];
  for (const endpoints of backend.endpoints) {
    if (!endpoints.addresses.some((a) => canonicalIP(a.ip) === localIP)) continue;
    const service = backend.services.get(endpoints.index);
    if (service === undefined) continue;
    const clusterIP = service.spec?.clusterIP ?? '';
    // For a headless service, use the endpoints' IPs.
    if (clusterIP === 'None') hosts.push(...endpoints.addresses.map((a) => a.ip));
    else hosts.push(clusterIP);
  }
  // "If no local IPs matched any endpoints, use the localIPs directly".
  return (hosts.length > 0 ? hosts : [local]).map((host) => ({ domain: qname, host, port: -1, ttl: TTL }));
}
