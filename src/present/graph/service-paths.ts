/**
 * The front half of each Service's path, left of the Service: who sends to it and through what.
 * ClusterIP: a client Pod. NodePort: the external client to every Node's nodePort. LoadBalancer:
 * the external client to the load balancer, then to every Node's nodePort (a LoadBalancer Service
 * is a NodePort Service too: pkg/registry/core/service/storage/alloc.go allocates its nodePorts).
 */
import type { Cluster, Entry, Node, Pod, Service } from '../../model/index.ts';
import { addEdge, addNode, COLUMN, type Draft, objectRef } from './draft.ts';
import { CLIENT_EXTERNAL, clientPodId, loadBalancerId, nodeId, serviceId } from './ids.ts';
import { nodePortLabels, nodePorts, portText, servicePorts } from './ports.ts';
import type { GraphNodeData } from './types.ts';

/** `ClusterIP`, `NodePort`, `LoadBalancer`, `ExternalName`, or `Headless` for clusterIP None. */
export function serviceTypeBadge(service: Service): string {
  const type = service.spec?.type ?? 'ClusterIP';
  return type === 'ClusterIP' && service.spec?.clusterIP === 'None' ? 'Headless' : type;
}

function serviceSubtitle(service: Service): string[] {
  const spec = service.spec ?? {};
  if (spec.type === 'ExternalName') return [`CNAME ${spec.externalName ?? ''}`];
  if (spec.clusterIP === 'None') return ['clusterIP None: no virtual IP'];
  return servicePorts(service).map((p) => `ClusterIP ${spec.clusterIP ?? '<none>'}:${portText(p.port, p.protocol)}`);
}

export function addServiceNode(draft: Draft, entry: Entry<Service>): string {
  const { name = '', namespace = '' } = entry.object.metadata ?? {};
  const spec = entry.object.spec ?? {};
  const badges = [serviceTypeBadge(entry.object)];
  if (spec.externalTrafficPolicy === 'Local') badges.push('externalTrafficPolicy Local');
  if (spec.internalTrafficPolicy === 'Local') badges.push('internalTrafficPolicy Local');
  if (spec.publishNotReadyAddresses === true) badges.push('publishNotReadyAddresses');
  const data: GraphNodeData = {
    title: name,
    namespace,
    subtitle: serviceSubtitle(entry.object),
    badges,
    simulated: entry.simulated.includes('spec.clusterIP'),
    ...objectRef(entry),
  };
  const id = serviceId(namespace, name);
  addNode(draft, { id, kind: 'service', column: COLUMN.service, data });
  return id;
}

export function addExternalClient(draft: Draft): string {
  const data: GraphNodeData = { title: 'External client', subtitle: ['outside the cluster'], badges: [], simulated: false };
  addNode(draft, { id: CLIENT_EXTERNAL, kind: 'client', column: COLUMN.client, data });
  return CLIENT_EXTERNAL;
}

/** The Pod that calls in-cluster Services: the view's Pod, or a placeholder in the Service's namespace. */
export function addClientPod(draft: Draft, cluster: Cluster, namespace: string, client: string | undefined): string {
  const chosen = client === undefined ? undefined : cluster.pods.find((p) => `${p.object.metadata?.namespace ?? ''}/${p.object.metadata?.name ?? ''}` === client);
  if (chosen === undefined) {
    const data: GraphNodeData = { title: 'client', namespace, subtitle: [`any Pod in ${namespace}`], badges: ['placeholder'], simulated: true };
    const id = clientPodId(namespace, 'client');
    addNode(draft, { id, kind: 'client', column: COLUMN.client, data });
    return id;
  }
  return addChosenClient(draft, chosen);
}

function addChosenClient(draft: Draft, entry: Entry<Pod>): string {
  const { name = '', namespace = '' } = entry.object.metadata ?? {};
  const data: GraphNodeData = {
    title: name,
    namespace,
    subtitle: entry.object.status?.podIP === undefined ? [] : [entry.object.status.podIP],
    badges: [],
    simulated: entry.simulated.includes('status.podIP'),
    ...objectRef(entry),
  };
  const id = clientPodId(namespace, name);
  addNode(draft, { id, kind: 'client', column: COLUMN.client, data });
  return id;
}

