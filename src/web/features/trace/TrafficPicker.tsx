import { memo } from 'react';
import type { GatewayEntry, GatewayRequest, IngressEntry, ServiceSummary } from '../../../worker/protocol.ts';
import type { PacketRequest } from '../../store/index.ts';

interface Props {
  readonly services: readonly ServiceSummary[];
  /** `namespace/name` of every Pod with an address. */
  readonly clientPods: readonly string[];
  readonly nodes: readonly string[];
  readonly entries: readonly IngressEntry[];
  readonly gatewayEntries: readonly GatewayEntry[];
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

/** Without a choice, the client follows the Service's type: a Pod for ClusterIP, the outside world otherwise. */
const DEFAULT = '';

/**
 * Which Service the animated packet goes to, on which port, from which client, and which Node
 * receives it: the knobs that traffic policies turn on.
 */
const entryLabel = (e: IngressEntry): string => `${e.host ?? '*'}${e.path}`;
/** The select's values: a Service's `svc|ns/name`, an Ingress entry's `ing|host/path`. */
const entryValue = (e: IngressEntry): string => `ing|${e.ingress}|${entryLabel(e)}`;
/** `GET app.example.com/api x-canary=true`: the request as the client sends it. */
export const requestLabel = (r: GatewayRequest): string =>
  [`${r.method ?? 'GET'} ${r.host ?? '*'}${r.path}`, ...(r.headers ?? []).map(([name, value]) => `${name}: ${value}`)].join(' ');
/** A Gateway request's value: the Gateway, the listener and the request, so an edited request is told apart. */
const requestValue = (r: GatewayRequest): string => `gw|${r.gateway}|${r.listener ?? ''}|${requestLabel(r)}`;

export const TrafficPicker = memo(function TrafficPicker({ services, clientPods, nodes, entries, gatewayEntries, packet, onSend }: Props) {
  const key = (s: ServiceSummary) => `${s.namespace}/${s.name}`;
  const current = services.find((s) => key(s) === packet?.service);
  const value =
    packet?.gateway !== undefined ? requestValue(packet.gateway)
    : packet?.entry !== undefined ? entryValue(packet.entry)
    : packet?.service !== undefined ? `svc|${packet.service}` : '';
  // A request the user edited matches no rule's own: it is offered as it stands.
  const edited = packet?.gateway !== undefined && !gatewayEntries.some((e) => requestValue(e) === value) ? packet.gateway : undefined;
  const choose = (chosen: string) => {
    const entry = entries.find((e) => entryValue(e) === chosen);
    const request = gatewayEntries.find((e) => requestValue(e) === chosen);
    if (request !== undefined) {
      const { route: _route, rule: _rule, ...gateway } = request;
      onSend({ gateway });
    } else if (entry !== undefined) onSend({ entry });
    else if (chosen.startsWith('svc|')) onSend({ service: chosen.slice('svc|'.length) });
  };
  const ports = current ? entryPorts(current) : [];
  const change = (patch: Partial<PacketRequest>) => {
    if (packet === undefined) return;
    // An empty choice means "the default": the field goes, rather than carrying ''.
    const { from, node, ...rest } = { ...packet, ...patch };
    onSend({ ...rest, ...(from ? { from } : {}), ...(node ? { node } : {}) });
  };
  return (
    <div className="traffic-picker">
      <label>
        <span>Send a packet to</span>
        <select aria-label="Service to send a packet to" value={value} onChange={(event) => choose(event.target.value)} disabled={services.length === 0}>
          {value === '' && <option value="">choose a Service</option>}
          <optgroup label="Services">
            {services.map((s) => (
              <option key={s.id} value={`svc|${key(s)}`}>
                {s.namespace}/{s.name} ({s.type})
              </option>
            ))}
          </optgroup>
          {(gatewayEntries.length > 0 || edited !== undefined) && (
            <optgroup label="Gateways">
              {gatewayEntries.map((e) => (
                <option key={`${requestValue(e)}|${e.route}|${e.rule}`} value={requestValue(e)}>
                  {requestLabel(e)} (HTTPRoute {e.route} rule {e.rule})
                </option>
              ))}
              {edited !== undefined && <option value={value}>{requestLabel(edited)} (your request to Gateway {edited.gateway})</option>}
            </optgroup>
          )}
          {entries.length > 0 && (
            <optgroup label="Ingresses">
              {entries.map((e) => (
                <option key={entryValue(e)} value={entryValue(e)}>
                  {entryLabel(e)} (Ingress {e.ingress})
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      {ports.length > 1 && (
        <select aria-label="Port" value={packet?.port ?? ports[0]?.value} onChange={(event) => change({ port: Number(event.target.value) })}>
          {ports.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      )}
      {current && (
        <label>
          <span>from</span>
          <select aria-label="Client" value={packet?.from ?? DEFAULT} onChange={(event) => change({ from: event.target.value })}>
            <option value={DEFAULT}>{current.type === 'ClusterIP' || current.type === 'Headless' || current.type === 'ExternalName' ? 'a Pod in its namespace' : 'an external client'}</option>
            <option value="external">an external client</option>
            {clientPods.map((pod) => (
              <option key={pod} value={`pod/${pod}`}>
                Pod {pod}
              </option>
            ))}
          </select>
        </label>
      )}
      {current && nodes.length > 0 && (
        <label>
          <span>via Node</span>
          <select aria-label="Receiving Node" value={packet?.node ?? DEFAULT} onChange={(event) => change({ node: event.target.value })}>
            <option value={DEFAULT}>default</option>
            {nodes.map((node) => (
              <option key={node} value={node}>
                {node}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
});
