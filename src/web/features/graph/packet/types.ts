/** One stop of a packet: a graph node id, and what the packet carries when it is there. */
export interface PacketHop {
  readonly at: string;
  /** E.g. `172.18.0.3:31000 → DNAT 10.244.1.5:9090`. */
  readonly caption: string;
  /** The packet arrives, but nothing is known to listen there: said beside the caption, in amber. */
  readonly warning?: string;
}

/** A packet to animate; a new `key` asks for a new run from the first hop. */
export interface PacketRun {
  readonly key: string;
  readonly hops: readonly PacketHop[];
}
