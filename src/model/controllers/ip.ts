/**
 * IP arithmetic for the simulated IPAM: addresses as bigints, printed as Go's net.IP.String() does
 * (dotted quad, or RFC 5952 IPv6 with the longest run of zero groups compressed).
 */

export type IPFamily = 'IPv4' | 'IPv6';

export interface Cidr {
  readonly family: IPFamily;
  /** The network address (host bits cleared). */
  readonly base: bigint;
  readonly prefix: number;
}

export function bitsOf(family: IPFamily): number {
  return family === 'IPv4' ? 32 : 128;
}

export function familyOf(ip: string): IPFamily {
  return ip.includes(':') ? 'IPv6' : 'IPv4';
}

function parseIPv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(Number(part));
  }
  return value;
}

function parseIPv6(text: string): bigint | undefined {
  let normalized = text;
  const v4Tail = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4Tail) {
    // An embedded IPv4 tail (::ffff:10.0.0.1) stands for the last two groups.
    const v4 = parseIPv4(v4Tail[2] ?? '');
    if (v4 === undefined) return undefined;
    normalized = `${v4Tail[1] ?? ''}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = normalized.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  let value = 0n;
  for (const group of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  return value;
}

/** Parses an IPv4 or IPv6 address; undefined when it is not one. */
export function parseIP(text: string): { readonly family: IPFamily; readonly value: bigint } | undefined {
  const family = familyOf(text);
  const value = family === 'IPv4' ? parseIPv4(text) : parseIPv6(text);
  if (value === undefined) return undefined;
  // An IPv4-mapped IPv6 address is an IPv4 address to Go (net.IP.To4), and prints as one.
  if (family === 'IPv6' && value >> 32n === 0xffffn) return { family: 'IPv4', value: value & 0xffffffffn };
  return { family, value };
}

/** net.IP.String(): RFC 5952 for IPv6 (longest run of two or more zero groups becomes `::`). */
export function formatIP(family: IPFamily, value: bigint): string {
  if (family === 'IPv4') return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) => Number((value >> shift) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j += 1;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** Re-prints an address the way Go would (utilnet.ParseIPSloppy + String), or returns it unchanged. */
export function normalizeIP(text: string): string {
  const parsed = parseIP(text);
  return parsed === undefined ? text : formatIP(parsed.family, parsed.value);
}

export function parseCidr(text: string): Cidr | undefined {
  const [address, prefixText] = text.split('/');
  if (address === undefined || prefixText === undefined || !/^\d+$/.test(prefixText)) return undefined;
  const parsed = parseIP(address);
  const prefix = Number(prefixText);
  if (parsed === undefined || prefix > bitsOf(parsed.family)) return undefined;
  const hostBits = BigInt(bitsOf(parsed.family) - prefix);
  return { family: parsed.family, base: (parsed.value >> hostBits) << hostBits, prefix };
}

export function formatCidr(cidr: Cidr): string {
  return `${formatIP(cidr.family, cidr.base)}/${cidr.prefix}`;
}

export function cidrContains(cidr: Cidr, family: IPFamily, value: bigint): boolean {
  if (family !== cidr.family) return false;
  const hostBits = BigInt(bitsOf(family) - cidr.prefix);
  return value >> hostBits === cidr.base >> hostBits;
}

/** The `index`-th subnet of size `/subPrefix` inside `cidr`. */
export function subnetAt(cidr: Cidr, subPrefix: number, index: bigint): Cidr {
  return { family: cidr.family, prefix: subPrefix, base: cidr.base + (index << BigInt(bitsOf(cidr.family) - subPrefix)) };
}

/** The mask size kube-controller-manager cuts per Node: --node-cidr-mask-size-ipv4=24, -ipv6=64. */
export function nodeMaskSize(family: IPFamily): number {
  return family === 'IPv4' ? 24 : 64;
}
