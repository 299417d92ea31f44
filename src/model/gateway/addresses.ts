/**
 * The address a Gateway's data plane listens on. A real implementation gets it from a
 * LoadBalancer Service or its cloud; here it is the address the Gateway asks for
 * (spec.addresses, type IPAddress), the one its stored status holds, or else one from
 * 198.51.100.0/24 (TEST-NET-2, RFC 5737) by a hash of the Gateway, marked simulated.
 */
import { fnv32a } from '../controllers/hash.ts';
import type { Entry } from '../objects.ts';
import type { Gateway } from './types.ts';

const POOL_BASE = '198.51.100.';
const POOL_SIZE = 254;

export function gatewayAddresses(gateways: readonly Entry<Gateway>[]): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  const pending: [string, Entry<Gateway>][] = [];
  for (const entry of gateways) {
    const key = `${entry.object.metadata.namespace ?? 'default'}/${entry.object.metadata.name ?? ''}`;
    const stated = entry.object.status?.addresses?.[0]?.value ??
      entry.object.spec.addresses?.find((a) => (a.type ?? 'IPAddress') === 'IPAddress')?.value;
    if (stated !== undefined) {
      out.set(key, stated);
      taken.add(stated);
    } else pending.push([key, entry]);
  }
  for (const [key] of pending) {
    const start = fnv32a(`Gateway/${key}`) % POOL_SIZE;
    for (let i = 0; i < POOL_SIZE; i++) {
      const candidate = `${POOL_BASE}${((start + i) % POOL_SIZE) + 1}`;
      if (taken.has(candidate)) continue;
      taken.add(candidate);
      out.set(key, candidate);
      break;
    }
  }
  return out;
}
