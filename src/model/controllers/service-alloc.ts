/**
 * ClusterIP and nodePort allocation, as the Service REST storage does it before validation
 * (pkg/registry/core/service/storage/alloc.go: allocateCreate → initIPFamilyFields,
 * txnAllocClusterIPs, txnAllocNodePorts). Allocation runs first, so its errors replace field
 * validation; a Service that fails afterwards gives back what it took (the transaction's Revert).
 *
 * Where the apiserver picks at random, this picks by a hash of namespace/name with linear probing,
 * so a Service keeps its address when unrelated objects are added. Like the real allocators
 * (KEP-3070 for IPs, KEP-3668 for nodePorts), dynamic picks come from the upper band of the range,
 * leaving the lower band to requested values; and values any input Service requests are never
 * handed out dynamically, so documents order only matters between two explicit requests.
 */
import type { ClusterConfig } from '../config.ts';
import type { FieldError } from '../diagnostics.ts';
import { cidrContains, formatCIDR, parseCIDRSloppy, type ParsedCIDR } from '../net/cidr.ts';
import { formatIP, parseIPSloppy, type IPFamily } from '../net/ip.ts';
import { fnv32a } from './hash.ts';
import type { ServicePort } from 'kubernetes-types/core/v1';
import type { Service } from '../objects.ts';

export interface AllocationResult {
  /** The Service with clusterIP(s), ipFamilies, ipFamilyPolicy, nodePorts and healthCheckNodePort filled in. */
  readonly service: Service;
  readonly errors: readonly FieldError[];
  /** Field paths whose values were allocated here rather than requested. */
  readonly allocated: readonly string[];
  /** Gives back what this Service took, when validation refuses it afterwards. */
  readonly revert: () => void;
}

export interface ServiceAllocator {
  allocate(service: Service): AllocationResult;
}

interface IPRange {
  readonly cidr: ParsedCIDR;
  readonly text: string;
  /** Usable offsets are 1 .. size-2 for IPv4 (network and broadcast excluded), 1 .. size-1 for IPv6. */
  readonly max: bigint;
  /** Offsets 1..staticEnd form the band kept for requested addresses. */
  readonly staticEnd: bigint;
}

const invalid = (field: string, shown: string, detail: string): FieldError => ({
  type: 'Invalid',
  field,
  message: `Invalid value: ${shown}: ${detail}`,
});
const goStrings = (values: readonly string[]): string => `[]string{${values.map((v) => JSON.stringify(v)).join(', ')}}`;

function makeRange(text: string): IPRange | undefined {
  const cidr = parseCIDRSloppy(text);
  if (!cidr) return undefined;
  const max = cidr.family === 'IPv4' ? cidr.size - 2n : cidr.size - 1n;
  // ipallocator's calculateRangeOffset: min(max(16, size/16), 256).
  const band = cidr.size / 16n;
  const staticEnd = band < 16n ? 16n : band > 256n ? 256n : band;
  return { cidr, text: formatCIDR(cidr), max, staticEnd: staticEnd < max ? staticEnd : 0n };
}

/** Values requested anywhere in the input, reserved against dynamic picks. */
export interface Requests {
  readonly ips: ReadonlySet<string>;
  readonly nodePorts: ReadonlySet<number>;
}

export function collectRequests(services: readonly unknown[]): Requests {
  const ips = new Set<string>();
  const nodePorts = new Set<number>();
  for (const raw of services) {
    const spec = (raw as { spec?: { clusterIP?: unknown; clusterIPs?: unknown; ports?: unknown; healthCheckNodePort?: unknown } }).spec;
    if (!spec) continue;
    const clusterIPs: readonly unknown[] = Array.isArray(spec.clusterIPs) ? spec.clusterIPs : [];
    for (const ip of [spec.clusterIP, ...clusterIPs]) {
      const parsed = typeof ip === 'string' ? parseIPSloppy(ip) : undefined;
      if (parsed) ips.add(formatIP(parsed));
    }
    for (const port of Array.isArray(spec.ports) ? spec.ports : []) {
      const nodePort = (port as { nodePort?: unknown } | null)?.nodePort;
      if (typeof nodePort === 'number' && nodePort > 0) nodePorts.add(nodePort);
    }
    if (typeof spec.healthCheckNodePort === 'number') nodePorts.add(spec.healthCheckNodePort);
  }
  return { ips, nodePorts };
}

