/**
 * Where the docs leave the answer to the network plugin (network-policies.md "NetworkPolicy and
 * hostNetwork pods", "Behavior of to and from selectors" on ipBlock, and the node exemption), the
 * verdict says so rather than hiding the choice the simulator made.
 */
import type { Cluster } from '../cluster-types.ts';
import { isNodeOf, usesHostNetwork } from './nodes.ts';
import type { Side, Subjects } from './reason.ts';
import type { FlowQuestion } from './types.ts';

function hostNetworkNote(name: string): string {
  return (
    `${name} uses hostNetwork: NetworkPolicy behaviour for hostNetwork Pods is undefined; like most network plugins, ` +
    `the simulator treats its traffic as its node's, so policies that select it do not apply and pod or namespace selectors do not match it.`
  );
}

function ipBlockNote(direction: string, ip: string): string {
  return (
    `${direction} is allowed only because an ipBlock contains the Pod IP ${ip}: the docs mean ipBlock for cluster-external IPs, ` +
    `and some network plugins never match Pod IPs with it.`
  );
}

export function flowNotes(cluster: Cluster, question: FlowQuestion, subjects: Subjects, egress: Side, ingress: Side): string[] {
  const notes: string[] = [];
  for (const pod of [question.from.pod, question.to.pod]) {
    if (pod !== undefined && usesHostNetwork(pod)) notes.push(hostNetworkNote(pod.object.metadata?.name ?? ''));
  }
  if (egress.ipBlockOnPod) notes.push(ipBlockNote('Egress', question.to.ip));
  if (ingress.ipBlockOnPod) notes.push(ipBlockNote('Ingress', question.from.ip));
  if (subjects.source !== undefined && !egress.verdict.allowed && isNodeOf(cluster, subjects.source, question.to)) {
    notes.push(
      `${question.to.ip} is the source Pod's own node: the docs say traffic to and from a Pod's node is always allowed, ` +
        `but their isolation rules exempt only connections coming from the node; network plugins differ.`,
    );
  }
  return [...new Set(notes)];
}
