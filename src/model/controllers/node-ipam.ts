/**
 * Node podCIDRs, as kube-controller-manager's nodeipam range allocator hands them out
 * (pkg/controller/nodeipam/ipam/range_allocator.go): one --node-cidr-mask-size subnet of each
 * --cluster-cidr per Node, Nodes that already state spec.podCIDRs keep them and occupy them.
 * Like the real allocator (cidrset.AllocateNext), each Node gets the next free subnet in the order
 * Nodes register, which here is the order they are declared: the first Node of a kubeadm cluster
 * gets 10.244.0.0/24, the next 10.244.1.0/24, and so on.
 */
import type { ClusterConfig } from '../config.ts';
import type { Entry, Node } from '../objects.ts';
import { cidrContains, formatCIDR, parseCIDRSloppy, subnetAt, type ParsedCIDR } from '../net/cidr.ts';
import { ipBits, type IPFamily } from '../net/ip.ts';

/** The mask size kube-controller-manager cuts per Node: --node-cidr-mask-size-ipv4=24, -ipv6=64. */
function nodeMaskSize(family: IPFamily): number {
  return family === 'IPv4' ? 24 : 64;
}

/** How many node subnets the allocator considers; a /48 IPv6 cluster CIDR has 65536 /64s. */
const MAX_SUBNETS = 1n << 16n;

interface SubnetPool {
  readonly cidr: ParsedCIDR;
  readonly size: number;
  readonly count: bigint;
  readonly used: Set<bigint>;
}

function makePool(cidr: ParsedCIDR): SubnetPool {
  const size = Math.max(nodeMaskSize(cidr.family), cidr.prefix);
  const available = 1n << BigInt(size - cidr.prefix);
  return { cidr, size, count: available < MAX_SUBNETS ? available : MAX_SUBNETS, used: new Set() };
}

function occupy(pool: SubnetPool, stated: ParsedCIDR): void {
  if (stated.family !== pool.cidr.family || !cidrContains(pool.cidr, { family: stated.family, value: stated.base })) return;
  pool.used.add((stated.base - pool.cidr.base) >> BigInt(ipBits(pool.cidr.family) - pool.size));
}

function allocate(pool: SubnetPool): string | undefined {
  for (let index = 0n; index < pool.count; index += 1n) {
    if (!pool.used.has(index)) {
      pool.used.add(index);
      return formatCIDR(subnetAt(pool.cidr, pool.size, index));
    }
  }
  return undefined;
}

/**
 * Gives each Node without spec.podCIDRs one subnet per cluster CIDR (dual-stack: one of each
 * family, in config.podCIDRs order), in declaration order; subnets the input states are reserved
 * first and never handed out again.
 */
export function assignNodePodCidrs(nodes: readonly Entry<Node>[], config: ClusterConfig): Entry<Node>[] {
  const pools = config.podCIDRs.map(parseCIDRSloppy).filter((cidr): cidr is ParsedCIDR => cidr !== undefined).map(makePool);
  for (const entry of nodes) {
    for (const text of statedPodCidrs(entry.object)) {
      const stated = parseCIDRSloppy(text);
      if (stated) pools.forEach((pool) => occupy(pool, stated));
    }
  }
  const assigned = new Map<string, string[]>();
  const names = nodes.filter((entry) => statedPodCidrs(entry.object).length === 0).map((entry) => entry.object.metadata?.name ?? '');
  for (const name of names) {
    const cidrs = pools.map((pool) => allocate(pool)).filter((cidr): cidr is string => cidr !== undefined);
    if (cidrs.length > 0) assigned.set(name, cidrs);
  }
  return nodes.map((entry) => {
    const cidrs = assigned.get(entry.object.metadata?.name ?? '');
    if (cidrs === undefined || statedPodCidrs(entry.object).length > 0) return entry;
    const object: Node = { ...entry.object, spec: { ...entry.object.spec, podCIDR: cidrs[0], podCIDRs: cidrs } };
    return { ...entry, object, simulated: [...entry.simulated, 'spec.podCIDR', 'spec.podCIDRs'] };
  });
}

/** spec.podCIDRs, or the older single spec.podCIDR when only that is written. */
export function statedPodCidrs(node: Node): readonly string[] {
  if (node.spec?.podCIDRs && node.spec.podCIDRs.length > 0) return node.spec.podCIDRs;
  return node.spec?.podCIDR ? [node.spec.podCIDR] : [];
}
