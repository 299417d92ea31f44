/**
 * How a Service's traffic spreads over Nodes, from its ready endpoints as kube-proxy reads them
 * (pkg/proxy/endpointslicecache.go: one family, deduplicated by address, ready unless the slice
 * says ready: false) and the traffic policies (pkg/proxy/topology.go CategorizeEndpoints):
 * - externalTrafficPolicy: Local keeps external traffic on the Node it arrives at, and a load
 *   balancer sends to every Node whose health check passes (those with a local endpoint) alike,
 *   so each such Node takes an equal share however many Pods it runs;
 * - internalTrafficPolicy: Local keeps in-cluster traffic on the client's Node, and drops it when
 *   that Node has no endpoint.
 */
import { formatCount } from '../controllers/format-count.ts';
import type { Pod, PodSample, Service } from '../objects.ts';
import { isServiceIPSet } from '../controllers/endpoint-slice-controller.ts';
import type { ClusterIndex } from './cluster-index.ts';
import { listNames, percent, type ServiceCheck } from './finding.ts';
import { MESSAGES } from './messages.ts';

/** kube-proxy's informers skip slices a different proxy implements (cmd/kube-proxy/app/server.go). */
const LABEL_SERVICE_PROXY_NAME = 'service.kubernetes.io/service-proxy-name';

interface Spread {
  /** Node name → the names of the ready endpoints on it (Pod names, else addresses). */
  readonly byNode: ReadonlyMap<string, readonly string[]>;
  /** Node name → how many ready endpoints there are, the Pods only counted (pod-budget.ts) included. */
  readonly counts: ReadonlyMap<string, number>;
  /** Ready endpoints that name no Node: never local to any. */
  readonly nodeless: number;
}

function spreadOf(service: Service, index: ClusterIndex, selected: readonly Pod[]): Spread {
  const family = service.spec?.ipFamilies?.[0] ?? ((service.spec?.clusterIP ?? '').includes(':') ? 'IPv6' : 'IPv4');
  const byNode = new Map<string, string[]>();
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  let nodeless = 0;
  for (const slice of index.slicesOf(service.metadata?.namespace ?? 'default', service.metadata?.name ?? '')) {
    if (slice.addressType !== family || slice.metadata?.labels?.[LABEL_SERVICE_PROXY_NAME] !== undefined) continue;
    for (const endpoint of slice.endpoints ?? []) {
      const address = endpoint.addresses[0];
      if (address === undefined || endpoint.conditions?.ready === false || seen.has(address)) continue;
      seen.add(address);
      if (!endpoint.nodeName) {
        nodeless += 1;
        continue;
      }
      const names = byNode.get(endpoint.nodeName);
      const name = endpoint.targetRef?.kind === 'Pod' && endpoint.targetRef.name ? endpoint.targetRef.name : address;
      if (names) names.push(name);
      else byNode.set(endpoint.nodeName, [name]);
      counts.set(endpoint.nodeName, (counts.get(endpoint.nodeName) ?? 0) + 1);
    }
  }
  // The selected Pods' workloads may count ready Pods they did not materialise: they are endpoints too.
  const samples = new Set(selected.map((pod) => index.sampleOf(pod)).filter((sample): sample is PodSample => sample !== undefined));
  for (const { node, ready } of [...samples].flatMap((sample) => sample.unsimulated)) {
    if (node !== '' && ready > 0) counts.set(node, (counts.get(node) ?? 0) + ready);
  }
  return { byNode, counts, nodeless };
}

/** `web-1a, web-1b, web-1c and 997 more`: the names known, and the count of all. */
function someNames(names: readonly string[], total: number): string {
  const shown = [...names].sort().slice(0, 3);
  return total > shown.length ? `${shown.join(', ')} and ${formatCount(total - shown.length)} more` : shown.join(', ');
}

/** Traffic policies only mean something to a Service kube-proxy programs: one with a cluster IP. */
function proxied(service: Service): boolean {
  return service.spec?.type !== 'ExternalName' && isServiceIPSet(service);
}

export const checkExternalTrafficImbalance: ServiceCheck = (entry, selected, context) => {
  const spec = entry.object.spec;
  if ((spec?.type !== 'NodePort' && spec?.type !== 'LoadBalancer') || spec.externalTrafficPolicy !== 'Local' || !proxied(entry.object)) return [];
  const { counts: perNode } = spreadOf(entry.object, context.index, selected);
  const counts = new Set(perNode.values());
  if (counts.size < 2) return [];
  const noun = Object.keys(spec.selector ?? {}).length > 0 ? 'Pod' : 'endpoint';
  const nodeShare = 1 / perNode.size;
  // Fewest endpoints first: theirs is the heaviest load.
  const groups = [...counts].sort((a, b) => a - b).map((n) => {
    const nodes = [...perNode].filter(([, m]) => m === n).map(([node]) => node).sort();
    const share = percent(nodeShare / n);
    if (nodes.length > 1) return `${listNames(nodes, 2)} have ${`${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`} each, at ${share} per ${noun}`;
    return `${nodes[0] ?? ''} has ${`${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`} taking ${share}${n > 1 ? ' each' : ''}`;
  });
  return [{
    code: 'EXTERNAL_TRAFFIC_LOCAL_IMBALANCE',
    severity: 'info',
    field: ['spec', 'externalTrafficPolicy'],
    // Semicolons: a group may list several Nodes.
    message: MESSAGES.externalTrafficImbalance(percent(nodeShare), `${groups.slice(0, 4).join('; ')}${groups.length > 4 ? `; and ${groups.length - 4} more` : ''}`),
  }];
};

export const checkInternalTrafficUnserved: ServiceCheck = (entry, selected, context) => {
  const spec = entry.object.spec;
  if (spec?.internalTrafficPolicy !== 'Local' || !proxied(entry.object)) return [];
  const { counts, nodeless } = spreadOf(entry.object, context.index, selected);
  // With no ready endpoint anywhere, other findings say why; every client fails alike.
  if (counts.size === 0 && nodeless === 0) return [];
  const unserved = context.index.workerNodes.filter((node) => !counts.has(node));
  if (unserved.length === 0) return [];
  return [{
    code: 'INTERNAL_TRAFFIC_LOCAL_UNSERVED_NODES',
    severity: 'warning',
    field: ['spec', 'internalTrafficPolicy'],
    message: MESSAGES.internalTrafficUnserved(listNames(unserved), unserved.length === 1),
  }];
};

export const checkEndpointsOnOneNode: ServiceCheck = (entry, selected, context) => {
  if (entry.object.spec?.type === 'ExternalName' || context.index.workerNodes.length < 2) return [];
  const { byNode, counts, nodeless } = spreadOf(entry.object, context.index, selected);
  const [only] = counts;
  if (counts.size !== 1 || nodeless > 0 || only === undefined || only[1] < 2) return [];
  const [node, total] = only;
  return [{
    code: 'ENDPOINTS_ON_ONE_NODE',
    severity: 'info',
    field: ['spec', 'selector'],
    message: MESSAGES.endpointsOnOneNode(formatCount(total), someNames(byNode.get(node) ?? [], total), node),
  }];
};