export function createServiceAllocator(config: ClusterConfig, requests: Requests): ServiceAllocator {
  const ranges = new Map<IPFamily, IPRange>();
  for (const text of config.serviceCIDRs) {
    const range = makeRange(text);
    if (range && !ranges.has(range.cidr.family)) ranges.set(range.cidr.family, range);
  }
  const defaultFamily = makeRange(config.serviceCIDRs[0] ?? '')?.cidr.family ?? 'IPv4';
  const takenIPs = new Set<string>();
  const takenPorts = new Set<number>();
  const { min, max } = config.nodePortRange;
  const portRangeText = `${min}-${max}`;
  // portallocator's calculateRangeOffset: min(max(16, size/32), 128).
  const portStaticBand = Math.min(Math.max(16, Math.floor((max - min + 1) / 32)), 128);

  return {
    allocate(input) {
      // Objects are plain JSON (they came from YAML), so a JSON round trip is a deep copy.
      const service = JSON.parse(JSON.stringify(input)) as Service;
      const spec = (service.spec ??= {});
      const took: { ips: string[]; ports: number[] } = { ips: [], ports: [] };
      const revert = () => {
        took.ips.forEach((ip) => takenIPs.delete(ip));
        took.ports.forEach((p) => takenPorts.delete(p));
      };
      const allocated: string[] = [];
      const fail = (errors: FieldError[]): AllocationResult => {
        revert();
        return { service, errors, allocated: [], revert: () => undefined };
      };
      const key = `${service.metadata?.namespace ?? ''}/${service.metadata?.name ?? ''}`;

      // 1. normalizeClusterIPs (storage.go): clusterIPs follows clusterIP on create.
      if (spec.clusterIP && (!spec.clusterIPs || spec.clusterIPs.length === 0)) spec.clusterIPs = [spec.clusterIP];
      else if (!spec.clusterIP && spec.clusterIPs?.[0]) spec.clusterIP = spec.clusterIPs[0];

      // 2. initIPFamilyFields.
      const familyErrors = initIPFamilyFields(service, ranges, defaultFamily);
      if (familyErrors.length > 0) return fail(familyErrors);

      // 3. allocClusterIPs: none for ExternalName and headless Services.
      if (spec.type !== 'ExternalName' && spec.clusterIPs?.[0] !== 'None') {
        const families = spec.ipFamilies ?? [];
        const ips = [...(spec.clusterIPs ?? [])];
        for (const [i, family] of families.entries()) {
          const range = ranges.get(family as IPFamily);
          if (!range) continue;
          const requested = ips[i];
          if (requested) {
            const parsed = parseIPSloppy(requested)!;
            const text = formatIP(parsed);
            const offset = parsed.value - range.cidr.base;
            const why = !cidrContains(range.cidr, parsed) || offset < 1n || offset > range.max
              ? `the provided IP (${requested}) is not in the valid range. The range of valid IPs is ${range.text}`
              : takenIPs.has(text) ? 'provided IP is already allocated' : undefined;
            if (why) return fail([invalid('spec.clusterIPs', goStrings(spec.clusterIPs ?? []), `failed to allocate IP ${requested}: ${why}`)]);
            takenIPs.add(text);
            took.ips.push(text);
          } else {
            const ip = pickIP(range, `${key}#${family}`, (text) => takenIPs.has(text) || requests.ips.has(text));
            if (!ip) return fail([{ type: 'Invalid', field: 'spec.clusterIPs', message: 'Internal error occurred: failed to allocate a serviceIP: range is full' }]);
            ips[i] = ip;
            takenIPs.add(ip);
            took.ips.push(ip);
            allocated.push(`spec.clusterIPs[${i}]`);
            if (i === 0) allocated.push('spec.clusterIP');
          }
        }
        spec.clusterIPs = ips;
        spec.clusterIP = ips[0];
      }

      // 4. initNodePorts: one nodePort per distinct port number, requested values first.
      const takePort = (port: number): string | undefined => {
        if (port < min || port > max) return `provided port is not in the valid range. The range of valid ports is ${portRangeText}`;
        if (takenPorts.has(port)) return 'provided port is already allocated';
        takenPorts.add(port);
        took.ports.push(port);
        return undefined;
      };
      const nextPort = (seed: string): number | undefined => {
        const size = max - min + 1;
        const dynamic = size - portStaticBand;
        const free = (p: number) => !takenPorts.has(p) && !requests.nodePorts.has(p);
        const start = fnv32a(seed) % dynamic;
        for (let i = 0; i < dynamic; i++) {
          const p = min + portStaticBand + ((start + i) % dynamic);
          if (free(p)) return p;
        }
        for (let p = min; p < min + portStaticBand; p++) if (free(p)) return p;
        return undefined;
      };
      if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') {
        const shouldAllocate = spec.type === 'NodePort' || spec.allocateLoadBalancerNodePorts !== false;
        const byPort = new Map<number, number>();
        const ports: ServicePort[] = spec.ports ?? [];
        for (const [i, port] of ports.entries()) {
          const requested = port.nodePort ?? 0;
          if (requested === 0 && !shouldAllocate) continue;
          const already = byPort.get(port.port);
          if (already === undefined) {
            // findRequestedNodePort: a later entry with the same port number may carry the request.
            const np = requested || ports.find((p) => p.port === port.port && p.nodePort)?.nodePort || 0;
            if (np) {
              const why = takePort(np);
              if (why) return fail([invalid(`spec.ports[${i}].nodePort`, String(np), why)]);
              port.nodePort = np;
            } else {
              const picked = nextPort(`${key}#${port.port}`);
              if (picked === undefined) return fail([{ type: 'Invalid', field: `spec.ports[${i}].nodePort`, message: 'Internal error occurred: failed to allocate a nodePort: range is full' }]);
              takePort(picked);
              port.nodePort = picked;
              allocated.push(`spec.ports[${i}].nodePort`);
            }
            byPort.set(port.port, port.nodePort);
          } else if (requested !== already) {
            if (requested === 0) port.nodePort = already;
            else {
              const why = takePort(requested);
              if (why) return fail([invalid(`spec.ports[${i}].nodePort`, String(requested), why)]);
            }
          }
        }
      }

      // 5. allocHealthCheckNodePort (apiservice.NeedsHealthCheck: LoadBalancer with externalTrafficPolicy Local).
      if (spec.type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local') {
        if (spec.healthCheckNodePort) {
          const why = takePort(spec.healthCheckNodePort);
          if (why) {
            return fail([{
              type: 'Invalid',
              field: 'spec.healthCheckNodePort',
              message: `Internal error occurred: failed to allocate requested HealthCheck NodePort ${spec.healthCheckNodePort}: ${why}`,
            }]);
          }
        } else {
          const picked = nextPort(`${key}#healthCheck`);
          if (picked !== undefined) {
            takePort(picked);
            spec.healthCheckNodePort = picked;
            allocated.push('spec.healthCheckNodePort');
          }
        }
      }
      return { service, errors: [], allocated, revert };
    },
  };
}

