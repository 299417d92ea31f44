/**
 * networkPolicyVerdict: whether NetworkPolicies let one flow through, and why.
 *
 * Semantics: kubernetes/website content/en/docs/concepts/services-networking/network-policies.md
 * ("For a connection from a source pod to a destination pod to be allowed, both the egress policy
 * on the source pod and the ingress policy on the destination pod need to allow the connection"),
 * and the field docs of staging/src/k8s.io/api/networking/v1/types.go.
 */
import type { Cluster } from '../cluster-types.ts';
import { parseIPSloppy } from '../net/ip.ts';
import type { Entry, Pod } from '../objects.ts';
import { evaluateDirection, NOT_ISOLATED } from './direction.ts';
import { flowNotes } from './notes.ts';
import { isNodeOf, podNetworkPod } from './nodes.ts';
import type { Target } from './peers.ts';
import { flowPort, type FlowPort } from './ports.ts';
import { verdictSentence, type Side } from './reason.ts';
import type { Direction } from './select.ts';
import type { FlowQuestion, PolicyVerdict } from './types.ts';

/**
 * The direction's verdict, and whether it stands only on an ipBlock matching a Pod IP: evaluated
 * once as the reference implementation does, and once as plugins that keep ipBlock to
 * non-Pod addresses do.
 */
function side(cluster: Cluster, subject: Entry<Pod> | undefined, direction: Direction, target: Target, port: FlowPort): Side {
  if (subject === undefined) return { verdict: NOT_ISOLATED, ipBlockOnPod: false };
  const verdict = evaluateDirection(cluster, subject, direction, target, port, { ipBlockMatchesPods: true });
  const withoutPodIPs =
    verdict.allowed && verdict.isolated && target.pod !== undefined
      ? evaluateDirection(cluster, subject, direction, target, port, { ipBlockMatchesPods: false })
      : verdict;
  return { verdict, ipBlockOnPod: verdict.allowed && !withoutPodIPs.allowed };
}

function exempt(current: Side, exemption: 'self' | 'node'): Side {
  return current.verdict.allowed ? current : { ...current, verdict: { ...current.verdict, allowed: true }, exemption };
}

/** Whether NetworkPolicies allow `question`'s flow: egress of its source and ingress of its destination. */
export function networkPolicyVerdict(cluster: Cluster, question: FlowQuestion): PolicyVerdict {
  // 1. Only Pods on the Pod network have policies, and only they are seen by pod and namespace selectors.
  const source = podNetworkPod(question.from.pod);
  const destination = podNetworkPod(question.to.pod);
  const port = flowPort(question.port, question.protocol, destination, question.portName);

  // 2. Each direction on its own: the union of the rules of the policies isolating the Pod for it.
  let egress = side(cluster, source, 'Egress', { pod: destination, ip: parseIPSloppy(question.to.ip) }, port);
  let ingress = side(cluster, destination, 'Ingress', { pod: source, ip: parseIPSloppy(question.from.ip) }, port);

  // 3. The docs' exemptions: a Pod cannot block access to itself; an isolated Pod still accepts its node.
  if (source !== undefined && source.key === destination?.key) {
    egress = exempt(egress, 'self');
    ingress = exempt(ingress, 'self');
  }
  if (destination !== undefined && isNodeOf(cluster, destination, question.from)) ingress = exempt(ingress, 'node');

  // 4. Both must allow.
  const subjects = { source, destination };
  const notes = flowNotes(cluster, question, subjects, egress, ingress);
  const sentence = verdictSentence(question, subjects, egress, ingress);
  return {
    allowed: egress.verdict.allowed && ingress.verdict.allowed,
    egress: egress.verdict,
    ingress: ingress.verdict,
    reason: notes.length === 0 ? sentence : `${sentence}. ${notes.join(' ')}`,
    notes,
  };
}
