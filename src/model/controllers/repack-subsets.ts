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

/** canonicalJson of objects met again and again (a port shared by a thousand one-address subsets), each made once. */
function memoJson(): (value: object) => string {
  const known = new Map<object, string>();
  return (value) => {
    let json = known.get(value);
    if (json === undefined) {
      json = canonicalJson(value);
      known.set(value, json);
    }
    return json;
  };
}

function byJson<T extends object>(json: (value: object) => string): (a: T, b: T) => number {
  return (a, b) => {
    const ja = json(a);
    const jb = json(b);
    return ja < jb ? -1 : ja > jb ? 1 : 0;
  };
}

/** The subsets made take the given subsets' address objects: give it subsets of its own. */
export function repackSubsets(subsets: readonly EndpointSubset[]): EndpointSubset[] {
  const json = memoJson();
  return repackByPortLists(subsets, json) ?? repackByAddress(subsets, json);
}

/** RepackSubsets address by address, for any subsets. */
export function repackByAddress(subsets: readonly EndpointSubset[], json: (value: object) => string = memoJson()): EndpointSubset[] {
  // 1. Map each port to the addresses offering it, with their readiness (not ready trumps ready).
  const addresses = new Map<string, EndpointAddress>();
  const portAddresses = new Map<string, { port: EndpointPort | undefined; ready: Map<string, boolean> }>();
  const record = (port: EndpointPort | undefined, address: EndpointAddress, ready: boolean): void => {
    const key = addressKey(address);
    if (!addresses.has(key)) addresses.set(key, address);
    const portKey = port === undefined ? SENTINEL : json(port);
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
    if (ports.length > 0) subset.ports = ports.sort(byJson(json));
    out.push(subset);
  }
  return out.sort(byJson(json));
}

interface Member {
  readonly address: EndpointAddress;
  readonly ready: boolean;
}

/**
 * The same repacking for the subsets the Endpoints controller makes, one address each with the
 * ports its Pod offers (the Pods of one template share one ports list): a port's addresses are
 * then the members of the lists that hold it, so ports are grouped by those lists, not address by
 * address (a thousand Pods × a thousand ports was a million entries). Undefined when a subset has
 * several addresses or an address comes twice: repackSubsets then goes address by address.
 */
function repackByPortLists(subsets: readonly EndpointSubset[], json: (value: object) => string): EndpointSubset[] | undefined {
  // 1. The distinct ports lists, each with the addresses that offer it; no address twice.
  const lists = new Map<readonly EndpointPort[] | undefined, { readonly id: number; readonly members: Member[] }>();
  const seen = new Set<string>();
  for (const subset of subsets) {
    const ready = subset.addresses ?? [];
    const notReady = subset.notReadyAddresses ?? [];
    if (ready.length + notReady.length !== 1) return undefined;
    const member: Member = ready.length === 1 ? { address: ready[0] as EndpointAddress, ready: true } : { address: notReady[0] as EndpointAddress, ready: false };
    const key = addressKey(member.address);
    if (seen.has(key)) return undefined;
    seen.add(key);
    const ports = subset.ports && subset.ports.length > 0 ? subset.ports : undefined;
    const list = lists.get(ports) ?? { id: lists.size, members: [] };
    lists.set(ports, list);
    list.members.push(member);
  }
  // 2. Each port, with the lists that hold it (ids ascending, as the lists are visited in order).
  const portLists = new Map<string, { readonly port: EndpointPort | undefined; readonly ids: number[] }>();
  for (const [ports, list] of lists) {
    for (const port of ports ?? [undefined]) {
      const key = port === undefined ? SENTINEL : json(port);
      const entry = portLists.get(key) ?? { port, ids: [] };
      portLists.set(key, entry);
      if (entry.ids.at(-1) !== list.id) entry.ids.push(list.id);
    }
  }
  // 3. Ports held by the same lists reach the same addresses: one subset each.
  const groups = new Map<string, { readonly ids: readonly number[]; readonly ports: EndpointPort[] }>();
  for (const { port, ids } of portLists.values()) {
    const signature = ids.join(',');
    const group = groups.get(signature) ?? { ids, ports: [] };
    groups.set(signature, group);
    if (port !== undefined) group.ports.push(port);
  }
  const members = [...lists.values()].map((list) => list.members);
  // A list whose ports fall in several groups has its addresses in several subsets: each subset
  // after the first gets copies, so that no two subsets share an object.
  const placed = new Set<number>();
  const out: EndpointSubset[] = [];
  for (const { ids, ports } of groups.values()) {
    const subset: EndpointSubset = {};
    const readyAddresses: EndpointAddress[] = [];
    const notReadyAddresses: EndpointAddress[] = [];
    for (const id of ids) {
      const again = placed.has(id);
      placed.add(id);
      for (const member of members[id] ?? []) (member.ready ? readyAddresses : notReadyAddresses).push(again ? cloneJson(member.address) : member.address);
    }
    if (readyAddresses.length > 0) subset.addresses = readyAddresses.sort(compareAddresses);
    if (notReadyAddresses.length > 0) subset.notReadyAddresses = notReadyAddresses.sort(compareAddresses);
    if (ports.length > 0) subset.ports = ports.sort(byJson(json));
    out.push(subset);
  }
  return out.sort(byJson(json));
}
