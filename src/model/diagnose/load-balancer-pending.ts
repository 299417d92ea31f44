/**
 * The simulator plays the cloud controller (cluster/load-balancer.ts); a real cluster needs one, or
 * MetalLB, for status.loadBalancer.ingress, and `kubectl get svc` shows EXTERNAL-IP <pending>
 * until then. Only said when the address is the simulator's, not one the input states.
 */
import { MESSAGES } from './messages.ts';
import type { ServiceCheck } from './finding.ts';

export const checkLoadBalancerPending: ServiceCheck = (entry) => {
  if (entry.object.spec?.type !== 'LoadBalancer' || !entry.simulated.includes('status.loadBalancer.ingress')) return [];
  const ip = entry.object.status?.loadBalancer?.ingress?.[0]?.ip ?? '';
  return [{ code: 'LOAD_BALANCER_PENDING', severity: 'info', field: ['spec', 'type'], message: MESSAGES.loadBalancerPending(ip) }];
};
