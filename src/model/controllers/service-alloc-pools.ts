/**
 * The address and port pools behind Service allocation: ipallocator's range per IP family and
 * portallocator's nodePort range, each with the lower band that KEP-3070 (IPs) and KEP-3668
 * (nodePorts) keep for requested values. Dynamic picks hash a seed into the upper band and probe
 * forward; the lower band is used only when the upper one is full.
 */
import { cidrContains, formatCIDR, parseCIDRSloppy, type ParsedCIDR } from '../net/cidr.ts';
import { formatIP, type IPFamily, type ParsedIP } from '../net/ip.ts';
import { fnv32a } from './hash.ts';

export interface IPRange {
  readonly cidr: ParsedCIDR;
  readonly text: string;
  /** Usable offsets are 1 .. size-2 for IPv4 (network and broadcast excluded), 1 .. size-1 for IPv6. */
  readonly max: bigint;
  /** Offsets 1..staticEnd form the band kept for requested addresses. */
  readonly staticEnd: bigint;
}

export function makeRange(text: string): IPRange | undefined {
  const cidr = parseCIDRSloppy(text);
  if (!cidr) return undefined;
  const max = cidr.family === 'IPv4' ? cidr.size - 2n : cidr.size - 1n;
  // ipallocator's calculateRangeOffset: min(max(16, size/16), 256), and none for ranges of 16 or less.
  const band = cidr.size / 16n;
  const staticEnd = cidr.size <= 16n ? 0n : band < 16n ? 16n : band > 256n ? 256n : band;
  return { cidr, text: formatCIDR(cidr), max, staticEnd: staticEnd < max ? staticEnd : 0n };
}

/** The first configured range of each family (--service-cluster-ip-range). */
export function rangesByFamily(cidrs: readonly string[]): Map<IPFamily, IPRange> {
  const ranges = new Map<IPFamily, IPRange>();
  for (const text of cidrs) {
    const range = makeRange(text);
    if (range && !ranges.has(range.cidr.family)) ranges.set(range.cidr.family, range);
  }
  return ranges;
}

/** Why a requested address cannot be had (ipallocator's errors), or undefined. */
export function refuseIP(range: IPRange, ip: ParsedIP, requested: string, taken: boolean): string | undefined {
  const offset = ip.value - range.cidr.base;
  if (!cidrContains(range.cidr, ip) || offset < 1n || offset > range.max) {
    return `the provided IP (${requested}) is not in the valid range. The range of valid IPs is ${range.text}`;
  }
  return taken ? 'provided IP is already allocated' : undefined;
}

export function pickIP(range: IPRange, seed: string, taken: (ip: string) => boolean): string | undefined {
  const dynamicStart = range.staticEnd + 1n;
  const dynamicSize = range.max - dynamicStart + 1n;
  const at = (offset: bigint) => formatIP({ family: range.cidr.family, value: range.cidr.base + offset });
  if (dynamicSize > 0n) {
    const start = BigInt(fnv32a(seed)) % dynamicSize;
    // Probing stops after a bounded number of steps: the range is far larger than any input.
    const limit = dynamicSize < 1_000_000n ? dynamicSize : 1_000_000n;
    for (let i = 0n; i < limit; i++) {
      const ip = at(dynamicStart + ((start + i) % dynamicSize));
      if (!taken(ip)) return ip;
    }
  }
  for (let offset = 1n; offset <= range.staticEnd; offset++) {
    const ip = at(offset);
    if (!taken(ip)) return ip;
  }
  return undefined;
}

export interface PortRange {
  readonly min: number;
  readonly max: number;
}

/** Why a requested nodePort cannot be had (portallocator's errors), or undefined. */
export function refusePort(range: PortRange, port: number, taken: boolean): string | undefined {
  if (port < range.min || port > range.max) {
    return `provided port is not in the valid range. The range of valid ports is ${range.min}-${range.max}`;
  }
  return taken ? 'provided port is already allocated' : undefined;
}

export function pickPort(range: PortRange, seed: string, taken: (port: number) => boolean): number | undefined {
  const size = range.max - range.min + 1;
  // portallocator's calculateRangeOffset: min(max(16, size/32), 128), and none for ranges of 16 or less.
  const staticBand = size <= 16 ? 0 : Math.min(Math.max(16, Math.floor(size / 32)), 128);
  const dynamic = size - staticBand;
  const start = fnv32a(seed) % dynamic;
  for (let i = 0; i < dynamic; i++) {
    const port = range.min + staticBand + ((start + i) % dynamic);
    if (!taken(port)) return port;
  }
  for (let port = range.min; port < range.min + staticBand; port++) if (!taken(port)) return port;
  return undefined;
}
