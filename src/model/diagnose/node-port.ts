/**
 * kube-score `service-type`: a NodePort Service opens its port on every Node's address, past any
 * Ingress or load balancer that would otherwise be the only way in. Kubernetes is fine with it,
 * and the guide uses it for debugging, hence a note.
 */
import { MESSAGES } from './messages.ts';
import type { ServiceCheck } from './finding.ts';

export const checkNodePortExposed: ServiceCheck = (entry) => {
  const spec = entry.object.spec;
  if (spec?.type !== 'NodePort') return [];
  const ports = (spec.ports ?? []).map((port) => port.nodePort).filter((port): port is number => port !== undefined);
  return [{ code: 'NODE_PORT_EXPOSED', severity: 'info', field: ['spec', 'type'], message: MESSAGES.nodePortExposed(ports.join(', ')) }];
};
