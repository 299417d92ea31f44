/**
 * Just enough IPv4 for the security question: whether an address is inside a CIDR, and an
 * address inside or outside a list of them.
 */

function toNumber(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = value * 256 + Number(part);
  }
  return value;
}

const toText = (value: number): string => [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');

interface Cidr {
  readonly base: number;
  readonly size: number;
}

function parseCidr(text: string): Cidr | undefined {
  const [ip, bits] = text.trim().split('/');
  const value = ip === undefined ? undefined : toNumber(ip);
  const prefix = bits === undefined ? 32 : Number(bits);
  if (value === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  return { base: value - (value % size), size };
}

export function inCidr(ip: string, cidr: string): boolean {
  const value = toNumber(ip);
  const range = parseCidr(cidr);
  return value !== undefined && range !== undefined && value >= range.base && value < range.base + range.size;
}

/** An address well inside the first IPv4 range (host 25 when the range is that large). */
export function addressInside(cidrs: readonly string[]): string | undefined {
  for (const cidr of cidrs) {
    const range = parseCidr(cidr);
    if (range !== undefined) return toText(range.base + Math.min(25, range.size - 1));
  }
  return undefined;
}

/** A documentation address (RFC 5737) that none of the ranges admits. */
export function addressOutside(cidrs: readonly string[]): string | undefined {
  return ['198.51.100.7', '192.0.2.7', '203.0.113.7'].find((ip) => !cidrs.some((cidr) => inCidr(ip, cidr)));
}
