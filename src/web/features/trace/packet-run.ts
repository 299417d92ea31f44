/**
 * A trace as the graph animates it: one caption per hop, saying where the packet is, the addresses
 * it carries there, and what kube-proxy (or DNS) does to it.
 */
import type { TraceResult } from '../../../model/index.ts';
import type { PacketHop, PacketRun } from '../graph/packet/types.ts';

export function packetRun(result: TraceResult | undefined, key: string): PacketRun | undefined {
  if (result === undefined || !result.ok) return undefined;
  const { hops, reason, delivered, listener } = result.trace;
  const runHops: PacketHop[] = hops.map((hop, i) => {
    const last = i === hops.length - 1;
    // The hop where a kube-proxy rule stops the packet already says so; other stops get the reason added.
    const outcome = last && !delivered && reason !== null && !hop.action.includes(reason) ? ` · ${reason}` : '';
    const caption = `${hop.src} → ${hop.dst} · ${hop.action}${outcome}`;
    const refused = last && delivered && listener?.status === 'other-port';
    return refused ? { at: hop.at, caption, warning: `most likely refused: nothing is known to listen on ${listener.port}/${listener.protocol}` } : { at: hop.at, caption };
  });
  return { key, hops: runHops };
}
