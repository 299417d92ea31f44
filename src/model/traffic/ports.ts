/**
 * Which Service port a client's packet is for: the destination port it carries is a service port
 * (ClusterIP, load balancer) or a nodePort, so the match is on that number and the protocol.
 */
import type { Service, ServicePort } from 'kubernetes-types/core/v1';
import type { TraceVia } from './types.ts';

export type PortMatch =
  | { readonly kind: 'port'; readonly port: ServicePort }
  /** A number no Service port answers to: the packet meets no rule for it. */
  | { readonly kind: 'unmatched'; readonly number: number; readonly protocol: string }
  | { readonly kind: 'invalid'; readonly message: string };

/** The number the client sends to for this port, on this path. */
export function clientPort(port: ServicePort, via: TraceVia): number | undefined {
  return via === 'nodeport' ? port.nodePort : port.port;
}

/** `80`, `80/UDP` or a port name; undefined means the first port. */
export function matchPort(service: Service, via: TraceVia, requested: string | undefined): PortMatch {
  const ports = service.spec?.ports ?? [];
  const name = service.metadata?.name ?? '';
  if (requested === undefined) {
    const first = ports[0];
    if (first === undefined) return { kind: 'invalid', message: `service "${name}" has no ports` };
    if (clientPort(first, via) === undefined) return { kind: 'invalid', message: `service "${name}" has no nodePort` };
    return { kind: 'port', port: first };
  }
  const numeric = /^([0-9]+)(?:\/(TCP|UDP|SCTP))?$/i.exec(requested);
  if (numeric === null) {
    const named = ports.find((p) => p.name === requested);
    if (named === undefined) return { kind: 'invalid', message: `service "${name}" has no port named "${requested}"` };
    if (clientPort(named, via) === undefined) return { kind: 'invalid', message: `service "${name}" port "${requested}" has no nodePort` };
    return { kind: 'port', port: named };
  }
  const number = Number(numeric[1]);
  const protocol = numeric[2]?.toUpperCase();
  const found = ports.find((p) => clientPort(p, via) === number && (protocol === undefined || (p.protocol ?? 'TCP') === protocol));
  return found === undefined ? { kind: 'unmatched', number, protocol: protocol ?? 'TCP' } : { kind: 'port', port: found };
}
