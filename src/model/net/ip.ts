/**
 * IP addresses as Kubernetes reads and prints them. Kubernetes has two parsers, so this module
 * has two:
 * - `parseIP`: Go's net.ParseIP (Go ≥ 1.17 refuses IPv4 octets with leading zeros). CoreDNS
 *   uses it to tell an address from a name.
 * - `parseIPSloppy`: k8s.io/utils/net ParseIPSloppy (net/parse.go), which strips leading zeros
 *   and tries again, "for compat with potential stored values". kube-apiserver's validation and
 *   its allocators use it, and so do the controllers.
 * An address is a family and a number. Like Go's `ip.To4() != nil`, an IPv4-mapped IPv6 address
 * (`::ffff:10.0.0.1`) is an IPv4 address, and prints as one.
 */
export type IPFamily = 'IPv4' | 'IPv6';

export interface ParsedIP {
  readonly family: IPFamily;
  readonly value: bigint;
}

/** ::ffff:0:0/96, the IPv4-mapped block (RFC 4291 section 2.5.5.2). */
export const V4_MAPPED_PREFIX = 0xffffn << 32n;

export function ipBits(family: IPFamily): number {
  return family === 'IPv4' ? 32 : 128;
}

function parseIPv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    // netip.ParseAddr (behind net.ParseIP): at most 3 digits, no leading zero, at most 255.
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseIPv6(text: string): bigint | undefined {
  let body = text;
  const lastColon = body.lastIndexOf(':');
  const tail = body.slice(lastColon + 1);
  if (tail.includes('.')) {
    // An embedded IPv4 tail (`::ffff:10.0.0.1`) stands for the last two groups.
    const v4 = parseIPv4(tail);
    if (v4 === undefined) return undefined;
    body = `${body.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const rest = halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - rest.length;
  // Without `::` there must be 8 groups; `::` stands for at least one zero group.
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  let value = 0n;
  for (const group of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  return value;
}

/**
 * Go's parser without the To4() step: the family is the one the text is written in, so
 * `::ffff:10.0.0.1` stays a 128-bit IPv6 value. CIDRs need this (their mask length follows the text).
 */
export function parseIPAsWritten(text: string): ParsedIP | undefined {
  // Addresses come from manifests, where a required field may be missing altogether.
  if (typeof text !== 'string') return undefined;
  if (text.includes(':')) {
    const value = parseIPv6(text);
    return value === undefined ? undefined : { family: 'IPv6', value };
  }
  const value = parseIPv4(text);
  return value === undefined ? undefined : { family: 'IPv4', value };
}

/** Go's `ip.To4()`: an IPv4-mapped IPv6 address is the IPv4 address it maps. */
/** Go's To4: an IPv4-mapped IPv6 address is the IPv4 address it maps. */
export function to4(ip: ParsedIP): ParsedIP {
  return ip.family === 'IPv6' && ip.value >> 32n === 0xffffn ? { family: 'IPv4', value: ip.value & 0xffffffffn } : ip;
}

/** Go `net.ParseIP` (strict: no leading zeros), reduced with To4. */
export function parseIP(text: string): ParsedIP | undefined {
  const ip = parseIPAsWritten(text);
  return ip === undefined ? undefined : to4(ip);
}

/**
 * k8s.io/utils/net matchZeros / stripZeros: drops the leading zeros of a dotted-quad (also an
 * embedded IPv4 tail, and a CIDR's prefix length) so that Go's strict parser accepts it.
 */
export function stripLeadingZeros(text: string): string {
  return text.replace(
    /(^|:)0*(0|[1-9][0-9]*)\.0*(0|[1-9][0-9]*)\.0*(0|[1-9][0-9]*)\.0*(0|[1-9][0-9]*)((\/)0*(0|[1-9][0-9]*))?$/,
    '$1$2.$3.$4.$5$7$8',
  );
}

/**
 * The addresses parseIPSloppy has read, and what it read (null: not an address). The controllers
 * read every Pod's address several times a build, and a build runs on every keystroke: on a
 * 1,000-Pod manifest the parsing took about a tenth of the worker's answer. The answer depends on
 * the text alone, and is frozen, so sharing it changes nothing; the memo is emptied when full, as
 * a dump holds tens of thousands of addresses.
 */
const sloppyMemo = new Map<string, ParsedIP | null>();
const SLOPPY_MEMO_LIMIT = 1 << 16;

/** netutils.ParseIPSloppy: net.ParseIP, else net.ParseIP of the text with leading zeros stripped. */
export function parseIPSloppy(text: string): ParsedIP | undefined {
  if (typeof text !== 'string') return undefined;
  const known = sloppyMemo.get(text);
  if (known !== undefined) return known ?? undefined;
  const ip = parseIP(text) ?? parseIP(stripLeadingZeros(text));
  if (sloppyMemo.size >= SLOPPY_MEMO_LIMIT) sloppyMemo.clear();
  sloppyMemo.set(text, ip === undefined ? null : Object.freeze(ip));
  return ip;
}

/**
 * utilnet.IPFamilyOfString as the controllers use it (`utilnet.IsIPv6String(ip)` picks IPv6,
 * anything else counts as IPv4): IPv4-mapped addresses are IPv4.
 */
export function familyOf(text: string): IPFamily {
  return parseIPSloppy(text)?.family === 'IPv6' ? 'IPv6' : 'IPv4';
}

/** Go `net.IP.String()`: dotted quad (also for IPv4-mapped), else RFC 5952 (longest run of 2+ zero groups, the first on a tie, becomes `::`). */
export function formatIP(ip: ParsedIP): string {
  const { family, value } = to4(ip);
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

/** `net.ParseIP(s).String()`: the canonical text of an address, or undefined when `text` is not one (CoreDNS). */
export function canonicalIP(text: string): string | undefined {
  const ip = parseIP(text);
  return ip === undefined ? undefined : formatIP(ip);
}

/** `netutils.ParseIPSloppy(s).String()`, or `text` unchanged when it is not an address (the controllers). */
export function normalizeIP(text: string): string {
  const ip = parseIPSloppy(text);
  return ip === undefined ? text : formatIP(ip);
}

/** net.IP.IsUnspecified: 0.0.0.0 or ::. */
export function isUnspecified(ip: ParsedIP): boolean {
  return ip.value === 0n;
}

/** net.IP.IsLoopback: 127.0.0.0/8 or ::1. */
export function isLoopback(ip: ParsedIP): boolean {
  return ip.family === 'IPv4' ? ip.value >> 24n === 127n : ip.value === 1n;
}

/** net.IP.IsLinkLocalUnicast: 169.254.0.0/16 or fe80::/10. */
export function isLinkLocalUnicast(ip: ParsedIP): boolean {
  return ip.family === 'IPv4' ? ip.value >> 16n === 0xa9fen : ip.value >> 118n === 0x3fan;
}

/** net.IP.IsLinkLocalMulticast: 224.0.0.0/24 or ff02::/16 (any flags nibble). */
export function isLinkLocalMulticast(ip: ParsedIP): boolean {
  return ip.family === 'IPv4' ? ip.value >> 8n === 0xe00000n : ((ip.value >> 112n) & 0xff0fn) === 0xff02n;
}
