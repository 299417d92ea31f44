/**
 * The Service ranges of the cluster a dump came from. kubeadm's defaults (10.96.0.0/12, nodePorts
 * 30000–32767) are only defaults: EKS uses 10.100.0.0/16 or 172.20.0.0/16, k3s 10.43.0.0/16, GKE a
 * /20 of its VPC, and `--service-node-port-range` may be anything. A dump's clusterIPs and
 * nodePorts were handed out by that cluster's allocator (pkg/registry/core/service/ipallocator,
 * portallocator), so they are the truth: where they leave the simulated ranges, the simulator
 * takes the ranges from them, and says so.
 *
 * - Service CIDR, per family: the smallest block holding every dumped clusterIP of the family, and
 *   the network `default/kubernetes` names (the API server takes the first address of its range,
 *   pkg/controlplane/services.go ServiceIPRange → GetIndexedIP(range, 1)); never smaller than a /24
 *   (IPv4) or /112 (IPv6), so that Services the input adds still find an address.
 * - nodePort range: widened to hold every dumped nodePort and healthCheckNodePort.
 */
import type { ClusterConfig } from '../config.ts';
import type { RawObject } from '../manifest/parse.ts';
import { cidrContains, formatCIDR, parseCIDRSloppy, type ParsedCIDR } from '../net/cidr.ts';
import { ipBits, parseIPSloppy, type IPFamily, type ParsedIP } from '../net/ip.ts';
import { asArray, asRecord, asString } from '../resources/guards.ts';

/** The smallest inferred block: room for the Services a manifest adds beside the dump. */
const MAX_PREFIX: Readonly<Record<IPFamily, number>> = { IPv4: 24, IPv6: 112 };

export interface InferredRanges {
  /** The config to build with: the caller's, with the ranges the dump needs. */
  readonly config: ClusterConfig;
  readonly serviceCIDRs?: readonly string[];
  readonly nodePortRange?: { readonly min: number; readonly max: number };
  /** The first dumped Service whose address or port lies outside the configured ranges, and the field. */
  readonly evidence?: { readonly raw: RawObject; readonly path: readonly (string | number)[] };
}

interface Stated {
  readonly raw: RawObject;
  readonly path: readonly (string | number)[];
}

/** The smallest CIDR of the family holding every address, no smaller than MAX_PREFIX. */
function enclosingCIDR(family: IPFamily, values: readonly bigint[]): ParsedCIDR {
  const bits = ipBits(family);
  let low = values[0] ?? 0n;
  let high = low;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  let prefix = MAX_PREFIX[family];
  while (prefix > 0 && low >> BigInt(bits - prefix) !== high >> BigInt(bits - prefix)) prefix -= 1;
  const hostBits = BigInt(bits - prefix);
  return { family, base: (low >> hostBits) << hostBits, prefix, size: 1n << hostBits, address: low };
}

/** Within a block, as its allocator would hand it out: not the network address, not IPv4's broadcast. */
function allocatable(cidr: ParsedCIDR, ip: ParsedIP): boolean {
  if (!cidrContains(cidr, ip)) return false;
  const offset = ip.value - cidr.base;
  return offset >= 1n && offset <= (cidr.family === 'IPv4' ? cidr.size - 2n : cidr.size - 1n);
}

function isDefaultKubernetes(raw: RawObject): boolean {
  const metadata = asRecord(raw.value.metadata);
  return raw.value.kind === 'Service' && metadata?.name === 'kubernetes' && (metadata.namespace ?? 'default') === 'default';
}

/**
 * The config that holds every dumped Service's addresses and ports. `explicit` says which ranges
 * the caller set on purpose: those are never changed.
 */
export function inferStoredRanges(
  config: ClusterConfig,
  dumped: readonly RawObject[],
  explicit: { readonly serviceCIDRs: boolean; readonly nodePortRange: boolean },
): InferredRanges {
  const ips = new Map<IPFamily, { ip: ParsedIP; at: Stated }[]>();
  const ports: { port: number; at: Stated }[] = [];
  for (const raw of dumped) {
    if (raw.value.apiVersion !== 'v1' || raw.value.kind !== 'Service') continue;
    const spec = asRecord(raw.value.spec) ?? {};
    const written = asArray(spec.clusterIPs).length > 0 ? asArray(spec.clusterIPs).map(asString) : [asString(spec.clusterIP)];
    written.forEach((text, i) => {
      const ip = parseIPSloppy(text);
      if (!ip) return;
      const path = asArray(spec.clusterIPs).length > 0 ? ['spec', 'clusterIPs', i] : ['spec', 'clusterIP'];
      const list = ips.get(ip.family) ?? [];
      list.push({ ip, at: { raw, path } });
      // The range's network address, just below the API server's own Service.
      if (isDefaultKubernetes(raw)) list.push({ ip: { family: ip.family, value: ip.value - 1n }, at: { raw, path } });
      ips.set(ip.family, list);
    });
    asArray(spec.ports).forEach((port, i) => {
      const nodePort = asRecord(port)?.nodePort;
      if (typeof nodePort === 'number' && nodePort > 0) ports.push({ port: nodePort, at: { raw, path: ['spec', 'ports', i, 'nodePort'] } });
    });
    if (typeof spec.healthCheckNodePort === 'number' && spec.healthCheckNodePort > 0) {
      ports.push({ port: spec.healthCheckNodePort, at: { raw, path: ['spec', 'healthCheckNodePort'] } });
    }
  }

  let evidence: Stated | undefined;
  let serviceCIDRs: string[] | undefined;
  if (!explicit.serviceCIDRs) {
    const configured = config.serviceCIDRs.map((text) => parseCIDRSloppy(text)).filter((cidr): cidr is ParsedCIDR => cidr !== undefined);
    const cidrs = [...configured];
    for (const [family, stated] of ips) {
      const index = cidrs.findIndex((cidr) => cidr.family === family);
      const current = cidrs[index];
      // The network address of default/kubernetes's range is no Service's address: check the others.
      const outside = stated.find(({ ip, at }) => !(current && (allocatable(current, ip) || (isDefaultKubernetes(at.raw) && cidrContains(current, ip)))));
      if (outside === undefined) continue;
      evidence ??= outside.at;
      const inferred = enclosingCIDR(family, stated.map(({ ip }) => ip.value));
      if (index >= 0) cidrs[index] = inferred;
      else cidrs.push(inferred);
    }
    if (evidence !== undefined) serviceCIDRs = cidrs.map(formatCIDR);
  }

  let nodePortRange: { min: number; max: number } | undefined;
  if (!explicit.nodePortRange) {
    const outside = ports.find(({ port }) => port < config.nodePortRange.min || port > config.nodePortRange.max);
    if (outside !== undefined) {
      evidence ??= outside.at;
      nodePortRange = { ...config.nodePortRange };
      for (const { port } of ports) {
        if (port < nodePortRange.min) nodePortRange.min = port;
        if (port > nodePortRange.max) nodePortRange.max = port;
      }
    }
  }

  return {
    config: { ...config, ...(serviceCIDRs ? { serviceCIDRs } : {}), ...(nodePortRange ? { nodePortRange } : {}) },
    ...(serviceCIDRs ? { serviceCIDRs } : {}),
    ...(nodePortRange ? { nodePortRange } : {}),
    ...(evidence ? { evidence } : {}),
  };
}
