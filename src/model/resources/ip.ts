/**
 * IP and CIDR parsing as kube-apiserver does it: k8s.io/utils/net ParseIPSloppy and
 * ParseCIDRSloppy (Go's net parser that still accepts IPv4 octets with leading zeros), the
 * net.IP predicates the validators use, and the non-standard-form warnings of
 * k8s.io/apimachinery/pkg/util/validation/ip.go (GetWarningsForIP, GetWarningsForCIDR).
 */

/** 16 bytes; IPv4 addresses are stored IPv4-mapped (::ffff:a.b.c.d), as Go's net.IP does. */
export type IPBytes = readonly number[];

const V4_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/** Dotted quad; `sloppy` accepts leading zeros, read as decimal (ParseIPSloppy). */
function parseIPv4(s: string, sloppy: boolean): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const part of parts) {
    if (!/^[0-9]{1,3}$/.test(part)) return undefined;
    if (!sloppy && part.length > 1 && part.startsWith('0')) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    out.push(n);
  }
  return out;
}

function parseIPv6(s: string, sloppy: boolean): number[] | undefined {
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const parseGroups = (text: string): number[] | undefined => {
    if (text === '') return [];
    const groups = text.split(':');
    const bytes: number[] = [];
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i] ?? '';
      if (i === groups.length - 1 && g.includes('.')) {
        const v4 = parseIPv4(g, sloppy);
        if (v4 === undefined) return undefined;
        bytes.push(...v4);
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      const n = parseInt(g, 16);
      bytes.push(n >> 8, n & 0xff);
    }
    return bytes;
  };
  const head = parseGroups(halves[0] ?? '');
  const tail = halves.length === 2 ? parseGroups(halves[1] ?? '') : [];
  if (head === undefined || tail === undefined) return undefined;
  if (halves.length === 1) return head.length === 16 ? head : undefined;
  // An ellipsis stands for at least one zero group.
  if (head.length + tail.length > 14) return undefined;
  return [...head, ...new Array<number>(16 - head.length - tail.length).fill(0), ...tail];
}

function parse(s: string, sloppy: boolean): IPBytes | undefined {
  if (s.includes(':')) return parseIPv6(s, sloppy);
  const v4 = parseIPv4(s, sloppy);
  return v4 === undefined ? undefined : [...V4_PREFIX, ...v4];
}

/** netutils.ParseIPSloppy: 16 bytes, or undefined when the text is not an IP address. */
export function parseIP(s: string): IPBytes | undefined {
  return parse(s, true);
}

/** Go's ip.To4() != nil: an IPv4 address, or an IPv4-mapped IPv6 one. */
export function isV4Bytes(ip: IPBytes): boolean {
  return V4_PREFIX.every((b, i) => ip[i] === b);
}

/** True for a valid IPv4 address (leading zeros tolerated, as the apiserver does). */
export function isIPv4(s: string): boolean {
  const ip = parseIP(s);
  return ip !== undefined && isV4Bytes(ip);
}

/** netutils.IsIPv6String: a valid address that is not IPv4 (nor IPv4-mapped). */
export function isIPv6(s: string): boolean {
  const ip = parseIP(s);
  return ip !== undefined && !isV4Bytes(ip);
}

/** net.IP.String(): dotted quad for IPv4, RFC 5952 for IPv6. */
export function formatIP(ip: IPBytes): string {
  if (isV4Bytes(ip)) return ip.slice(12).join('.');
  return formatIPv6(ip);
}

function formatIPv6(ip: IPBytes): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((ip[i] ?? 0) << 8) | (ip[i + 1] ?? 0));
  // Longest run of at least two zero groups, the first one on a tie (RFC 5952 section 4.2).
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (g: number): string => g.toString(16);
  if (bestStart < 0) return groups.map(hex).join(':');
  const head = groups.slice(0, bestStart).map(hex).join(':');
  const tail = groups.slice(bestStart + bestLen).map(hex).join(':');
  return `${head}::${tail}`;
}

/** netip.Addr.String(): like net.IP, except that an IPv4-mapped address keeps its ::ffff: form. */
function formatNetipAddr(ip: IPBytes): string {
  return isV4Bytes(ip) ? `::ffff:${ip.slice(12).join('.')}` : formatIPv6(ip);
}

export function isUnspecified(ip: IPBytes): boolean {
  return isV4Bytes(ip) ? ip.slice(12).every((b) => b === 0) : ip.every((b) => b === 0);
}

export function isLoopback(ip: IPBytes): boolean {
  if (isV4Bytes(ip)) return ip[12] === 127;
  return ip.slice(0, 15).every((b) => b === 0) && ip[15] === 1;
}

