/**
 * Pod IPs, as a CNI's host-local IPAM hands them out from the Node's spec.podCIDRs: the first
 * address after the network (.1) is the bridge gateway, Pods start at .2. The real plugin takes
 * the next free address; the simulator takes one from a hash of the Pod's namespace/name with
 * linear probing, so a Pod keeps its IP when unrelated Pods come and go (collisions aside: the
 * Pod allocated first keeps a contested address). Addresses the input states are reserved first.
 */
import type { Node } from 'kubernetes-types/core/v1';
import { mixedHash } from './hash.ts';
import { bitsOf, formatIP, parseCidr, parseIP, type Cidr } from './ip.ts';
import { statedPodCidrs } from './node-ipam.ts';

/** IPv6 node ranges are huge; hashing into the first 65534 hosts keeps addresses short to read. */
const MAX_HOSTS = 65534n;

export interface PodIpam {
  /** IPs (one per podCIDR of the Node, in its order) for the Pod `key` on `nodeName`; empty when the Node has none left. */
  readonly allocate: (nodeName: string, key: string) => string[];
}

function hostRange(cidr: Cidr): { first: bigint; count: bigint } {
  const size = 1n << BigInt(bitsOf(cidr.family) - cidr.prefix);
  // .0 is the network, .1 the gateway; IPv4 also keeps the broadcast address out.
  const count = size - (cidr.family === 'IPv4' ? 3n : 2n);
  return { first: cidr.base + 2n, count: count < MAX_HOSTS ? count : MAX_HOSTS };
}

export function createPodIpam(nodes: readonly Node[], reserved: readonly string[]): PodIpam {
  const used = new Set<string>();
  for (const ip of reserved) {
    const parsed = parseIP(ip);
    if (parsed) used.add(formatIP(parsed.family, parsed.value));
  }
  const cidrsByNode = new Map<string, Cidr[]>();
  for (const node of nodes) {
    const cidrs = statedPodCidrs(node).map(parseCidr).filter((cidr): cidr is Cidr => cidr !== undefined);
    cidrsByNode.set(node.metadata?.name ?? '', cidrs);
  }
  const allocateIn = (cidr: Cidr, key: string): string | undefined => {
    const { first, count } = hostRange(cidr);
    if (count <= 0n) return undefined;
    const home = BigInt(mixedHash(`${key}|${cidr.family}`)) % count;
    for (let step = 0n; step < count; step += 1n) {
      const ip = formatIP(cidr.family, first + ((home + step) % count));
      if (!used.has(ip)) {
        used.add(ip);
        return ip;
      }
    }
    return undefined;
  };
  return {
    allocate: (nodeName, key) =>
      (cidrsByNode.get(nodeName) ?? []).map((cidr) => allocateIn(cidr, key)).filter((ip): ip is string => ip !== undefined),
  };
}
