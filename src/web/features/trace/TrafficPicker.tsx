import { memo } from 'react';
import type { ServiceSummary } from '../../../worker/protocol.ts';
import type { PacketRequest } from '../../store/index.ts';

interface Props {
  readonly services: readonly ServiceSummary[];
  readonly packet: PacketRequest | undefined;
  readonly onSend: (request: PacketRequest) => void;
}

/** The port a client sends to for each of the Service's ports: the nodePort from outside, else the port. */
function entryPorts(service: ServiceSummary): { value: number; label: string }[] {
  return service.ports.map((p) => {
    const named = p.name ? ` (${p.name})` : '';
    if (p.nodePort !== undefined && service.type === 'NodePort') return { value: p.nodePort, label: `nodePort ${p.nodePort} → port ${p.port}${named}` };
    return { value: p.port, label: `port ${p.port}/${p.protocol}${named}` };
  });
}

/** Which Service, and which of its ports, the animated packet goes to. */
export const TrafficPicker = memo(function TrafficPicker({ services, packet, onSend }: Props) {
  const key = (s: ServiceSummary) => `${s.namespace}/${s.name}`;
  const current = services.find((s) => key(s) === packet?.service);
  const ports = current ? entryPorts(current) : [];
  return (
    <div className="traffic-picker">
      <label>
        <span>Send a packet to</span>
        <select
          aria-label="Service to send a packet to"
          value={packet?.service ?? ''}
          onChange={(event) => onSend({ service: event.target.value })}
          disabled={services.length === 0}
        >
          {current === undefined && <option value="">choose a Service</option>}
          {services.map((s) => (
            <option key={s.id} value={key(s)}>
              {s.namespace}/{s.name} ({s.type})
            </option>
          ))}
        </select>
      </label>
      {ports.length > 1 && current && (
        <select
          aria-label="Port"
          value={packet?.port ?? ports[0]?.value}
          onChange={(event) => onSend({ service: key(current), port: Number(event.target.value) })}
        >
          {ports.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      )}
    </div>
  );
});
