/**
 * alloc.go initIPFamilyFields, for create: the Service's ipFamilyPolicy and ipFamilies, from what it
 * asks and what the cluster is configured for, before any address is allocated.
 */
import type { FieldError } from '../diagnostics.ts';
import { parseIPSloppy, type IPFamily } from '../net/ip.ts';
import type { Service } from '../objects.ts';
import { goStringSlice, invalid, validateClusterIPsRelatedFields } from '../resources/index.ts';

const other = (family: string): IPFamily => (family === 'IPv4' ? 'IPv6' : 'IPv4');

/**
 * Fills spec.ipFamilyPolicy and spec.ipFamilies in place; returns the errors the allocator reports.
 * A `stored` Service (from a dump) keeps the families it states: its cluster already settled them.
 */
export function initIPFamilyFields(service: Service, configured: ReadonlySet<IPFamily>, defaultFamily: IPFamily, stored = false): FieldError[] {
  const spec = service.spec!;
  if (spec.type === 'ExternalName') return [];
  const selectorless = !spec.selector || Object.keys(spec.selector).length === 0;
  const headless = spec.clusterIP === 'None';
  // Create without a policy: SingleStack, except headless + selectorless, which defaults to dual.
  spec.ipFamilyPolicy ??= headless && selectorless ? 'RequireDualStack' : 'SingleStack';

  // "Do some loose pre-validation of the input" before reading the fields.
  const pre = validateClusterIPsRelatedFields(spec as Record<string, unknown>);
  if (pre.length > 0) return pre;

  const errors: FieldError[] = [];
  const policy = spec.ipFamilyPolicy;
  if (policy === 'SingleStack') {
    const multiple = "must be 'RequireDualStack' or 'PreferDualStack' when multiple";
    if ((spec.clusterIPs?.length ?? 0) === 2) errors.push(invalid('spec.ipFamilyPolicy', policy, `${multiple} cluster IPs are specified`));
    if ((spec.ipFamilies?.length ?? 0) === 2) errors.push(invalid('spec.ipFamilyPolicy', policy, `${multiple} IP families are specified`));
  }
  // Infer ipFamilies from clusterIPs.
  const families = [...(spec.ipFamilies ?? [])];
  for (const [i, ip] of (spec.clusterIPs ?? []).entries()) {
    if (ip === 'None') break;
    const family = parseIPSloppy(ip)?.family;
    if (!family || i < families.length) continue;
    if (!configured.has(family)) errors.push(invalid(`spec.clusterIPs[${i}]`, { goSyntax: goStringSlice(spec.clusterIPs) }, `${family} is not configured on this cluster`));
    else families.push(family);
  }
  spec.ipFamilies = families;
  if (errors.length > 0) return errors;

  // Headless + selectorless may hold families the cluster lacks.
  if (headless && selectorless) {
    if (families.length === 0) families.push(defaultFamily);
    if (families.length < 2 && policy !== 'SingleStack') families.push(other(families[0]!));
    return [];
  }
  if (policy === 'RequireDualStack' && configured.size < 2) {
    errors.push(invalid('spec.ipFamilyPolicy', policy, 'this cluster is not configured for dual-stack services'));
  }
  families.forEach((family, i) => {
    if (!configured.has(family as IPFamily)) errors.push(invalid(`spec.ipFamilies[${i}]`, family, 'not configured on this cluster'));
  });
  if (errors.length > 0) return errors;
  if (families.length === 0) families.push(defaultFamily);
  else if (stored) return [];
  if (policy !== 'SingleStack' && families.length === 1 && configured.size === 2) families.push(other(families[0]!));
  return [];
}
