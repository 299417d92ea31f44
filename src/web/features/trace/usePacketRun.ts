import { useEffect, useMemo, useRef } from 'react';
import type { GatewayEntry, IngressEntry, ServiceSummary } from '../../../worker/protocol.ts';
import type { PacketRun } from '../graph/packet/types.ts';
import { useExplorer } from '../../store/index.ts';
import { packetRun } from './packet-run.ts';

const named = (s: ServiceSummary): string => `${s.namespace}/${s.name}`;

/**
 * The new name of the Service `name` when the user renamed it: it is gone from `after`, and one
 * Service of its namespace appeared in its place. More than one new Service is a paste, not a rename.
 */
export function renamedTo(name: string | undefined, before: readonly ServiceSummary[], after: readonly ServiceSummary[]): string | undefined {
  if (name === undefined || !before.some((s) => named(s) === name) || after.some((s) => named(s) === name)) return undefined;
  const had = new Set(before.map(named));
  const appeared = after.filter((s) => !had.has(named(s)));
  const only = appeared.length === 1 ? appeared[0] : undefined;
  return only !== undefined && only.namespace === name.slice(0, name.indexOf('/')) ? named(only) : undefined;
}

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
  const before = useRef(services);
  useEffect(() => {
    const previous = before.current;
    before.current = services;
    if (services.length === 0) return;
    // A renamed Service keeps the packet, with its port, client and Node.
    const renamed = packet?.service === undefined ? undefined : renamedTo(packet.service, previous, services);
    if (renamed !== undefined) return sendPacket({ ...packet, service: renamed });
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
