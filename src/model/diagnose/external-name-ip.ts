/**
 * An ExternalName Service is a DNS CNAME and nothing else (kubernetes.io/docs/concepts/services-networking/service/#externalname:
 * "ExternalName accepts an IPv4 address string, but treats that string as a DNS name comprised of
 * digits, not as an IP address"). Validation lets a dotted quad through as a DNS-1123 subdomain.
 */
import { parseIPSloppy } from '../net/ip.ts';
import { MESSAGES } from './messages.ts';
import type { ServiceCheck } from './finding.ts';

export const checkExternalNameIP: ServiceCheck = (entry) => {
  const spec = entry.object.spec;
  if (spec?.type !== 'ExternalName' || !spec.externalName || parseIPSloppy(spec.externalName) === undefined) return [];
  return [{ code: 'EXTERNAL_NAME_IS_IP', severity: 'warning', field: ['spec', 'externalName'], message: MESSAGES.externalNameIsIP(spec.externalName) }];
};
