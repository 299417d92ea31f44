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
import type { Service } from '../objects.ts';
import { isServiceIPSet } from '../controllers/endpoint-slice-controller.ts';
import type { ClusterIndex } from './cluster-index.ts';
import { count, listNames, percent, type ServiceCheck } from './finding.ts';
import { MESSAGES } from './messages.ts';

/** kube-proxy's informers skip slices a different proxy implements (cmd/kube-proxy/app/server.go). */
const LABEL_SERVICE_PROXY_NAME = 'service.kubernetes.io/service-proxy-name';

interface Spread {
  /** Node name → the names of the ready endpoints on it (Pod names, else addresses). */
  readonly byNode: ReadonlyMap<string, readonly string[]>;
  /** Ready endpoints that name no Node: never local to any. */
  readonly nodeless: number;
}

function spreadOf(service: Service, index: ClusterIndex): Spread {
  const family = service.spec?.ipFamilies?.[0] ?? ((service.spec?.clusterIP ?? '').includes(':') ? 'IPv6' : 'IPv4');
  const byNode = new Map<string, string[]>();
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
    }
  }
  return { byNode, nodeless };
}

/** Traffic policies only mean something to a Service kube-proxy programs: one with a cluster IP. */
function proxied(service: Service): boolean {
  return service.spec?.type !== 'ExternalName' && isServiceIPSet(service);
}

export const checkExternalTrafficImbalance: ServiceCheck = (entry, _selected, context) => {
  const spec = entry.object.spec;
  if ((spec?.type !== 'NodePort' && spec?.type !== 'LoadBalancer') || spec.externalTrafficPolicy !== 'Local' || !proxied(entry.object)) return [];
  const { byNode } = spreadOf(entry.object, context.index);
  const counts = new Set([...byNode.values()].map((names) => names.length));
  if (counts.size < 2) return [];
  const noun = Object.keys(spec.selector ?? {}).length > 0 ? 'Pod' : 'endpoint';
  const nodeShare = 1 / byNode.size;
  // Fewest endpoints first: theirs is the heaviest load.
  const groups = [...counts].sort((a, b) => a - b).map((n) => {
    const nodes = [...byNode].filter(([, names]) => names.length === n).map(([node]) => node).sort();
    const share = percent(nodeShare / n);
    if (nodes.length > 1) return `${listNames(nodes, 2)} have ${count(n, noun)} each, at ${share} per ${noun}`;
    return `${nodes[0] ?? ''} has ${count(n, noun)} taking ${share}${n > 1 ? ' each' : ''}`;
  });
  return [{
    code: 'EXTERNAL_TRAFFIC_LOCAL_IMBALANCE',
    severity: 'info',
    field: ['spec', 'externalTrafficPolicy'],
    // Semicolons: a group may list several Nodes.
    message: MESSAGES.externalTrafficImbalance(percent(nodeShare), `${groups.slice(0, 4).join('; ')}${groups.length > 4 ? `; and ${groups.length - 4} more` : ''}`),
  }];
};

export const checkInternalTrafficUnserved: ServiceCheck = (entry, _selected, context) => {
  const spec = entry.object.spec;
  if (spec?.internalTrafficPolicy !== 'Local' || !proxied(entry.object)) return [];
  const { byNode, nodeless } = spreadOf(entry.object, context.index);
  // With no ready endpoint anywhere, other findings say why; every client fails alike.
  if (byNode.size === 0 && nodeless === 0) return [];
  const unserved = context.index.workerNodes.filter((node) => !byNode.has(node));
  if (unserved.length === 0) return [];
  return [{
    code: 'INTERNAL_TRAFFIC_LOCAL_UNSERVED_NODES',
    severity: 'warning',
    field: ['spec', 'internalTrafficPolicy'],
    message: MESSAGES.internalTrafficUnserved(listNames(unserved), unserved.length === 1),
  }];
};

export const checkEndpointsOnOneNode: ServiceCheck = (entry, _selected, context) => {
  if (entry.object.spec?.type === 'ExternalName' || context.index.workerNodes.length < 2) return [];
  const { byNode, nodeless } = spreadOf(entry.object, context.index);
  const [only] = byNode;
  if (byNode.size !== 1 || nodeless > 0 || only === undefined || only[1].length < 2) return [];
  const [node, names] = only;
  return [{
    code: 'ENDPOINTS_ON_ONE_NODE',
    severity: 'info',
    field: ['spec', 'selector'],
    message: MESSAGES.endpointsOnOneNode(names.length, listNames([...names].sort()), node),
  }];
};
