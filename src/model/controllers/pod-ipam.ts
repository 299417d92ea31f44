/**
 * Pod IPs, as a CNI's host-local IPAM hands them out from the Node's spec.podCIDRs: the first
 * address after the network (.1) is the bridge gateway, Pods start at .2. The real plugin takes
 * the next free address; the simulator takes one from a hash of the Pod's namespace/name with
 * linear probing, so a Pod keeps its IP when unrelated Pods come and go (collisions aside: the
 * Pod allocated first keeps a contested address). Addresses the input states are reserved first.
 */
import type { Node } from 'kubernetes-types/core/v1';
import { parseCIDRSloppy, type ParsedCIDR } from '../net/cidr.ts';
import { formatIP, parseIPSloppy, to4, type ParsedIP } from '../net/ip.ts';
import { mixedHash } from './hash.ts';
import { statedPodCidrs } from './node-ipam.ts';

/** IPv6 node ranges are huge; hashing into the first 65534 hosts keeps addresses short to read. */
const MAX_HOSTS = 65534n;

export interface PodIpam {
  /** IPs (one per podCIDR of the Node, in its order) for the Pod `key` on `nodeName`; empty when the Node has none left. */
  readonly allocate: (nodeName: string, key: string) => string[];
  /**
   * Addresses for `pods` Pods on `nodeName` that are counted but not materialised (pod-budget.ts):
   * each takes one address of every podCIDR with room, by count, so the ranges fill up as if they
   * were allocated one by one. Returns how many of them got an address, so run.
   */
  readonly reserve: (nodeName: string, pods: number) => number;
  /** How many more Pods on `nodeName` would get an address. */
  readonly room: (nodeName: string) => number;
}

function hostRange(cidr: ParsedCIDR): { first: bigint; count: bigint } {
  const { size } = cidr;
  // .0 is the network, .1 the gateway; IPv4 also keeps the broadcast address out.
  const count = size - (cidr.family === 'IPv4' ? 3n : 2n);
  return { first: cidr.base + 2n, count: count < MAX_HOSTS ? count : MAX_HOSTS };
}

/** An address as a set key, so probing never formats the addresses it skips; To4 makes ::ffff:a.b.c.d and a.b.c.d one. */
function keyOf(ip: ParsedIP): string {
  const { family, value } = to4(ip);
  return `${family}/${value}`;
}

export function createPodIpam(nodes: readonly Node[], reserved: readonly string[]): PodIpam {
  const used = new Set<string>();
  const stated: ParsedIP[] = [];
  for (const ip of reserved) {
    const parsed = parseIPSloppy(ip);
    if (parsed && !used.has(keyOf(parsed))) {
      used.add(keyOf(parsed));
      stated.push(to4(parsed));
    }
  }
  const cidrsByNode = new Map<string, ParsedCIDR[]>();
  for (const node of nodes) {
    const cidrs = statedPodCidrs(node).map(parseCIDRSloppy).filter((cidr): cidr is ParsedCIDR => cidr !== undefined);
    cidrsByNode.set(node.metadata?.name ?? '', cidrs);
  }
  // A range found full stays full: allocations only ever add addresses.
  const full = new Set<ParsedCIDR>();
  // Addresses in use per range, kept only for ranges that Pods counted by number take from.
  const allocated = new Map<ParsedCIDR, number>();
  const counted = new Map<ParsedCIDR, number>();
  let statedIn: Map<ParsedCIDR, number> | undefined;
  const free = (cidr: ParsedCIDR): number => {
    statedIn ??= countStated(stated, [...cidrsByNode.values()].flat());
    return Number(hostRange(cidr).count) - (statedIn.get(cidr) ?? 0) - (allocated.get(cidr) ?? 0) - (counted.get(cidr) ?? 0);
  };
  const allocateIn = (cidr: ParsedCIDR, key: string): string | undefined => {
    const { first, count } = hostRange(cidr);
    if (count <= 0n || full.has(cidr)) return undefined;
    if (counted.has(cidr) && free(cidr) <= 0) {
      full.add(cidr);
      return undefined;
    }
    const home = BigInt(mixedHash(`${key}|${cidr.family}`)) % count;
    for (let step = 0n; step < count; step += 1n) {
      const candidate: ParsedIP = { family: cidr.family, value: first + ((home + step) % count) };
      const id = keyOf(candidate);
      if (!used.has(id)) {
        used.add(id);
        allocated.set(cidr, (allocated.get(cidr) ?? 0) + 1);
        return formatIP(candidate);
      }
    }
    full.add(cidr);
    return undefined;
  };
  const reserveIn = (cidr: ParsedCIDR, pods: number): number => {
    if (full.has(cidr)) return 0;
    const room = Math.max(free(cidr), 0);
    const taken = Math.min(pods, room);
    counted.set(cidr, (counted.get(cidr) ?? 0) + taken);
    if (taken === room) full.add(cidr);
    return taken;
  };
  return {
    allocate: (nodeName, key) =>
      (cidrsByNode.get(nodeName) ?? []).map((cidr) => allocateIn(cidr, key)).filter((ip): ip is string => ip !== undefined),
    reserve: (nodeName, pods) => Math.max(0, ...(cidrsByNode.get(nodeName) ?? []).map((cidr) => reserveIn(cidr, pods))),
    room: (nodeName) => Math.max(0, ...(cidrsByNode.get(nodeName) ?? []).map((cidr) => (full.has(cidr) ? 0 : free(cidr)))),
  };
}

/**
 * How many stated addresses each range holds, in one pass: each address is looked up among the
 * ranges sorted by base (Nodes' podCIDRs do not overlap; where they do, the address counts once).
 */
function countStated(stated: readonly ParsedIP[], cidrs: readonly ParsedCIDR[]): Map<ParsedCIDR, number> {
  const counts = new Map<ParsedCIDR, number>();
  const sorted = [...new Set(cidrs)].sort((a, b) => (a.family === b.family ? (a.base < b.base ? -1 : a.base > b.base ? 1 : 0) : a.family < b.family ? -1 : 1));
  for (const ip of stated) {
    let low = 0;
    let high = sorted.length - 1;
    let found: ParsedCIDR | undefined;
    // The last range of the address's family whose base is at or below it.
    while (low <= high) {
      const middle = (low + high) >> 1;
      const cidr = sorted[middle] as ParsedCIDR;
      if (cidr.family < ip.family || (cidr.family === ip.family && cidr.base <= ip.value)) {
        if (cidr.family === ip.family) found = cidr;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (!found) continue;
    const { first, count } = hostRange(found);
    if (ip.value >= first && ip.value < first + count) counts.set(found, (counts.get(found) ?? 0) + 1);
  }
  return counts;
}
