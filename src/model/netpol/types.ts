/**
 * The question a NetworkPolicy verdict answers, and the answer: plain data, so that it can cross
 * `postMessage` and be printed by the CLI.
 */
import type { Entry, Pod } from '../objects.ts';

/** One end of a flow: a Pod (with the IP it uses), or a bare address (an external client, a node). */
export interface Peer {
  readonly pod?: Entry<Pod>;
  readonly ip: string;
}

export interface FlowQuestion {
  readonly from: Peer;
  readonly to: Peer;
  readonly port: number;
  /** `TCP`, `UDP` or `SCTP`, as the API spells them. */
  readonly protocol: string;
  /** The destination container port's name, for named ports in policies; the destination Pod's own ports are looked up as well. */
  readonly portName?: string;
}

/** One direction of a flow: egress of the source Pod, or ingress of the destination Pod. */
export interface DirectionVerdict {
  /** Some policy selects the Pod and lists this direction in its policyTypes. */
  readonly isolated: boolean;
  /** Those policies, `namespace/name`. */
  readonly selectingPolicies: readonly string[];
  /** The selecting policies with a rule that matches the flow. */
  readonly allowingPolicies: readonly string[];
  readonly allowed: boolean;
}

export interface PolicyVerdict {
  /** Egress of the source and ingress of the destination both allow the flow. */
  readonly allowed: boolean;
  /** About `from`, when it is a Pod. */
  readonly egress: DirectionVerdict;
  /** About `to`, when it is a Pod. */
  readonly ingress: DirectionVerdict;
  /** One sentence, beginning ALLOW: or DROP:, naming the policies responsible, then the notes. */
  readonly reason: string;
  /** Where the answer depends on the network plugin, what the docs leave open and what the simulator chose. */
  readonly notes: readonly string[];
}
