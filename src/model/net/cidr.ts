/**
 * CIDR blocks as k8s.io/utils/net ParseCIDRSloppy reads them (Go's net.ParseCIDR after
 * stripping leading zeros): the apiserver's validation, its ClusterIP allocator and
 * kube-controller-manager's --cluster-cidr all parse with it.
 */
import { ipBits, parseIPAsWritten, stripLeadingZeros, V4_MAPPED_PREFIX, formatIP, type IPFamily, type ParsedIP } from './ip.ts';

export interface ParsedCIDR {
  /** The family the address is written in: its mask has 32 or 128 bits (Go's len(IPNet.Mask)). */
  readonly family: IPFamily;
  /** The network address (host bits cleared). */
  readonly base: bigint;
  readonly prefix: number;
  /** Number of addresses in the block. */
  readonly size: bigint;
  /** The address as written, host bits kept (the first result of net.ParseCIDR). */
  readonly address: bigint;
}

function parseStrict(text: string): ParsedCIDR | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIPAsWritten(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (ip === undefined || !/^[0-9]+$/.test(prefixText)) return undefined;
  const bits = ipBits(ip.family);
  const prefix = Number(prefixText);
  if (prefix > bits) return undefined;
  const hostBits = BigInt(bits - prefix);
  return { family: ip.family, base: (ip.value >> hostBits) << hostBits, prefix, size: 1n << hostBits, address: ip.value };
}

/** netutils.ParseCIDRSloppy: net.ParseCIDR, else net.ParseCIDR of the text with leading zeros stripped. */
export function parseCIDRSloppy(text: string): ParsedCIDR | undefined {
  return parseStrict(text) ?? parseStrict(stripLeadingZeros(text));
}

/** `IPNet.IP.String() + "/" + prefix`: the network address, printed as net.IP.String() does. */
export function formatCIDR(cidr: ParsedCIDR): string {
  return `${formatIP({ family: cidr.family, value: cidr.base })}/${cidr.prefix}`;
}

/**
 * net.IPNet.Contains. An IPv4 address also lies in an IPv6 block written IPv4-mapped
 * (`::ffff:10.0.0.0/104`), since Go compares both in their 16-byte form.
 */
export function cidrContains(cidr: ParsedCIDR, ip: ParsedIP): boolean {
  let value: bigint;
  if (ip.family === cidr.family) value = ip.value;
  else if (cidr.family === 'IPv6') value = V4_MAPPED_PREFIX | ip.value;
  else return false;
  return value >= cidr.base && value < cidr.base + cidr.size;
}

/** The `index`-th subnet of size `/subPrefix` inside `cidr` (cidrset.AllocateNext's arithmetic). */
export function subnetAt(cidr: ParsedCIDR, subPrefix: number, index: bigint): ParsedCIDR {
  const hostBits = BigInt(ipBits(cidr.family) - subPrefix);
  const base = cidr.base + (index << hostBits);
  return { family: cidr.family, base, prefix: subPrefix, size: 1n << hostBits, address: base };
}
