/**
 * The built-in Services beside a dump. The default cluster's `kubernetes` (10.96.0.1) and
 * `kube-dns` (10.96.0.10) are kubeadm's picks in kubeadm's range; a dump of another cluster may
 * use another range (stored-ranges.ts) or hold another Service at one of those addresses:
 * - a built-in Service whose address a dumped Service states goes: that cluster has something else
 *   there, and the dump is the truth;
 * - in an inferred range, the built-ins take the addresses kubeadm would have given them there: the
 *   API server's Service the range's first (pkg/controlplane/services.go ServiceIPRange), CoreDNS's
 *   the tenth (kubeadm cmd/kubeadm/app/constants GetDNSIP → GetIndexedIP(svcSubnet, 10));
 * - a dump that lists Pods lists the cluster's Pods: the built-in workloads (CoreDNS, kube-proxy)
 *   run none beside them. A cluster whose kube-system the dump leaves out may run other DNS and
 *   proxy Pods, or none (Cilium replaces kube-proxy), and inventing them would show Pods it lacks.
 */
import type { RawObject } from '../manifest/parse.ts';
import { cidrContains, parseCIDRSloppy } from '../net/cidr.ts';
import { formatIP, parseIPSloppy } from '../net/ip.ts';
import { asArray, asRecord, asString } from '../resources/guards.ts';

/** The index in the Service range kubeadm gives each built-in Service. */
const INDEX_IN_RANGE: Readonly<Record<string, bigint>> = { 'default/kubernetes': 1n, 'kube-system/kube-dns': 10n };

function serviceKey(raw: RawObject): string | undefined {
  if (raw.value.apiVersion !== 'v1' || raw.value.kind !== 'Service') return undefined;
  const metadata = asRecord(raw.value.metadata);
  return `${asString(metadata?.namespace) || 'default'}/${asString(metadata?.name)}`;
}

function clusterIPsOf(raw: RawObject): string[] {
  const spec = asRecord(raw.value.spec);
  return [asString(spec?.clusterIP), ...asArray(spec?.clusterIPs).map(asString)].filter((ip) => ip !== '' && ip !== 'None');
}

/** The built-in Service moved to its kubeadm address in `cidr`, when its own lies outside. */
function rebased(raw: RawObject, serviceCIDRs: readonly string[]): RawObject {
  const index = INDEX_IN_RANGE[serviceKey(raw) ?? ''];
  const primary = parseCIDRSloppy(serviceCIDRs[0] ?? '');
  const current = parseIPSloppy(clusterIPsOf(raw)[0] ?? '');
  if (index === undefined || !primary || !current || cidrContains(primary, current)) return raw;
  const ip = formatIP({ family: primary.family, value: primary.base + index });
  const spec = { ...asRecord(raw.value.spec), clusterIP: ip, clusterIPs: [ip] };
  return { ...raw, value: { ...raw.value, spec } };
}

function isWorkload(raw: RawObject): boolean {
  return raw.value.apiVersion === 'apps/v1' && ['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet'].includes(asString(raw.value.kind));
}

/** The built-ins a dump leaves in place, at addresses that fit it. */
export function builtinsBesideDump(builtins: readonly RawObject[], dumped: readonly RawObject[], serviceCIDRs: readonly string[] | undefined): RawObject[] {
  const stated = new Set<string>();
  for (const raw of dumped) {
    if (serviceKey(raw) === undefined) continue;
    for (const ip of clusterIPsOf(raw)) {
      const parsed = parseIPSloppy(ip);
      if (parsed) stated.add(formatIP(parsed));
    }
  }
  const listsPods = dumped.some((raw) => raw.value.apiVersion === 'v1' && raw.value.kind === 'Pod');
  const out: RawObject[] = [];
  for (const raw of builtins) {
    if (listsPods && isWorkload(raw)) continue;
    const moved = serviceCIDRs ? rebased(raw, serviceCIDRs) : raw;
    const taken = clusterIPsOf(moved).some((ip) => {
      const parsed = parseIPSloppy(ip);
      return parsed !== undefined && stated.has(formatIP(parsed));
    });
    if (!taken) out.push(moved);
  }
  return out;
}
