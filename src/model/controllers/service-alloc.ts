/**
 * ClusterIP and nodePort allocation, as the Service REST storage does it before validation
 * (pkg/registry/core/service/storage/alloc.go: allocateCreate → initIPFamilyFields,
 * txnAllocClusterIPs, txnAllocNodePorts). Allocation runs first, so its errors replace field
 * validation; a Service that fails afterwards gives back what it took (the transaction's Revert).
 *
 * Where the apiserver picks at random, this picks by a hash of namespace/name with linear probing,
 * so a Service keeps its address when unrelated objects are added; values any input Service
 * requests are never handed out dynamically, so document order only matters between two explicit
 * requests (and, on a hash collision, between two dynamic picks).
 */
import type { ServicePort, ServiceSpec } from 'kubernetes-types/core/v1';
import type { ClusterConfig } from '../config.ts';
import type { FieldError } from '../diagnostics.ts';
import { formatIP, parseIPSloppy, type IPFamily } from '../net/ip.ts';
import type { Service } from '../objects.ts';
import { goStringSlice, invalid } from '../resources/index.ts';
import { initIPFamilyFields } from './service-alloc-families.ts';
import { makeRange, pickIP, pickPort, rangesByFamily, refuseIP, refusePort, type IPRange, type PortRange } from './service-alloc-pools.ts';

export interface AllocationResult {
  /** The Service with clusterIP(s), ipFamilies, ipFamilyPolicy, nodePorts and healthCheckNodePort filled in. */
  readonly service: Service;
  readonly errors: readonly FieldError[];
  /** Field paths whose values were allocated here rather than requested. */
  readonly allocated: readonly string[];
  /** Gives back what this Service took, when validation refuses it afterwards. */
  readonly revert: () => void;
  /** What this Service took: with `reserve`, a memoised admission takes it again (cluster/admission-memo.ts). */
  readonly taken: Taken;
}

/** ClusterIPs and ports one Service holds, in the order it took them. */
export interface Taken {
  readonly ips: readonly string[];
  readonly ports: readonly number[];
}

export interface ServiceAllocator {
  /**
   * `stored`: the Service comes out of a running cluster (a dump), whose allocator already gave it
   * its addresses and ports. They are kept as they are, wherever they lie (that cluster's ranges
   * may differ from the simulated one's); only a value two stored objects share is refused, as no
   * cluster can hold it twice. Values it lacks are allocated as on create.
   */
  allocate(service: Service, stored?: boolean): AllocationResult;
  /** Takes again what an earlier allocation from the same state took, without allocating. */
  reserve(taken: Taken): void;
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

/** What one Service took, so that it can be given back; and which fields were picked for it. */
class Transaction {
  readonly allocated: string[] = [];
  readonly ips: string[] = [];
  readonly ports: number[] = [];

  constructor(
    private readonly takenIPs: Set<string>,
    private readonly takenPorts: Set<number>,
  ) {}

  takeIP(ip: string): void {
    this.takenIPs.add(ip);
    this.ips.push(ip);
  }

  takePort(port: number): void {
    this.takenPorts.add(port);
    this.ports.push(port);
  }

