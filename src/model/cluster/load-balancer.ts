/**
 * The cloud controller's part: a LoadBalancer Service gets an external address in
 * `status.loadBalancer.ingress`. A real cluster gets it from the cloud (or MetalLB); here it comes
 * from 203.0.113.0/24 (TEST-NET-3, RFC 5737, reserved for documentation) by a hash of the Service,
 * and is marked simulated. An address the input states is kept as it is.
 */
import { fnv32a } from '../controllers/hash.ts';
import type { Entry, Service } from '../objects.ts';

const POOL_BASE = '203.0.113.';
const POOL_SIZE = 254;

export function assignLoadBalancerIngress(services: readonly Entry<Service>[], ipMode: boolean): Entry<Service>[] {
  const stated = new Set(
    services.flatMap((e) => e.object.status?.loadBalancer?.ingress?.map((i) => i.ip).filter((ip): ip is string => !!ip) ?? []),
  );
  return services.map((entry) => {
    const { spec, status } = entry.object;
    if (spec?.type !== 'LoadBalancer' || (status?.loadBalancer?.ingress?.length ?? 0) > 0) return entry;
    // A Service with a loadBalancerClass is left to that class's controller, which is not simulated.
    if (spec.loadBalancerClass) return entry;
    const start = fnv32a(entry.key) % POOL_SIZE;
    let ip: string | undefined;
    for (let i = 0; i < POOL_SIZE && ip === undefined; i++) {
      const candidate = `${POOL_BASE}${((start + i) % POOL_SIZE) + 1}`;
      if (!stated.has(candidate)) ip = candidate;
    }
    if (ip === undefined) return entry;
    stated.add(ip);
    // The cloud provider writes only the ip; defaulting adds ipMode VIP where LoadBalancerIPMode is on (v1.30+).
    const ingress = [ipMode ? { ip, ipMode: 'VIP' } : { ip }];
    return {
      ...entry,
      object: { ...entry.object, status: { ...status, loadBalancer: { ingress } } },
      simulated: [...entry.simulated, 'status.loadBalancer.ingress'],
    };
  });
}
