/**
 * IP and CIDR field checks shared by the validators: validation.IsValidIP, IsValidCIDR,
 * IsValidIPv4Address, IsValidIPv6Address and core's ValidateNonSpecialIP.
 */
import type { FieldError } from '../diagnostics.ts';
import { invalid } from './field-error.ts';
import { parseCIDRSloppy } from '../net/cidr.ts';
import { isLinkLocalMulticast, isLinkLocalUnicast, isLoopback, isUnspecified, parseIPSloppy } from '../net/ip.ts';

export function validateIP(field: string, value: string): FieldError[] {
  return parseIPSloppy(value) === undefined ? [invalid(field, value, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)')] : [];
}

export function validateIPv4Address(field: string, value: string): FieldError[] {
  return parseIPSloppy(value)?.family !== 'IPv4' ? [invalid(field, value, 'must be a valid IPv4 address')] : [];
}

export function validateIPv6Address(field: string, value: string): FieldError[] {
  return parseIPSloppy(value)?.family !== 'IPv6' ? [invalid(field, value, 'must be a valid IPv6 address')] : [];
}

export function validateCIDR(field: string, value: string): FieldError[] {
  return parseCIDRSloppy(value) === undefined ? [invalid(field, value, 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)')] : [];
}

/**
 * ValidateNonSpecialIP (pkg/apis/core/validation): unspecified, loopback and link-local addresses
 * make no sense as endpoints or external IPs.
 */
export function validateNonSpecialIP(field: string, value: string): FieldError[] {
  const ip = parseIPSloppy(value);
  if (ip === undefined) return [invalid(field, value, 'must be a valid IP address')];
  const errs: FieldError[] = [];
  if (isUnspecified(ip)) errs.push(invalid(field, value, `may not be unspecified (${value})`));
  if (isLoopback(ip)) errs.push(invalid(field, value, 'may not be in the loopback range (127.0.0.0/8, ::1/128)'));
  if (isLinkLocalUnicast(ip)) errs.push(invalid(field, value, 'may not be in the link-local range (169.254.0.0/16, fe80::/10)'));
  if (isLinkLocalMulticast(ip)) {
    errs.push(invalid(field, value, 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)'));
  }
  return errs;
}
