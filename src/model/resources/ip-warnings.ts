/**
 * The apiserver's warnings for IPs and CIDRs that parse only sloppily or are not in canonical form
 * (k8s.io/apimachinery/pkg/util/validation/ip.go GetWarningsForIP, GetWarningsForCIDR). A value
 * that netutils.ParseIPSloppy accepts but Go's strict parser (or netip) would not, is "non-standard".
 */
import { formatCIDR, parseCIDRSloppy } from '../net/cidr.ts';
import { formatIP, parseIP, parseIPSloppy } from '../net/ip.ts';

/** GetWarningsForIP, for a value that parses with parseIPSloppy. */
export function ipWarnings(field: string, value: string): string[] {
  const ip = parseIPSloppy(value);
  if (ip === undefined) return [];
  const strict = parseIP(value);
  // netip.ParseAddr keeps `::ffff:a.b.c.d` apart from `a.b.c.d`; the apiserver asks for the latter.
  if (strict === undefined || (value.includes(':') && strict.family === 'IPv4')) {
    return [`${field}: non-standard IP address "${value}" will be considered invalid in a future Kubernetes release: use "${formatIP(ip)}"`];
  }
  if (value.includes(':') && formatIP(strict) !== value) {
    return [`${field}: IPv6 address "${value}" should be in RFC 5952 canonical format ("${formatIP(strict)}")`];
  }
  return [];
}

/** GetWarningsForCIDR, for a value that parses with parseCIDRSloppy. */
export function cidrWarnings(field: string, value: string): string[] {
  const cidr = parseCIDRSloppy(value);
  if (cidr === undefined) return [];
  const warnings: string[] = [];
  const canonical = formatCIDR(cidr);
  const address = formatIP({ family: cidr.family, value: cidr.address });
  if (cidr.address !== cidr.base) {
    const single = `${address}/${cidr.family === 'IPv4' ? 32 : 128}`;
    warnings.push(`${field}: CIDR value "${value}" is ambiguous in this context (should be "${canonical}" or "${single}"?)`);
  }
  const addr = value.slice(0, value.indexOf('/'));
  const strict = parseIP(addr);
  const bits = value.slice(value.indexOf('/') + 1);
  // netip.ParsePrefix refuses a prefix length with leading zeros.
  const strictBits = bits === '0' || !bits.startsWith('0');
  if (strict === undefined || !strictBits || (addr.includes(':') && strict.family === 'IPv4')) {
    warnings.push(`${field}: non-standard CIDR value "${value}" will be considered invalid in a future Kubernetes release: use "${canonical}"`);
  }
  if (warnings.length === 0 && cidr.family === 'IPv6') {
    const prefix = `${address}/${cidr.prefix}`;
    if (prefix !== value) {
      warnings.push(`${field}: IPv6 CIDR value "${value}" should be in RFC 5952 canonical format ("${prefix}")`);
    }
  }
  return warnings;
}
