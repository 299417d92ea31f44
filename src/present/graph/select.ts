/**
 * Which objects a view shows. By default every Service the user wrote (or a controller derived),
 * without the built-in ones every kubeadm cluster has (default/kubernetes, kube-system/kube-dns):
 * they are on every graph and say nothing about the input. Naming them in the view shows them.
 */
import type { Cluster, Entry, Gateway, HTTPRoute, Ingress, Service } from '../../model/index.ts';
import { selectGateways, type GatewaySelection } from './gateway-paths.ts';
import { ingressRoutes } from './ingress-paths.ts';
import type { GraphView } from './types.ts';

export const namespacedName = (entry: Entry<Service | Ingress>): string =>
  `${entry.object.metadata?.namespace ?? ''}/${entry.object.metadata?.name ?? ''}`;

export interface Selection {
  readonly services: readonly Entry<Service>[];
  readonly ingresses: readonly Entry<Ingress>[];
  readonly gateways: GatewaySelection;
}

const byName = <T extends Service | Ingress>(a: Entry<T>, b: Entry<T>): number => {
  const [x, y] = [namespacedName(a), namespacedName(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

export function selectObjects(cluster: Cluster, view: GraphView): Selection {
  const { service, namespaces } = view;
  if (service !== undefined) {
    return {
      services: cluster.services.filter((s) => namespacedName(s) === service),
      ingresses: cluster.ingresses.filter((i) => ingressRoutes(i.object).some((r) => r.service === service)).sort(byName),
      gateways: selectGateways(cluster, service, () => true),
    };
  }
  const shown = (entry: Entry<Service | Ingress | Gateway | HTTPRoute>): boolean =>
    namespaces === undefined ? entry.origin !== 'builtin' : namespaces.includes(entry.object.metadata?.namespace ?? '');
  return {
    services: cluster.services.filter(shown).sort(byName),
    ingresses: cluster.ingresses.filter(shown).sort(byName),
    gateways: selectGateways(cluster, undefined, shown),
  };
}
