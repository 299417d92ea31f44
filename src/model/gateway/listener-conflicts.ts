/**
 * Listeners that conflict (apis/v1/gateway_types.go, "Distinct Listeners" and "Handling
 * indistinct Listeners"). The CRD's CEL rule already refuses two listeners with the same port,
 * protocol and hostname, so within one Gateway what is left is a port shared by protocols one
 * data-plane port cannot tell apart: plain HTTP beside TLS (HTTPS, TLS), or TCP beside either,
 * which the spec names outright ("all the Listeners that share a port with the TCP Listener are
 * not distinct"). HTTPS and TLS share a port by SNI; UDP is another transport. Every listener on
 * such a port is Conflicted with reason ProtocolConflict and is not accepted: the spec forbids
 * picking a winner.
 */
import type { Gateway, Listener } from './types.ts';

/** What shares one TCP port: a plain HTTP parser, a TLS handshake read by SNI, or raw TCP. */
function family(protocol: string): 'http' | 'tls' | 'tcp' | undefined {
  if (protocol === 'HTTP') return 'http';
  if (protocol === 'HTTPS' || protocol === 'TLS') return 'tls';
  if (protocol === 'TCP') return 'tcp';
  return undefined;
}

/** The Gateway's conflicted listeners, by name, each with the message its Conflicted condition carries. */
export function listenerConflicts(gateway: Gateway): ReadonlyMap<string, string> {
  const byPort = new Map<number, Listener[]>();
  for (const listener of gateway.spec.listeners) {
    if (family(listener.protocol) === undefined) continue;
    byPort.set(listener.port, [...(byPort.get(listener.port) ?? []), listener]);
  }
  const conflicts = new Map<string, string>();
  for (const [port, listeners] of byPort) {
    const families = new Set(listeners.map((l) => family(l.protocol)));
    if (families.size < 2) continue;
    const protocols = [...new Set(listeners.map((l) => l.protocol))].join(', ');
    for (const listener of listeners) {
      conflicts.set(listener.name, `Port ${port} is shared by listeners of protocols ${protocols}, which one port cannot tell apart`);
    }
  }
  return conflicts;
}
