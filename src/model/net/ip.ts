/**
 * IP addresses as numbers, for allocation within CIDRs. Parsing follows Go's net.ParseIP
 * (dotted-quad IPv4 without leading zeros as k8s.io/utils/net's strict parser wants, IPv6 with `::`).
 */
export type IPFamily = 'IPv4' | 'IPv6';

export interface ParsedIP {
  readonly family: IPFamily;
  readonly value: bigint;
}

export function parseIP(text: string): ParsedIP | undefined {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text)) {
    const parts = text.split('.');
    // Leading zeros are refused, as netutils.ParseIPSloppy's strict sibling does since Go 1.17.
    if (parts.some((p) => Number(p) > 255 || (p.length > 1 && p.startsWith('0')))) return undefined;
    return { family: 'IPv4', value: parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n) };
  }
  if (text.includes(':')) return parseIPv6(text);
  return undefined;
}

function parseIPv6(text: string): ParsedIP | undefined {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || (text.match(/::/g)?.length ?? 0) > 1) return undefined;
  // An embedded IPv4 tail (`::ffff:10.0.0.1`) is two groups written in dotted form.
  let body = text;
  const lastColon = body.lastIndexOf(':');
  const tail = body.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = parseIP(tail);
    if (v4?.family !== 'IPv4') return undefined;
    body = `${body.slice(0, lastColon + 1)}${(v4.value >> 16n).toString(16)}:${(v4.value & 0xffffn).toString(16)}`;
  }
  const [head, rest] = body.split('::') as [string, string | undefined];
  const headGroups = head === '' ? [] : head.split(':');
  const restGroups = rest === undefined || rest === '' ? [] : rest.split(':');
  const explicit = headGroups.length + restGroups.length;
  let groups: string[];
  if (rest === undefined) {
    if (explicit !== 8) return undefined;
    groups = headGroups;
  } else {
    if (explicit > 7) return undefined;
    groups = [...headGroups, ...Array<string>(8 - explicit).fill('0'), ...restGroups];
  }
  if (groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return { family: 'IPv6', value: groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n) };
}

export function formatIP(ip: ParsedIP): string {
  if (ip.family === 'IPv4') {
    return [24n, 16n, 8n, 0n].map((shift) => String((ip.value >> shift) & 0xffn)).join('.');
  }
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) => (ip.value >> shift) & 0xffffn);
  // RFC 5952: the longest run (of at least two) zero groups becomes `::`.
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0n) { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === 0n) j++;
    if (j - i > bestLength) { bestStart = i; bestLength = j - i; }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

export interface ParsedCIDR {
  readonly family: IPFamily;
  readonly base: bigint;
  readonly prefix: number;
  /** Number of addresses in the block. */
  readonly size: bigint;
}

export function parseCIDR(text: string): ParsedCIDR | undefined {
  const [address, prefixText] = text.split('/');
  if (address === undefined || prefixText === undefined || !/^\d+$/.test(prefixText)) return undefined;
  const ip = parseIP(address);
  if (!ip) return undefined;
  const bits = ip.family === 'IPv4' ? 32 : 128;
  const prefix = Number(prefixText);
  if (prefix > bits) return undefined;
  const hostBits = BigInt(bits - prefix);
  const base = (ip.value >> hostBits) << hostBits;
  return { family: ip.family, base, prefix, size: 1n << hostBits };
}

export function cidrContains(cidr: ParsedCIDR, ip: ParsedIP): boolean {
  return cidr.family === ip.family && ip.value >= cidr.base && ip.value < cidr.base + cidr.size;
}

export function formatCIDR(cidr: ParsedCIDR): string {
  return `${formatIP({ family: cidr.family, value: cidr.base })}/${cidr.prefix}`;
}

/** 32-bit FNV-1a: the stable hash behind every deterministic choice of the simulator. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
