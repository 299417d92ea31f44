/**
 * "Which nodePort does Service X's port P use?": the number the manifest gives, or the one the API
 * server allocates from 30000-32767.
 */
import type { Cluster, Entry, Service } from '../../model/index.ts';
import type { Challenge } from './challenge.ts';
import { nameOf, namespaceOf, refOf } from './facts.ts';

export interface PortAsk {
  readonly service: Entry<Service>;
  readonly index: number;
}

export function portAsks(services: readonly Entry<Service>[]): PortAsk[] {
  return services
    .filter((s) => s.object.spec?.type === 'NodePort' || s.object.spec?.type === 'LoadBalancer')
    .flatMap((service) => (service.object.spec?.ports ?? []).flatMap((port, index) => (port.nodePort === undefined ? [] : [{ service, index }])));
}

export function portChallenge(cluster: Cluster, ask: PortAsk): Challenge | undefined {
  const port = ask.service.object.spec?.ports?.[ask.index];
  if (port?.nodePort === undefined) return undefined;
  const ref = refOf(ask.service);
  const allocated = ask.service.simulated.includes(`spec.ports[${ask.index}].nodePort`);
  const label = port.name !== undefined && port.name !== '' ? `${port.name} (${port.port}/${port.protocol ?? 'TCP'})` : `${port.port}/${port.protocol ?? 'TCP'}`;
  const { min: low, max: high } = cluster.config.nodePortRange;
  return {
    id: `generated:nodeport:${ref}:${port.port}/${port.protocol ?? 'TCP'}`,
    source: 'generated',
    title: `The nodePort of ${nameOf(ask.service)}`,
    question: `Which nodePort does ${ref}'s port ${label} use?`,
    answer: { kind: 'number', correct: port.nodePort },
    explanation: [
      `${port.nodePort}: every node accepts it and kube-proxy forwards it to port ${port.port}, then to targetPort ${String(port.targetPort ?? port.port)} on a Pod.`,
      allocated
        ? `The manifest leaves it out, so the API server allocates one from ${low}-${high} (simulated here: a real cluster may pick another).`
        : 'The manifest states it; the API server refuses a number outside the range or already taken.',
      ask.service.object.spec?.type === 'LoadBalancer' ? 'A LoadBalancer Service gets nodePorts too: they are where the cloud load balancer sends.' : '',
    ]
      .filter((line) => line !== '')
      .join(' '),
    reveal: { packet: { service: ref, via: 'nodeport', from: 'external', port: port.nodePort }, tab: 'kubectl', kubectl: `get svc ${nameOf(ask.service)} -n ${namespaceOf(ask.service)}`, select: `svc:${ref}` },
  };
}
