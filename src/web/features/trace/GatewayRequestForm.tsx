import { memo, useState } from 'react';
import type { GatewayRequest } from '../../../worker/protocol.ts';

interface Props {
  readonly request: GatewayRequest;
  readonly onChange: (request: GatewayRequest) => void;
}

/** HTTPRouteMatch.method's values (apis/v1/httproute_types.go HTTPMethod). */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'] as const;

/** `x-canary: true, x-user: ann` → pairs; a part without a colon is a header with an empty value. */
export function parseHeaders(text: string): [string, string][] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const colon = part.indexOf(':');
      return colon < 0 ? [part, ''] : [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
    });
}

export const headersText = (headers: GatewayRequest['headers']): string => (headers ?? []).map(([name, value]) => `${name}: ${value}`).join(', ');

/**
 * The request a Gateway routes, as `kse trace --via gateway` takes it: host, path (with `?query`),
 * method and headers. Each change traces again, so the rule and backend follow what is typed.
 */
export const GatewayRequestForm = memo(function GatewayRequestForm({ request, onChange }: Props) {
  // The headers as typed: "x-canary:" half-written must not be rewritten under the cursor.
  const [typed, setTyped] = useState(() => headersText(request.headers));
  const [shownFor, setShownFor] = useState(request.headers);
  if (shownFor !== request.headers && headersText(request.headers) !== headersText(parseHeaders(typed))) {
    setShownFor(request.headers);
    setTyped(headersText(request.headers));
  }
  const change = (patch: Partial<GatewayRequest>) => {
    const { host, method, headers, ...rest } = { ...request, ...patch };
    onChange({ ...rest, ...(host ? { host } : {}), ...(method && method !== 'GET' ? { method } : {}), ...(headers && headers.length > 0 ? { headers } : {}) });
  };
  return (
    <fieldset className="gateway-request">
      <legend>Request to Gateway {request.gateway}</legend>
      <select aria-label="Request method" value={request.method ?? 'GET'} onChange={(event) => change({ method: event.target.value })}>
        {METHODS.map((m) => (
          <option key={m} value={m}>
            {m}
          </option>
        ))}
      </select>
      <input aria-label="Request host" placeholder="host" value={request.host ?? ''} onChange={(event) => change({ host: event.target.value.trim() })} size={18} />
      <input
        aria-label="Request path"
        placeholder="/path?query"
        value={request.path}
        onChange={(event) => change({ path: event.target.value.trim() === '' ? '/' : event.target.value.trim() })}
        size={14}
      />
      <input
        aria-label="Request headers"
        placeholder="header: value, …"
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          change({ headers: parseHeaders(event.target.value) });
        }}
        size={20}
      />
    </fieldset>
  );
});
