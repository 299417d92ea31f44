/**
 * Reverse (PTR) names as CoreDNS reads and writes them: an address under `in-addr.arpa.` or,
 * nibble by nibble, under `ip6.arpa.`. Addresses are parsed as CoreDNS does, with Go's strict
 * net.ParseIP.
 */
import { formatIP, parseIP } from '../net/ip.ts';

/**
 * CoreDNS plugin/pkg/dnsutil/reverse.go ExtractAddressFromReverse: the address a lower-case reverse
 * name stands for, or '' when the name is not a full address (then CoreDNS answers from Records).
 */
export function extractAddressFromReverse(name: string): string {
  if (name.endsWith('.in-addr.arpa.')) {
    // reverse(): reverse the labels, join with '.', net.ParseIP(...).To4().
    const labels = name.slice(0, -'.in-addr.arpa.'.length).split('.').reverse();
    const ip = parseIP(labels.join('.'));
    return ip?.family === 'IPv4' ? formatIP(ip) : '';
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
  if (ip.family === 'IPv4') return `${formatIP(ip).split('.').reverse().join('.')}.in-addr.arpa.`;
  const nibbles = ip.value.toString(16).padStart(32, '0').split('');
  return `${nibbles.reverse().join('.')}.ip6.arpa.`;
}
