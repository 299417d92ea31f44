import { useEffect, useMemo } from 'react';
import type { GatewayEntry, IngressEntry, ServiceSummary } from '../../../worker/protocol.ts';
import type { PacketRun } from '../graph/packet/types.ts';
import { useExplorer } from '../../store/index.ts';
import { packetRun } from './packet-run.ts';

const named = (s: ServiceSummary): string => `${s.namespace}/${s.name}`;

/**
 * The packet to animate. It follows the Service (or Ingress entry) the user chose; when there is
 * none (or it is gone), the Service a link names, else the first request a Gateway's routes answer
 * or the first Ingress entry, whose path through the Gateway or Ingress is the point of a manifest
 * that has one, else the first Service, so that the first
 * screen already moves.
 */
export function usePacketRun(
  services: readonly ServiceSummary[],
  entries: readonly IngressEntry[],
  gatewayEntries: readonly GatewayEntry[],
  wanted: string | undefined,
): PacketRun | undefined {
  const packet = useExplorer((s) => s.packet);
  const trace = useExplorer((s) => s.trace);
  const sendPacket = useExplorer((s) => s.sendPacket);
  useEffect(() => {
    if (services.length === 0) return;
    const known = (name: string | undefined) => services.some((s) => named(s) === name);
    const entryKnown = (entry: IngressEntry | undefined) => entries.some((e) => e.ingress === entry?.ingress && e.host === entry.host && e.path === entry.path);
    // A request to a Gateway stands while the Gateway does: the user may have typed its path and headers.
    const gatewayKnown = packet?.gateway !== undefined && gatewayEntries.some((e) => e.gateway === packet.gateway?.gateway);
    if (known(packet?.service) || entryKnown(packet?.entry) || gatewayKnown) return;
    const first = services[0];
    const firstRequest = gatewayEntries[0];
    if (known(wanted)) sendPacket({ service: wanted });
    else if (firstRequest !== undefined) {
      const { route: _route, rule: _rule, ...gateway } = firstRequest;
      sendPacket({ gateway });
    } else if (entries[0] !== undefined) sendPacket({ entry: entries[0] });
    else if (first !== undefined) sendPacket({ service: named(first) });
  }, [services, entries, gatewayEntries, packet, wanted, sendPacket]);
  return useMemo(() => packetRun(trace, packet === undefined ? '' : JSON.stringify(packet)), [trace, packet]);
}
