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
  for (const ip of reserved) {
    const parsed = parseIPSloppy(ip);
    if (parsed) used.add(keyOf(parsed));
  }
  const cidrsByNode = new Map<string, ParsedCIDR[]>();
  for (const node of nodes) {
    const cidrs = statedPodCidrs(node).map(parseCIDRSloppy).filter((cidr): cidr is ParsedCIDR => cidr !== undefined);
    cidrsByNode.set(node.metadata?.name ?? '', cidrs);
  }
  // A range found full stays full: allocations only ever add addresses.
  const full = new Set<ParsedCIDR>();
  const allocateIn = (cidr: ParsedCIDR, key: string): string | undefined => {
    const { first, count } = hostRange(cidr);
    if (count <= 0n || full.has(cidr)) return undefined;
    const home = BigInt(mixedHash(`${key}|${cidr.family}`)) % count;
    for (let step = 0n; step < count; step += 1n) {
      const candidate: ParsedIP = { family: cidr.family, value: first + ((home + step) % count) };
      const id = keyOf(candidate);
      if (!used.has(id)) {
        used.add(id);
        return formatIP(candidate);
      }
    }
    full.add(cidr);
    return undefined;
  };
  return {
    allocate: (nodeName, key) =>
      (cidrsByNode.get(nodeName) ?? []).map((cidr) => allocateIn(cidr, key)).filter((ip): ip is string => ip !== undefined),
  };
}