function internalIP(node: Node): string {
  return node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '<none>';
}

/** Every Node opens the Service's nodePorts, whether or not a backend Pod runs there (proxier.go). */
function addNodesFor(draft: Draft, cluster: Cluster, service: Service, target: string): string[] {
  const ports = nodePorts(service);
  return cluster.nodes.map((entry) => {
    const name = entry.object.metadata?.name ?? '';
    const data: GraphNodeData = {
      title: name,
      subtitle: ports.map((port) => `${internalIP(entry.object)}:${port}`),
      badges: [
        ...('node-role.kubernetes.io/control-plane' in (entry.object.metadata?.labels ?? {}) ? ['control-plane'] : []),
        // kubectl get nodes' word for a cordoned Node: it still forwards nodePort traffic.
        ...(entry.object.spec?.unschedulable === true ? ['SchedulingDisabled'] : []),
      ],
      simulated: entry.origin === 'builtin',
      ...objectRef(entry),
    };
    const id = nodeId(name);
    addNode(draft, { id, kind: 'node', column: COLUMN.node, data });
    for (const label of nodePortLabels(service)) addEdge(draft, id, target, 'traffic', label);
    return id;
  });
}

function addNodePortPath(draft: Draft, cluster: Cluster, service: Service, target: string): void {
  const client = addExternalClient(draft);
  for (const node of addNodesFor(draft, cluster, service, target)) {
    for (const port of nodePorts(service)) addEdge(draft, client, node, 'traffic', port);
  }
}

function addLoadBalancerPath(draft: Draft, cluster: Cluster, entry: Entry<Service>, target: string): void {
  const { name = '', namespace = '' } = entry.object.metadata ?? {};
  const ingress = entry.object.status?.loadBalancer?.ingress ?? [];
  const addresses = ingress.map((i) => i.ip ?? i.hostname ?? '').filter((a) => a !== '');
  const ports = servicePorts(entry.object);
  const data: GraphNodeData = {
    title: addresses[0] ?? '<pending>',
    namespace,
    subtitle: (addresses.length > 0 ? addresses : ['<pending>']).flatMap((a) => ports.map((p) => `${a}:${portText(p.port, p.protocol)}`)),
    badges: ['LoadBalancer'],
    simulated: entry.simulated.includes('status.loadBalancer.ingress'),
    ...objectRef(entry),
  };
  const lb = loadBalancerId(namespace, name);
  addNode(draft, { id: lb, kind: 'loadBalancer', column: COLUMN.entry, data });
  const client = addExternalClient(draft);
  for (const p of ports) addEdge(draft, client, lb, 'traffic', portText(p.port, p.protocol));
  // allocateLoadBalancerNodePorts false: no nodePorts, the load balancer reaches the Service's backends itself.
  if (nodePorts(entry.object).length === 0) {
    for (const p of ports) addEdge(draft, lb, target, 'traffic', portText(p.port, p.protocol));
    return;
  }
  for (const node of addNodesFor(draft, cluster, entry.object, target)) {
    for (const p of ports) if (p.nodePort !== undefined) addEdge(draft, lb, node, 'traffic', `${portText(p.port, p.protocol)} → ${p.nodePort}`);
  }
}

/** Adds what sends to the Service, by its type. Headless and ExternalName clients go through DNS instead (backends.ts). */
export function addFrontPath(draft: Draft, cluster: Cluster, entry: Entry<Service>, target: string, clientPod: () => string): void {
  const service = entry.object;
  switch (serviceTypeBadge(service)) {
    case 'NodePort':
      addNodePortPath(draft, cluster, service, target);
      return;
    case 'LoadBalancer':
      addLoadBalancerPath(draft, cluster, entry, target);
      return;
    case 'ClusterIP':
      for (const p of servicePorts(service)) addEdge(draft, clientPod(), target, 'traffic', portText(p.port, p.protocol));
      return;
    default:
      return;
  }
}
