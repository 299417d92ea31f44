import { useState } from 'react';

/** Where the packet was when the view last stopped following it: the box chosen, the packet's run and its place on it. */
export interface PacketHold {
  readonly chosen: string | undefined;
  readonly run: string | undefined;
  /** The hop the packet is at, and whether it is moving from it. */
  readonly position: string;
}

/**
 * The hold for this render: the same while the choice and the run stand, else a new one where the
 * packet is now. `leads` once the packet has gone on from the hold, or when no box is chosen.
 */
export function holdPacket(held: PacketHold, now: PacketHold): { readonly hold: PacketHold; readonly leads: boolean } {
  // The same hold while nothing changes: the hook sets its state whenever the hold is another object.
  if (now.chosen === undefined) return { hold: held.chosen === undefined ? held : now, leads: true };
  if (held.chosen !== now.chosen || held.run !== now.run) return { hold: now, leads: false };
  return { hold: held, leads: held.position !== now.position };
}

/**
 * Whether the view may follow the packet while the box `chosen` is on its path: once the packet
 * goes on from where it was when the box was chosen or its run began. Before that, the chosen box
 * holds the view. Both followers act after a fit (FollowBox), and the packet's acted last: a
 * Service found by name in another namespace sent the view back to the client box where the run
 * to that Service waited. `run` is the player's own run (Playback.key), which turns to a new run
 * in the same render as its position.
 */
export function usePacketLeads(chosen: string | undefined, run: string | undefined, position: string): boolean {
  const [held, setHeld] = useState<PacketHold>({ chosen, run, position });
  const { hold, leads } = holdPacket(held, { chosen, run, position });
  // React's "state from the previous render": the hold moves without an effect.
  if (hold !== held) setHeld(hold);
  return leads;
}