export function isLinkLocalUnicast(ip: IPBytes): boolean {
  if (isV4Bytes(ip)) return ip[12] === 169 && ip[13] === 254;
  return ip[0] === 0xfe && ((ip[1] ?? 0) & 0xc0) === 0x80;
}

export function isLinkLocalMulticast(ip: IPBytes): boolean {
  if (isV4Bytes(ip)) return ip[12] === 224 && ip[13] === 0 && ip[14] === 0;
  return ip[0] === 0xff && ((ip[1] ?? 0) & 0x0f) === 0x02;
}

export interface ParsedCIDR {
  /** The address as written. */
  readonly ip: IPBytes;
  /** The network address (host bits cleared). */
  readonly network: IPBytes;
  /** Prefix length in the address's own family (0-32 for IPv4). */
  readonly prefixLength: number;
  readonly isIPv4: boolean;
}

/** netutils.ParseCIDRSloppy */
export function parseCIDR(s: string): ParsedCIDR | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) return undefined;
  const addr = s.slice(0, slash);
  const bits = s.slice(slash + 1);
  const ip = addr.includes(':') ? parseIPv6(addr, true) : parseIPv4(addr, true);
  if (ip === undefined || !/^[0-9]{1,3}$/.test(bits)) return undefined;
  const v4 = ip.length === 4;
  const prefixLength = Number(bits);
  if (prefixLength > (v4 ? 32 : 128)) return undefined;
  const full = v4 ? [...V4_PREFIX, ...ip] : ip;
  const maskBits = v4 ? prefixLength + 96 : prefixLength;
  const network = full.map((b, i) => {
    const keep = Math.max(0, Math.min(8, maskBits - i * 8));
    return b & ((0xff << (8 - keep)) & 0xff);
  });
  return { ip: full, network, prefixLength, isIPv4: v4 };
}

export function formatCIDR(network: IPBytes, prefixLength: number): string {
  return `${formatIP(network)}/${prefixLength}`;
}

/** True when `inner` lies inside the network of `outer`. */
export function cidrContains(outer: ParsedCIDR, ip: IPBytes): boolean {
  const maskBits = outer.isIPv4 ? outer.prefixLength + 96 : outer.prefixLength;
  for (let i = 0; i < 16; i++) {
    const keep = Math.max(0, Math.min(8, maskBits - i * 8));
    const mask = (0xff << (8 - keep)) & 0xff;
    if (((ip[i] ?? 0) & mask) !== ((outer.network[i] ?? 0) & mask)) return false;
  }
  return true;
}

/** GetWarningsForIP, for a value that parses with parseIP. */
export function ipWarnings(field: string, value: string): string[] {
  const ip = parseIP(value);
  if (ip === undefined) return [];
  const strict = parse(value, false);
  if (strict === undefined || (value.includes(':') && isV4Bytes(strict))) {
    return [`${field}: non-standard IP address "${value}" will be considered invalid in a future Kubernetes release: use "${formatIP(ip)}"`];
  }
  if (value.includes(':') && formatNetipAddr(strict) !== value) {
    return [`${field}: IPv6 address "${value}" should be in RFC 5952 canonical format ("${formatNetipAddr(strict)}")`];
  }
  return [];
}

/** GetWarningsForCIDR, for a value that parses with parseCIDR. */
export function cidrWarnings(field: string, value: string): string[] {
  const cidr = parseCIDR(value);
  if (cidr === undefined) return [];
  const warnings: string[] = [];
  const canonical = formatCIDR(cidr.network, cidr.prefixLength);
  if (cidr.ip.some((b, i) => b !== cidr.network[i])) {
    const single = `${formatIP(cidr.ip)}/${cidr.isIPv4 ? 32 : 128}`;
    warnings.push(`${field}: CIDR value "${value}" is ambiguous in this context (should be "${canonical}" or "${single}"?)`);
  }
  const addr = value.slice(0, value.indexOf('/'));
  const strict = parse(addr, false);
  const bits = value.slice(value.indexOf('/') + 1);
  const strictBits = bits === '0' || !bits.startsWith('0');
  if (strict === undefined || !strictBits || (addr.includes(':') && isV4Bytes(strict))) {
    warnings.push(`${field}: non-standard CIDR value "${value}" will be considered invalid in a future Kubernetes release: use "${canonical}"`);
  }
  if (warnings.length === 0 && !cidr.isIPv4) {
    const prefix = `${formatIPv6(cidr.ip)}/${cidr.prefixLength}`;
    if (prefix !== value) {
      warnings.push(`${field}: IPv6 CIDR value "${value}" should be in RFC 5952 canonical format ("${prefix}")`);
    }
  }
  return warnings;
}
