/**
 * NetworkPolicyPeer matching (staging/src/k8s.io/api/networking/v1/types.go NetworkPolicyPeer,
 * IPBlock; network-policies.md "Behavior of to and from selectors").
 */
import type { IPBlock, NetworkPolicyPeer } from 'kubernetes-types/networking/v1';
import type { Cluster } from '../cluster-types.ts';
import { labelSelectorAsSelector, selectorMatches } from '../labels/selector.ts';
import { cidrContains, parseCIDRSloppy } from '../net/cidr.ts';
import type { ParsedIP } from '../net/ip.ts';
import type { Entry, Pod } from '../objects.ts';
import { namespaceOf } from './select.ts';

/** The other end of the flow, as one policy rule sees it. */
export interface Target {
  /** The Pod, when selectors can see it: unset for bare addresses and for hostNetwork Pods. */
  readonly pod?: Entry<Pod>;
  readonly ip?: ParsedIP;
}

/**
 * Whether an ipBlock may match a Pod-network Pod's IP. The API does not exclude them and the
 * reference implementation matches any address (kube-network-policies evaluateIPBlocks), but
 * the docs call ipBlock "cluster-external IPs", and some plugins never match Pod IPs with it.
 */
export interface MatchOptions {
  readonly ipBlockMatchesPods: boolean;
}

function namespaceLabels(cluster: Cluster, namespace: string): Readonly<Record<string, string>> | undefined {
  return cluster.namespaces.find((entry) => entry.object.metadata?.name === namespace)?.object.metadata?.labels;
}

/** IPBlock: inside `cidr` and outside every `except`. */
function ipBlockContains(block: IPBlock, ip: ParsedIP): boolean {
  const cidr = parseCIDRSloppy(block.cidr);
  if (cidr === undefined || !cidrContains(cidr, ip)) return false;
  return !(block.except ?? []).some((text) => {
    const except = parseCIDRSloppy(text);
    return except !== undefined && cidrContains(except, ip);
  });
}

/**
 * podSelector alone selects Pods in the policy's namespace; namespaceSelector alone, every Pod of
 * the matching namespaces (by their labels, `kubernetes.io/metadata.name` included); both in one
 * peer, the matching Pods of the matching namespaces. Empty selectors select everything.
 */
export function peerMatches(cluster: Cluster, policyNamespace: string, peer: NetworkPolicyPeer, target: Target, options: MatchOptions): boolean {
  if (peer.ipBlock !== undefined) {
    if (target.ip === undefined || (target.pod !== undefined && !options.ipBlockMatchesPods)) return false;
    return ipBlockContains(peer.ipBlock, target.ip);
  }
  const { pod } = target;
  if (pod === undefined || (peer.podSelector === undefined && peer.namespaceSelector === undefined)) return false;
  const namespace = namespaceOf(pod.object);
  const namespaceOk =
    peer.namespaceSelector === undefined
      ? namespace === policyNamespace
      : selectorMatches(labelSelectorAsSelector(peer.namespaceSelector), namespaceLabels(cluster, namespace));
  const podOk = peer.podSelector === undefined || selectorMatches(labelSelectorAsSelector(peer.podSelector), pod.object.metadata?.labels);
  return namespaceOk && podOk;
}

/** `from`/`to` empty or missing matches every peer; otherwise any listed peer. */
export function peersMatch(
  cluster: Cluster,
  policyNamespace: string,
  peers: readonly NetworkPolicyPeer[] | undefined,
  target: Target,
  options: MatchOptions,
): boolean {
  return peers === undefined || peers.length === 0 || peers.some((peer) => peerMatches(cluster, policyNamespace, peer, target, options));
}
