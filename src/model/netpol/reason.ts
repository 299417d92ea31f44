/**
 * The verdict in words a learner understands: which policies isolate which Pod, and which allow
 * or fail to allow the flow. Drops name only the direction(s) that drop.
 */
import type { Entry, Pod } from '../objects.ts';
import type { DirectionVerdict, FlowQuestion } from './types.ts';

/** One direction's verdict, with what the rules alone do not show. */
export interface Side {
  readonly verdict: DirectionVerdict;
  /** Allowed although no rule allows it: the flow is the Pod's own, or comes from its Node. */
  readonly exemption?: 'self' | 'node';
  /** Allowed only because an ipBlock contains a Pod-network Pod's IP. */
  readonly ipBlockOnPod: boolean;
}

/** Each end: its name when policies apply to it (a Pod on the Pod network). */
export interface Subjects {
  readonly source?: Entry<Pod>;
  readonly destination?: Entry<Pod>;
}

const nameOf = (pod: Entry<Pod>): string => pod.object.metadata?.name ?? '';

function list(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

const verb = (names: readonly string[], singular: string): string => `${list(names)} ${names.length === 1 ? singular : singular.slice(0, -1)}`;

function egressPart(side: Side, source: string, question: FlowQuestion, on: string): string {
  const { verdict } = side;
  if (!verdict.isolated) return `no NetworkPolicy isolates ${source} for egress`;
  if (side.exemption === 'self') return 'a Pod can always reach itself';
  if (verdict.allowed) return `${verb(verdict.allowingPolicies, 'allows')} ${source} to reach ${question.to.ip} on ${on}`;
  return `${verb(verdict.selectingPolicies, 'isolates')} ${source} for egress and no policy allows it to reach ${question.to.ip} on ${on}`;
}

function ingressPart(side: Side, destination: string, question: FlowQuestion, on: string): string {
  const { verdict } = side;
  if (!verdict.isolated) return `no NetworkPolicy isolates ${destination} for ingress`;
  if (side.exemption === 'self') return 'a Pod can always reach itself';
  if (side.exemption === 'node') return `${question.from.ip} is ${destination}'s node, and a Pod always accepts connections from its node`;
  if (verdict.allowed) return `${verb(verdict.allowingPolicies, 'allows')} ${question.from.ip} into ${destination} on ${on}`;
  return `${verb(verdict.selectingPolicies, 'isolates')} ${destination} for ingress and no policy allows ${question.from.ip} on ${on}`;
}

/** `ALLOW: …` or `DROP: …`, one clause per direction that has a say. */
export function verdictSentence(question: FlowQuestion, subjects: Subjects, egress: Side, ingress: Side): string {
  const on = `${question.port}/${question.protocol}`;
  const parts = [
    ...(subjects.source === undefined ? [] : [{ allowed: egress.verdict.allowed, text: egressPart(egress, nameOf(subjects.source), question, on) }]),
    ...(subjects.destination === undefined
      ? []
      : [{ allowed: ingress.verdict.allowed, text: ingressPart(ingress, nameOf(subjects.destination), question, on) }]),
  ];
  const drops = parts.filter((part) => !part.allowed);
  if (drops.length > 0) return `DROP: ${drops.map((part) => part.text).join('; ')}`;
  const texts = [...new Set(parts.map((part) => part.text))];
  return texts.length > 0 ? `ALLOW: ${texts.join('; ')}` : 'ALLOW: NetworkPolicies apply only to Pods on the Pod network, and neither end is one';
}