function pickIP(range: IPRange, seed: string, taken: (ip: string) => boolean): string | undefined {
  const dynamicStart = range.staticEnd + 1n;
  const dynamicSize = range.max - dynamicStart + 1n;
  const at = (offset: bigint) => formatIP({ family: range.cidr.family, value: range.cidr.base + offset });
  if (dynamicSize > 0n) {
    const start = BigInt(fnv32a(seed)) % dynamicSize;
    // Probing stops after a bounded number of steps: the range is far larger than any input.
    const limit = dynamicSize < 1_000_000n ? dynamicSize : 1_000_000n;
    for (let i = 0n; i < limit; i++) {
      const ip = at(dynamicStart + ((start + i) % dynamicSize));
      if (!taken(ip)) return ip;
    }
  }
  for (let offset = 1n; offset <= range.staticEnd; offset++) {
    const ip = at(offset);
    if (!taken(ip)) return ip;
  }
  return undefined;
}

/** alloc.go initIPFamilyFields, for create. */
function initIPFamilyFields(service: Service, ranges: ReadonlyMap<IPFamily, IPRange>, defaultFamily: IPFamily): FieldError[] {
  const spec = service.spec!;
  if (spec.type === 'ExternalName') return [];
  const selectorless = !spec.selector || Object.keys(spec.selector).length === 0;
  const headless = spec.clusterIP === 'None';
  spec.ipFamilyPolicy ??= headless && selectorless ? 'RequireDualStack' : 'SingleStack';

  // ValidateServiceClusterIPsRelatedFields runs here first, "loose pre-validation of the input".
  const pre = validateClusterIPsLoosely(service);
  if (pre.length > 0) return pre;

  const errors: FieldError[] = [];
  const policy = spec.ipFamilyPolicy;
  if (policy === 'SingleStack') {
    if ((spec.clusterIPs?.length ?? 0) === 2) errors.push(invalid('spec.ipFamilyPolicy', JSON.stringify(policy), "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified"));
    if ((spec.ipFamilies?.length ?? 0) === 2) errors.push(invalid('spec.ipFamilyPolicy', JSON.stringify(policy), "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified"));
  }
  const families = [...(spec.ipFamilies ?? [])];
  for (const [i, ip] of (spec.clusterIPs ?? []).entries()) {
    if (ip === 'None') break;
    const family = parseIPSloppy(ip)?.family;
    if (family && i >= families.length) {
      if (!ranges.has(family)) errors.push(invalid(`spec.clusterIPs[${i}]`, goStrings(spec.clusterIPs ?? []), `${family} is not configured on this cluster`));
      else families.push(family);
    }
  }
  spec.ipFamilies = families;
  if (errors.length > 0) return errors;

  if (headless && selectorless) {
    if (families.length === 0) families.push(defaultFamily);
    if (families.length < 2 && policy !== 'SingleStack') families.push(families[0] === 'IPv4' ? 'IPv6' : 'IPv4');
    return [];
  }
  if (policy === 'RequireDualStack' && ranges.size < 2) {
    errors.push(invalid('spec.ipFamilyPolicy', JSON.stringify(policy), 'this cluster is not configured for dual-stack services'));
  }
  families.forEach((family, i) => {
    if (!ranges.has(family as IPFamily)) errors.push(invalid(`spec.ipFamilies[${i}]`, JSON.stringify(family), 'not configured on this cluster'));
  });
  if (errors.length > 0) return errors;
  if (families.length === 0) families.push(defaultFamily);
  if (policy !== 'SingleStack' && families.length === 1 && ranges.size === 2) families.push(families[0] === 'IPv4' ? 'IPv6' : 'IPv4');
  return [];
}

