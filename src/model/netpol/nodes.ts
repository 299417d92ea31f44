/**
 * The two exemptions the docs give (network-policies.md): "a pod cannot block access to itself",
 * and an isolated Pod still accepts "those [connections] from the pod's node"; and hostNetwork
 * Pods, whose traffic most network plugins cannot tell from their node's.
 */
import type { Cluster } from '../cluster-types.ts';
import { parseIPSloppy, type ParsedIP } from '../net/ip.ts';
import type { Entry, Pod } from '../objects.ts';
import type { Peer } from './types.ts';

export function usesHostNetwork(pod: Entry<Pod> | undefined): boolean {
  return pod?.object.spec?.hostNetwork === true;
}

/** A Pod that NetworkPolicies select and whose peers' selectors see it: one on the Pod network. */
export function podNetworkPod(pod: Entry<Pod> | undefined): Entry<Pod> | undefined {
  return pod === undefined || usesHostNetwork(pod) ? undefined : pod;
}

function sameIP(a: ParsedIP | undefined, b: ParsedIP | undefined): boolean {
  return a !== undefined && b !== undefined && a.family === b.family && a.value === b.value;
}

/** The addresses of the Node a Pod runs on: its `status.hostIPs`, and the Node's own `status.addresses`. */
function nodeAddresses(cluster: Cluster, pod: Entry<Pod>): ParsedIP[] {
  const nodeName = pod.object.spec?.nodeName;
  const node = nodeName === undefined ? undefined : cluster.nodes.find((entry) => entry.object.metadata?.name === nodeName);
  const texts = [
    pod.object.status?.hostIP,
    ...(pod.object.status?.hostIPs ?? []).map((hostIP) => hostIP.ip),
    ...(node?.object.status?.addresses ?? []).map((address) => address.address),
  ];
  return texts.flatMap((text) => {
    const ip = text === undefined ? undefined : parseIPSloppy(text);
    return ip === undefined ? [] : [ip];
  });
}

/** Whether `peer` is the Node `pod` runs on: one of its addresses, or a hostNetwork Pod on it. */
export function isNodeOf(cluster: Cluster, pod: Entry<Pod>, peer: Peer): boolean {
  const nodeName = pod.object.spec?.nodeName;
  if (usesHostNetwork(peer.pod) && nodeName !== undefined && peer.pod?.object.spec?.nodeName === nodeName) return true;
  const ip = parseIPSloppy(peer.ip);
  return nodeAddresses(cluster, pod).some((address) => sameIP(address, ip));
}
