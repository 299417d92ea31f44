import { useEffect, useMemo } from 'react';
import type { IngressEntry, ServiceSummary } from '../../../worker/protocol.ts';
import type { PacketRun } from '../graph/packet/types.ts';
import { useExplorer } from '../../store/index.ts';
import { packetRun } from './packet-run.ts';

const named = (s: ServiceSummary): string => `${s.namespace}/${s.name}`;

/**
 * The packet to animate. It follows the Service (or Ingress entry) the user chose; when there is
 * none (or it is gone), the Service a link names, else the first Ingress entry, whose path through
 * the Ingress is the point of a manifest that has one, else the first Service, so that the first
 * screen already moves.
 */
export function usePacketRun(services: readonly ServiceSummary[], entries: readonly IngressEntry[], wanted: string | undefined): PacketRun | undefined {
  const packet = useExplorer((s) => s.packet);
  const trace = useExplorer((s) => s.trace);
  const sendPacket = useExplorer((s) => s.sendPacket);
  useEffect(() => {
    if (services.length === 0) return;
    const known = (name: string | undefined) => services.some((s) => named(s) === name);
    const entryKnown = (entry: IngressEntry | undefined) => entries.some((e) => e.ingress === entry?.ingress && e.host === entry.host && e.path === entry.path);
    if (known(packet?.service) || entryKnown(packet?.entry)) return;
    const first = services[0];
    if (known(wanted)) sendPacket({ service: wanted });
    else if (entries[0] !== undefined) sendPacket({ entry: entries[0] });
    else if (first !== undefined) sendPacket({ service: named(first) });
  }, [services, entries, packet, wanted, sendPacket]);
  return useMemo(() => packetRun(trace, packet === undefined ? '' : JSON.stringify(packet)), [trace, packet]);
}