/**
 * The part of ValidateServiceClusterIPsRelatedFields (pkg/apis/core/validation/validation.go)
 * that must hold before allocation can read the fields: well-formed IPs, `None` only alone.
 */
function validateClusterIPsLoosely(service: Service): FieldError[] {
  const spec = service.spec!;
  const errors: FieldError[] = [];
  const ips = spec.clusterIPs ?? [];
  if (spec.clusterIP && ips[0] !== undefined && spec.clusterIP !== ips[0]) {
    errors.push(invalid('spec.clusterIPs', goStrings(ips), 'first value must match `clusterIP`'));
  }
  ips.forEach((ip, i) => {
    if (ip === 'None') {
      if (i > 0 || ips.length > 1) errors.push(invalid(`spec.clusterIPs[${i}]`, JSON.stringify(ip), 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'));
      return;
    }
    if (!parseIPSloppy(ip)) errors.push(invalid(`spec.clusterIPs[${i}]`, JSON.stringify(ip), 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'));
  });
  const families = spec.ipFamilies ?? [];
  families.forEach((family, i) => {
    if (family !== 'IPv4' && family !== 'IPv6') {
      errors.push({ type: 'NotSupported', field: `spec.ipFamilies[${i}]`, message: `Unsupported value: ${JSON.stringify(family)}: supported values: "IPv4", "IPv6"` });
    }
  });
  return errors;
}
