import { useEffect, useMemo } from 'react';
import type { ServiceSummary } from '../../../worker/protocol.ts';
import type { PacketRun } from '../graph/packet/types.ts';
import { useExplorer } from '../../store/index.ts';
import { packetRun } from './packet-run.ts';

const named = (s: ServiceSummary): string => `${s.namespace}/${s.name}`;

/**
 * The packet to animate. It follows the Service the user chose; when there is none (or it is
 * gone), the one a link names, else the first Service, so that the first screen already moves.
 */
export function usePacketRun(services: readonly ServiceSummary[], wanted: string | undefined): PacketRun | undefined {
  const packet = useExplorer((s) => s.packet);
  const trace = useExplorer((s) => s.trace);
  const sendPacket = useExplorer((s) => s.sendPacket);
  useEffect(() => {
    if (services.length === 0) return;
    const known = (name: string | undefined) => services.some((s) => named(s) === name);
    if (known(packet?.service) || packet?.entry !== undefined) return;
    const first = services[0];
    const service = known(wanted) ? wanted : first && named(first);
    if (service !== undefined) sendPacket({ service });
  }, [services, packet, wanted, sendPacket]);
  return useMemo(() => packetRun(trace, packet === undefined ? '' : JSON.stringify(packet)), [trace, packet]);
}