  revert(): void {
    this.ips.forEach((ip) => this.takenIPs.delete(ip));
    this.ports.forEach((port) => this.takenPorts.delete(port));
  }
}

interface Step {
  readonly spec: ServiceSpec;
  /** A stored object's values are taken without the range checks (ServiceAllocator.allocate). */
  readonly stored: boolean;
  /** namespace/name: the seed of every dynamic pick for this Service. */
  readonly key: string;
  readonly txn: Transaction;
}

export function createServiceAllocator(config: ClusterConfig, requests: Requests): ServiceAllocator {
  const ranges = rangesByFamily(config.serviceCIDRs);
  const configured = new Set(ranges.keys());
  const defaultFamily = makeRange(config.serviceCIDRs[0] ?? '')?.cidr.family ?? 'IPv4';
  const takenIPs = new Set<string>();
  const takenPorts = new Set<number>();
  const ports: PortRange = config.nodePortRange;
  const ipTaken = (ip: string) => takenIPs.has(ip) || requests.ips.has(ip);
  const portTaken = (port: number) => takenPorts.has(port) || requests.nodePorts.has(port);

  /** 3. allocClusterIPs: none for ExternalName and headless Services. */
  const allocateClusterIPs = ({ spec, key, txn, stored }: Step): FieldError | undefined => {
    if (spec.type === 'ExternalName' || spec.clusterIPs?.[0] === 'None') return undefined;
    const ips = [...(spec.clusterIPs ?? [])];
    for (const [i, family] of (spec.ipFamilies ?? []).entries()) {
      const range: IPRange | undefined = ranges.get(family as IPFamily);
      if (!range) continue;
      const requested = ips[i];
      if (requested) {
        const ip = formatIP(parseIPSloppy(requested)!);
        const why = stored ? (takenIPs.has(ip) ? 'provided IP is already allocated' : undefined) : refuseIP(range, parseIPSloppy(requested)!, requested, takenIPs.has(ip));
        if (why) return invalid('spec.clusterIPs', { goSyntax: goStringSlice(spec.clusterIPs) }, `failed to allocate IP ${requested}: ${why}`);
        txn.takeIP(ip);
        continue;
      }
      const picked = pickIP(range, `${key}#${family}`, ipTaken);
      if (!picked) return { type: 'Invalid', field: 'spec.clusterIPs', message: 'Internal error occurred: failed to allocate a serviceIP: range is full' };
      ips[i] = picked;
      txn.takeIP(picked);
      txn.allocated.push(`spec.clusterIPs[${i}]`, ...(i === 0 ? ['spec.clusterIP'] : []));
    }
    spec.clusterIPs = ips;
    spec.clusterIP = ips[0];
    return undefined;
  };

  /** Takes a requested nodePort, or says why not (an Invalid error on the port's field). */
  const takeRequestedPort = (txn: Transaction, port: number, field: string, stored: boolean): FieldError | undefined => {
    const why = stored ? (takenPorts.has(port) ? 'provided port is already allocated' : undefined) : refusePort(ports, port, takenPorts.has(port));
    if (why) return invalid(field, port, why);
    txn.takePort(port);
    return undefined;
  };

  /** 4. initNodePorts: one nodePort per distinct port number, requested values first. */
  const allocateNodePorts = ({ spec, key, txn, stored }: Step): FieldError | undefined => {
    if (spec.type !== 'NodePort' && spec.type !== 'LoadBalancer') return undefined;
    const shouldAllocate = spec.type === 'NodePort' || spec.allocateLoadBalancerNodePorts !== false;
    const byPort = new Map<number, number>();
    const servicePorts: ServicePort[] = spec.ports ?? [];
    for (const [i, port] of servicePorts.entries()) {
      const field = `spec.ports[${i}].nodePort`;
      const requested = port.nodePort ?? 0;
      if (requested === 0 && !shouldAllocate) continue;
      const already = byPort.get(port.port);
      if (already !== undefined) {
        // Same port number, another protocol: the same nodePort, unless another one is asked for.
        if (requested === 0) port.nodePort = already;
        else if (requested !== already) {
          const error = takeRequestedPort(txn, requested, field, stored);
          if (error) return error;
        }
        continue;
      }
      // findRequestedNodePort: a later entry with the same port number may carry the request.
      const wanted = requested || servicePorts.find((p) => p.port === port.port && p.nodePort)?.nodePort || 0;
      if (wanted) {
        const error = takeRequestedPort(txn, wanted, field, stored);
        if (error) return error;
        port.nodePort = wanted;
      } else {
        // Seeded by the port's name (or place), not its number: as an update keeps a Service's
        // nodePorts, editing `port: 80` to `port: 8080` must not move the nodePort.
        const picked = pickPort(ports, `${key}#${port.name || i}`, portTaken);
        if (picked === undefined) return { type: 'Invalid', field, message: 'Internal error occurred: failed to allocate a nodePort: range is full' };
        txn.takePort(picked);
        port.nodePort = picked;
        txn.allocated.push(field);
      }
      byPort.set(port.port, port.nodePort);
    }
    return undefined;
  };

  /** 5. allocHealthCheckNodePort (apiservice.NeedsHealthCheck: LoadBalancer with externalTrafficPolicy Local). */
  const allocateHealthCheckNodePort = ({ spec, key, txn, stored }: Step): FieldError | undefined => {
    if (spec.type !== 'LoadBalancer' || spec.externalTrafficPolicy !== 'Local') return undefined;
    if (spec.healthCheckNodePort) {
      const taken = takenPorts.has(spec.healthCheckNodePort);
      const why = stored ? (taken ? 'provided port is already allocated' : undefined) : refusePort(ports, spec.healthCheckNodePort, taken);
      if (!why) txn.takePort(spec.healthCheckNodePort);
      return why
        ? { type: 'Invalid', field: 'spec.healthCheckNodePort', message: `Internal error occurred: failed to allocate requested HealthCheck NodePort ${spec.healthCheckNodePort}: ${why}` }
        : undefined;
    }
    const picked = pickPort(ports, `${key}#healthCheck`, portTaken);
    if (picked !== undefined) {
      txn.takePort(picked);
      spec.healthCheckNodePort = picked;
      txn.allocated.push('spec.healthCheckNodePort');
    }
    return undefined;
  };

  return {
    allocate(input, stored = false) {
      const service = copyForAllocation(input);
      const spec = (service.spec ??= {});
      const txn = new Transaction(takenIPs, takenPorts);
      const step: Step = { spec, key: `${service.metadata?.namespace ?? ''}/${service.metadata?.name ?? ''}`, txn, stored };

      // 1. normalizeClusterIPs (storage.go): clusterIPs follows clusterIP on create.
      if (spec.clusterIP && (!spec.clusterIPs || spec.clusterIPs.length === 0)) spec.clusterIPs = [spec.clusterIP];

      // 2. initIPFamilyFields, then 3–5.
      const errors = initIPFamilyFields(service, configured, defaultFamily, stored);
      const failure = errors.length > 0 ? undefined : (allocateClusterIPs(step) ?? allocateNodePorts(step) ?? allocateHealthCheckNodePort(step));
      if (errors.length > 0 || failure) {
        txn.revert();
        return { service, errors: failure ? [failure] : errors, allocated: [], revert: () => undefined, taken: { ips: [], ports: [] } };
      }
      return { service, errors: [], allocated: txn.allocated, revert: () => txn.revert(), taken: txn };
    },
    reserve(taken) {
      for (const ip of taken.ips) takenIPs.add(ip);
      for (const port of taken.ports) takenPorts.add(port);
    },
  };
}

/**
 * A copy of what allocation writes (spec's fields, each port's nodePort), sharing the rest with
 * `input`, which stays untouched: a deep copy of every Service cost a dump of 10,000 Services
 * about 0.3 s. The arrays allocation fills (clusterIPs, ipFamilies) are replaced, never written in place.
 */
function copyForAllocation(input: Service): Service {
  if (input.spec === undefined || input.spec === null) return { ...input };
  const { ports } = input.spec;
  const spec = Array.isArray(ports) ? { ...input.spec, ports: ports.map((port: ServicePort) => (typeof port === 'object' && port !== null ? { ...port } : port)) } : { ...input.spec };
  return { ...input, spec };
}
