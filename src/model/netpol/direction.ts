/**
 * One direction of a flow against the policies that isolate a Pod for it: the union of their
 * rules allows (network-policies.md "The two sorts of pod isolation"; types.go
 * NetworkPolicySpec.ingress/egress: "at least one rule across all of the NetworkPolicy objects").
 */
import type { NetworkPolicyPeer, NetworkPolicyPort } from 'kubernetes-types/networking/v1';
import type { Cluster } from '../cluster-types.ts';
import type { Entry, Pod } from '../objects.ts';
import { peersMatch, type MatchOptions, type Target } from './peers.ts';
import { portsMatch, type FlowPort } from './ports.ts';
import { namespaceOf, policiesSelecting, type Direction, type SelectingPolicy } from './select.ts';
import type { DirectionVerdict } from './types.ts';

export const NOT_ISOLATED: DirectionVerdict = { isolated: false, selectingPolicies: [], allowingPolicies: [], allowed: true };

interface Rule {
  readonly ports?: readonly NetworkPolicyPort[];
  readonly peers?: readonly NetworkPolicyPeer[];
}

/** Ingress rules name their peers `from`, egress rules `to`; both must match (NetworkPolicyIngressRule). */
function rulesOf(selecting: SelectingPolicy, direction: Direction): readonly Rule[] {
  const spec = selecting.policy.object.spec;
  if (direction === 'Ingress') return (spec?.ingress ?? []).map((rule) => ({ ports: rule.ports, peers: rule.from }));
  return (spec?.egress ?? []).map((rule) => ({ ports: rule.ports, peers: rule.to }));
}

/** The policies isolating `subject` for `direction`, and those among them with a rule matching `target` on `port`. */
export function evaluateDirection(
  cluster: Cluster,
  subject: Entry<Pod>,
  direction: Direction,
  target: Target,
  port: FlowPort,
  options: MatchOptions,
): DirectionVerdict {
  const applying = policiesSelecting(cluster, subject).filter((selecting) => (direction === 'Ingress' ? selecting.ingress : selecting.egress));
  if (applying.length === 0) return NOT_ISOLATED;
  const allowing = applying.filter((selecting) => {
    const namespace = namespaceOf(selecting.policy.object);
    return rulesOf(selecting, direction).some(
      (rule) => portsMatch(rule.ports, port) && peersMatch(cluster, namespace, rule.peers, target, options),
    );
  });
  return {
    isolated: true,
    selectingPolicies: applying.map((selecting) => selecting.name),
    allowingPolicies: allowing.map((selecting) => selecting.name),
    allowed: allowing.length > 0,
  };
}
