/**
 * IP address parsing and printing as Go's `net` package does it, because CoreDNS decides record
 * types (A, AAAA or CNAME) with `net.ParseIP` and prints addresses with `net.IP.String`.
 */

/** A parsed address: 4 bytes for IPv4 (including IPv4-mapped IPv6, as Go's `To4` sees it), else 16. */
export type IpBytes = readonly number[];

/** Go `net.ParseIP` for dotted IPv4: four decimal octets, no leading zeros (Go ≥ 1.17). */
function parseIPv4(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const bytes: number[] = [];
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    bytes.push(n);
  }
  return bytes;
}

function parseGroups(s: string): number[] | undefined {
  if (s === '') return [];
  const groups: number[] = [];
  for (const group of s.split(':')) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
    groups.push(parseInt(group, 16));
  }
  return groups;
}

/** Go `net.ParseIP` for IPv6: hex groups, at most one `::`, an optional dotted IPv4 tail. */
function parseIPv6(s: string): number[] | undefined {
  let text = s;
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    // The dotted tail stands for the last two groups.
    const v4 = parseIPv4(tail);
    if (v4 === undefined) return undefined;
    const high = ((v4[0]! << 8) | v4[1]!).toString(16);
    const low = ((v4[2]! << 8) | v4[3]!).toString(16);
    text = `${text.slice(0, lastColon + 1)}${high}:${low}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  let groups: number[];
  if (halves.length === 2) {
    const head = parseGroups(halves[0]!);
    const rest = parseGroups(halves[1]!);
    if (head === undefined || rest === undefined) return undefined;
    const missing = 8 - head.length - rest.length;
    if (missing < 1) return undefined;
    groups = [...head, ...new Array<number>(missing).fill(0), ...rest];
  } else {
    const all = parseGroups(text);
    if (all === undefined || all.length !== 8) return undefined;
    groups = all;
  }
  return groups.flatMap((g) => [g >> 8, g & 0xff]);
}

/** Go `net.ParseIP(s)`, reduced with `To4()` when the address is IPv4 or IPv4-mapped IPv6. */
export function parseIP(s: string): IpBytes | undefined {
  if (!s.includes(':')) return parseIPv4(s);
  const bytes = parseIPv6(s);
  if (bytes === undefined) return undefined;
  const mapped = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  return mapped ? bytes.slice(12) : bytes;
}

/** Go `net.IP.String()`: dotted quad, or RFC 5952 text (longest zero run of 2+ groups becomes `::`). */
export function formatIP(ip: IpBytes): string {
  if (ip.length === 4) return ip.join('.');
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((ip[i]! << 8) | ip[i + 1]!);
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** The canonical text of `s` if it is an IP address, else undefined. */
export function canonicalIP(s: string): string | undefined {
  const ip = parseIP(s);
  return ip === undefined ? undefined : formatIP(ip);
}

export function isIPv4(ip: IpBytes): boolean {
  return ip.length === 4;
}

/**
 * CoreDNS plugin/pkg/dnsutil/reverse.go ExtractAddressFromReverse: the address a lower-case reverse
 * name stands for, or '' when the name is not a full address (then CoreDNS answers from Records).
 */
export function extractAddressFromReverse(name: string): string {
  if (name.endsWith('.in-addr.arpa.')) {
    // reverse(): reverse the labels, join with '.', net.ParseIP(...).To4().
    const labels = name.slice(0, -'.in-addr.arpa.'.length).split('.').reverse();
    const ip = parseIP(labels.join('.'));
    return ip !== undefined && isIPv4(ip) ? formatIP(ip) : '';
  }
  if (name.endsWith('.ip6.arpa.')) {
    // reverse6(): reverse the nibbles, join them four by four with ':', net.ParseIP(...).To16().
    const nibbles = name.slice(0, -'.ip6.arpa.'.length).split('.').reverse();
    const groups: string[] = [];
    for (let i = 0; i + 4 <= nibbles.length; i += 4) groups.push(nibbles.slice(i, i + 4).join(''));
    const ip = parseIP(groups.join(':'));
    return ip === undefined ? '' : formatIP(ip);
  }
  return '';
}

/** The PTR question name of an address: `5.1.244.10.in-addr.arpa.`, or nibbles under `ip6.arpa.`. */
export function reverseName(address: string): string | undefined {
  const ip = parseIP(address);
  if (ip === undefined) return undefined;
  if (isIPv4(ip)) return `${[...ip].reverse().join('.')}.in-addr.arpa.`;
  const nibbles = ip.flatMap((b) => [(b >> 4).toString(16), (b & 0xf).toString(16)]);
  return `${nibbles.reverse().join('.')}.ip6.arpa.`;
}
