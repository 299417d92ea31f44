/**
 * `kubectl get endpoints` and `kubectl get endpointslices` rows: pkg/printers/internalversion/
 * printers.go printEndpoints/formatEndpoints and printEndpointSlice/formatDiscoveryPorts/
 * formatDiscoveryEndpoints. Both show at most three items, then ` + N more...`.
 */
import type { Endpoints } from 'kubernetes-types/core/v1';
import type { Endpoint, EndpointSlice } from 'kubernetes-types/discovery/v1';
import { translateTimestampSince } from './human-duration.ts';
import type { TableColumn } from './table.ts';

const MAX_LISTED = 3;

export const ENDPOINTS_COLUMNS: readonly TableColumn[] = [{ name: 'Name' }, { name: 'Endpoints' }, { name: 'Age' }];

export const ENDPOINT_SLICE_COLUMNS: readonly TableColumn[] = [
  { name: 'Name' },
  { name: 'AddressType' },
  { name: 'Ports' },
  { name: 'Endpoints' },
  { name: 'Age' },
];

export function printEndpointsRow(endpoints: Endpoints, now: string): string[] {
  return [endpoints.metadata?.name ?? '', formatEndpoints(endpoints), translateTimestampSince(endpoints.metadata?.creationTimestamp, now)];
}

/**
 * printers.go formatEndpoints: ready addresses only, `ip:port` for every port of a subset (or the
 * bare IP for a subset without ports); `portName` keeps only that port, as describe uses it.
 */
export function formatEndpoints(endpoints: Endpoints, portName?: string): string {
  const subsets = endpoints.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  let more = false;
  let count = 0;
  const add = (text: string): boolean => {
    if (list.length === MAX_LISTED) {
      more = true;
      return false;
    }
    list.push(text);
    return true;
  };
  for (const subset of subsets) {
    const addresses = subset.addresses ?? [];
    const ports = subset.ports ?? [];
    if (ports.length === 0) {
      // Headless Services may have no ports.
      count += addresses.length;
      for (const address of addresses) if (!add(address.ip)) break;
      continue;
    }
    for (const port of ports) {
      if (portName !== undefined && (port.name ?? '') !== portName) continue;
      count += addresses.length;
      for (const address of addresses) if (!add(joinHostPort(address.ip, port.port))) break;
    }
  }
  return listWithMore(list, more, count, '');
}

export function printEndpointSliceRow(slice: EndpointSlice, now: string): string[] {
  return [
    slice.metadata?.name ?? '',
    slice.addressType,
    formatDiscoveryPorts(slice),
    formatDiscoveryEndpoints(slice),
    translateTimestampSince(slice.metadata?.creationTimestamp, now),
  ];
}

/** printers.go formatDiscoveryPorts: the port number, else its name, else `*`. */
export function formatDiscoveryPorts(slice: EndpointSlice): string {
  const ports = slice.ports ?? [];
  const list = ports.slice(0, MAX_LISTED).map((port) => (port.port !== undefined ? String(port.port) : (port.name ?? '*')));
  return listWithMore(list, ports.length > MAX_LISTED, ports.length, '<unset>');
}

/** printers.go formatDiscoveryEndpoints: every address of every endpoint, ready or not. */
export function formatDiscoveryEndpoints(slice: EndpointSlice): string {
  const addresses = sliceEndpoints(slice).flatMap((endpoint) => endpoint.addresses);
  return listWithMore(addresses.slice(0, MAX_LISTED), addresses.length > MAX_LISTED, addresses.length, '<unset>');
}

/** printers.go listWithMoreString; formatEndpoints leaves an empty list empty. */
function listWithMore(list: readonly string[], more: boolean, count: number, empty: string): string {
  const joined = list.join(',');
  if (more) return `${joined} + ${count - MAX_LISTED} more...`;
  return joined === '' ? empty : joined;
}

/** The API returns `endpoints: null` for a slice without endpoints, whatever the Go type says. */
export function sliceEndpoints(slice: EndpointSlice): readonly Endpoint[] {
  const endpoints: readonly Endpoint[] | null = slice.endpoints;
  return endpoints ?? [];
}

/** net.JoinHostPort: IPv6 addresses in brackets. */
export function joinHostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
