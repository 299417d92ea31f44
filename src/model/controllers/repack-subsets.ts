/**
 * endpoints.RepackSubsets (pkg/api/v1/endpoints/util.go): one-address subsets folded into the
 * fewest subsets, grouping ports that reach the same set of addresses; an address not ready on a
 * port stays not ready there. SortSubsets orders addresses by IP then uid; ports and subsets are
 * ordered by an md5 of a Go spew dump there, by their JSON here.
 */
import type { EndpointAddress, EndpointPort, EndpointSubset } from 'kubernetes-types/core/v1';
import { canonicalJson, cloneJson } from './hash.ts';

const SENTINEL = '<no ports>';

function addressKey(address: EndpointAddress): string {
  return `${address.ip}|${address.targetRef?.uid ?? ''}`;
}

function compareAddresses(a: EndpointAddress, b: EndpointAddress): number {
  if (a.ip !== b.ip) return a.ip < b.ip ? -1 : 1;
  const ua = a.targetRef?.uid ?? '';
  const ub = b.targetRef?.uid ?? '';
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

function byJson<T>(a: T, b: T): number {
  const ja = canonicalJson(a);
  const jb = canonicalJson(b);
  return ja < jb ? -1 : ja > jb ? 1 : 0;
}

export function repackSubsets(subsets: readonly EndpointSubset[]): EndpointSubset[] {
  // 1. Map each port to the addresses offering it, with their readiness (not ready trumps ready).
  const addresses = new Map<string, EndpointAddress>();
  const portAddresses = new Map<string, { port: EndpointPort | undefined; ready: Map<string, boolean> }>();
  const record = (port: EndpointPort | undefined, address: EndpointAddress, ready: boolean): void => {
    const key = addressKey(address);
    if (!addresses.has(key)) addresses.set(key, address);
    const portKey = port === undefined ? SENTINEL : canonicalJson(port);
    const entry = portAddresses.get(portKey) ?? { port, ready: new Map<string, boolean>() };
    portAddresses.set(portKey, entry);
    if (entry.ready.get(key) !== false) entry.ready.set(key, ready);
  };
  for (const subset of subsets) {
    const ports: (EndpointPort | undefined)[] = subset.ports && subset.ports.length > 0 ? subset.ports : [undefined];
    for (const port of ports) {
      for (const address of subset.addresses ?? []) record(port, address, true);
      for (const address of subset.notReadyAddresses ?? []) record(port, address, false);
    }
  }
  // 2. Map each distinct set of (address, readiness) to the ports that reach it.
  const groups = new Map<string, { ready: Map<string, boolean>; ports: EndpointPort[] }>();
  for (const { port, ready } of portAddresses.values()) {
    const signature = [...ready].map(([key, isReady]) => `${key}=${isReady}`).sort().join(',');
    const group = groups.get(signature) ?? { ready, ports: [] };
    groups.set(signature, group);
    if (port !== undefined) group.ports.push(port);
  }
  // 3. Build the subsets the API wants, then sort them (SortSubsets).
  const out: EndpointSubset[] = [];
  for (const { ready, ports } of groups.values()) {
    const subset: EndpointSubset = {};
    const readyAddresses: EndpointAddress[] = [];
    const notReadyAddresses: EndpointAddress[] = [];
    for (const [key, isReady] of ready) {
      const address = addresses.get(key);
      if (address) (isReady ? readyAddresses : notReadyAddresses).push(cloneJson(address));
    }
    if (readyAddresses.length > 0) subset.addresses = readyAddresses.sort(compareAddresses);
    if (notReadyAddresses.length > 0) subset.notReadyAddresses = notReadyAddresses.sort(compareAddresses);
    if (ports.length > 0) subset.ports = ports.sort(byJson);
    out.push(subset);
  }
  return out.sort(byJson);
}
