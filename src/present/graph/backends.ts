/**
 * The back half of each Service's path, right of the Service: its EndpointSlices and the Pods (or
 * bare addresses) they list; for headless and ExternalName Services, the DNS answer the client
 * gets instead of a virtual IP.
 */
import { resolve, type Cluster, type EndpointSlice, type Entry, type Pod, type PodSample, type Service } from '../../model/index.ts';
import { addEdge, addNode, COLUMN, type Draft, objectRef } from './draft.ts';
import { addressId, dnsAnswerId, externalId, podId, sliceId } from './ids.ts';
import { portText, serviceToSliceLabels, slicePortTexts } from './ports.ts';
import type { GraphEdgeKind, GraphNodeData, PodStatus } from './types.ts';

/** Slices with more endpoints than this draw their Pods as a compact grid. */
const GRID_THRESHOLD = 12;

type Endpoint = EndpointSlice['endpoints'][number];

/** The slices of a Service: those labelled kubernetes.io/service-name with its name, in its namespace. */
export function slicesOf(cluster: Cluster, service: Service): Entry<EndpointSlice>[] {
  const { name, namespace } = service.metadata ?? {};
  return cluster.endpointSlices
    .filter((s) => s.object.metadata?.namespace === namespace && s.object.metadata?.labels?.['kubernetes.io/service-name'] === name)
    .sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * A Pod's status as traffic sees it: terminating once deleted (deletionTimestamp), else its Ready
 * condition. Without a Pod, the endpoint's own conditions (discovery/v1 EndpointConditions).
 */
function podStatus(pod: Pod | undefined, endpoint: Endpoint): PodStatus {
  if (pod !== undefined) {
    if (pod.metadata?.deletionTimestamp !== undefined) return 'terminating';
    return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true ? 'ready' : 'notReady';
  }
  if (endpoint.conditions?.terminating === true) return 'terminating';
  return endpoint.conditions?.ready === false ? 'notReady' : 'ready';
}

function sliceSubtitle(slice: EndpointSlice): string[] {
  const endpoints = slice.endpoints ?? [];
  const ready = endpoints.filter((e) => e.conditions?.ready !== false).length;
  const terminating = endpoints.filter((e) => e.conditions?.terminating === true).length;
  const ports = slicePortTexts(slice);
  return [
    `${slice.addressType} ports ${ports.length > 0 ? ports.join(', ') : '<none>'}`,
    `${endpoints.length} ${endpoints.length === 1 ? 'endpoint' : 'endpoints'}: ${ready} ready${terminating > 0 ? `, ${terminating} terminating` : ''}`,
  ];
}

/**
 * Pods counted by their workloads but not simulated (model PodSample): a slice then lists a
 * sample of the Service's endpoints, and its box says how many Pods there are in all.
 */
function sampleBadge(pods: PodLookup, slices: readonly Entry<EndpointSlice>[]): string | undefined {
  const seen = new Set<PodSample>();
  for (const { object: slice } of slices) {
    for (const endpoint of slice.endpoints ?? []) {
      const ref = endpoint.targetRef;
      const pod = ref?.kind === 'Pod' && ref.name !== undefined ? pods(ref.namespace ?? slice.metadata?.namespace ?? '', ref.name) : undefined;
      const sample = pod && pods.sampleOf(pod.object);
      if (sample) seen.add(sample);
    }
  }
  if (seen.size === 0) return undefined;
  const total = [...seen].reduce((sum, sample) => sum + sample.pods, 0);
  return `sample of ${String(total).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} Pods`;
}

function addSliceNode(draft: Draft, entry: Entry<EndpointSlice>, sample: string | undefined): string {
  const { name = '', namespace = '' } = entry.object.metadata ?? {};
  const managedBy = entry.object.metadata?.labels?.['endpointslice.kubernetes.io/managed-by'];
  const data: GraphNodeData = {
    title: name,
    namespace,
    subtitle: sliceSubtitle(entry.object),
    badges: [managedBy === undefined ? 'unmanaged' : managedBy.replace(/\.k8s\.io$/, ''), ...(sample === undefined ? [] : [sample])],
    simulated: entry.simulated.includes('metadata.name'),
    ...objectRef(entry),
  };
  const id = sliceId(namespace, name);
  addNode(draft, { id, kind: 'endpointSlice', column: COLUMN.lookup, data });
  return id;
}

export interface PodLookup {
  (namespace: string, name: string): Entry<Pod> | undefined;
  /** The sample of the workload that owns the Pod, when it runs more Pods than are simulated. */
  readonly sampleOf: (pod: Pod) => PodSample | undefined;
}

/** The cluster's Pods by namespace and name, indexed once: a slice of a thousand endpoints looks each one up. */
export function podLookup(cluster: Cluster): PodLookup {
  const index = new Map(cluster.pods.map((p) => [`${p.object.metadata?.namespace ?? ''}/${p.object.metadata?.name ?? ''}`, p]));
  const samples = new Map<string, PodSample>();
  for (const workload of [...cluster.replicaSets, ...cluster.statefulSets, ...cluster.daemonSets, ...cluster.replicationControllers]) {
    if (workload.sample && workload.object.metadata?.uid) samples.set(workload.object.metadata.uid, workload.sample);
  }
  const lookup = (namespace: string, name: string) => index.get(`${namespace}/${name}`);
  const sampleOf = (pod: Pod) => {
    const owner = pod.metadata?.ownerReferences?.find((reference) => reference.controller === true);
    return owner ? samples.get(owner.uid) : undefined;
  };
  return Object.assign(lookup, { sampleOf });
}

/** The box of one endpoint: its Pod when targetRef names one, else its address (`ip:ADDRESS`). */
function addEndpointNode(draft: Draft, pods: PodLookup, slice: EndpointSlice, endpoint: Endpoint, grid: string | undefined): string {
  const address = endpoint.addresses[0] ?? '';
  const ports = (slice.ports ?? []).filter((p) => p.port !== undefined).map((p) => `${address}:${portText(p.port ?? 0, p.protocol)}`);
  const ref = endpoint.targetRef;
  const compact = grid === undefined ? {} : { grid };
  if (ref?.kind !== 'Pod' || ref.name === undefined) {
    // An address the slice lists with no Pod behind it: a box of its own kind, never called a Pod.
    const data: GraphNodeData = {
      title: address,
      subtitle: grid === undefined ? ports : ports.slice(0, 1),
      badges: grid === undefined && endpoint.nodeName !== undefined ? [endpoint.nodeName] : [],
      status: podStatus(undefined, endpoint),
      simulated: false,
      ...(grid === undefined ? {} : { compact: true }),
    };
    addNode(draft, { id: addressId(address), kind: 'endpointAddress', column: COLUMN.backend, data, ...compact });
    return addressId(address);
  }
  const namespace = ref.namespace ?? slice.metadata?.namespace ?? '';
  const pod = pods(namespace, ref.name);
  const nodeName = endpoint.nodeName ?? pod?.object.spec?.nodeName;
  const data: GraphNodeData = {
    title: ref.name,
    namespace,
    subtitle: grid === undefined ? ports : ports.slice(0, 1),
    badges: grid === undefined && nodeName !== undefined ? [nodeName] : [],
    status: podStatus(pod?.object, endpoint),
    simulated: pod?.simulated.includes('status.podIP') ?? false,
    ...(pod === undefined ? {} : { objectKey: pod.key }),
    ...(pod?.source === undefined ? {} : { source: pod.source }),
    ...(grid === undefined ? {} : { compact: true }),
  };
  const id = podId(namespace, ref.name);
  addNode(draft, { id, kind: 'pod', column: COLUMN.backend, data, ...compact });
  return id;
}

/**
 * Adds the Service's slices and their endpoints. With a virtual IP the slices carry the traffic
 * (Service → slice → Pod); for a headless Service they only record ownership, and the traffic
 * goes from the DNS answer straight to the Pods.
 * Returns each endpoint box with its address, for the DNS answer to link.
 */
export function addBackends(draft: Draft, cluster: Cluster, pods: PodLookup, service: Service, serviceNode: string, headless: boolean): Map<string, string> {
  const byAddress = new Map<string, string>();
  const kind: GraphEdgeKind = headless ? 'owns' : 'traffic';
  const slices = slicesOf(cluster, service);
  const sample = sampleBadge(pods, slices);
  for (const entry of slices) {
    const slice = addSliceNode(draft, entry, sample);
    const labels = headless ? [undefined] : serviceToSliceLabels(service, entry.object);
    for (const label of labels) addEdge(draft, serviceNode, slice, kind, label);
    const endpoints = entry.object.endpoints ?? [];
    const grid = endpoints.length > GRID_THRESHOLD ? slice : undefined;
    for (const endpoint of endpoints) {
      const target = addEndpointNode(draft, pods, entry.object, endpoint, grid);
      for (const address of endpoint.addresses) byAddress.set(address, target);
      // A grid's edges stay unlabelled: the slice box already names the port of all of them.
      const portLabels = grid === undefined && !headless ? slicePortTexts(entry.object) : [undefined];
      for (const label of portLabels) addEdge(draft, slice, target, kind, label);
    }
  }
  return byAddress;
}

function fqdn(cluster: Cluster, service: Service): string {
  return `${service.metadata?.name ?? ''}.${service.metadata?.namespace ?? ''}.svc.${cluster.config.clusterDomain}`;
}

/**
 * Headless: CoreDNS answers the Service name with one A record per ready endpoint (or every
 * endpoint with publishNotReadyAddresses), kubernetes/dns docs/specification.md §2.4.1; the
 * client connects to those addresses directly, with no kube-proxy translation.
 */
export function addHeadlessAnswer(draft: Draft, cluster: Cluster, service: Service, serviceNode: string, client: string, endpoints: Map<string, string>): void {
  const { name = '', namespace = '' } = service.metadata ?? {};
  const answer = resolve(cluster, { name: fqdn(cluster, service), type: 'A' });
  const addresses = answer.answers.filter((a) => a.type === 'A').map((a) => a.data);
  const data: GraphNodeData = {
    title: fqdn(cluster, service),
    namespace,
    subtitle: addresses.length > 0 ? addresses.map((a) => `A ${a}`) : [answer.rcode === 'NOERROR' ? 'no A records' : answer.rcode],
    badges: ['DNS answer'],
    simulated: false,
  };
  const id = dnsAnswerId(namespace, name);
  addNode(draft, { id, kind: 'dnsAnswer', column: COLUMN.lookup, data });
  addEdge(draft, client, id, 'dns', 'A?');
  addEdge(draft, serviceNode, id, 'dns');
  const ports = (service.spec?.ports ?? []).map((p) => portText(p.port, p.protocol));
  for (const address of addresses) {
    const target = endpoints.get(address);
    if (target === undefined) continue;
    for (const port of ports) addEdge(draft, id, target, 'traffic', port);
  }
}

/** ExternalName: CoreDNS answers with a CNAME to spec.externalName (specification.md §2.5); nothing else exists. */
export function addExternalNameAnswer(draft: Draft, cluster: Cluster, service: Service, serviceNode: string, client: string): void {
  const { name = '', namespace = '' } = service.metadata ?? {};
  const answer = resolve(cluster, { name: fqdn(cluster, service), type: 'CNAME' });
  const cname = answer.answers.find((a) => a.type === 'CNAME')?.data;
  const id = dnsAnswerId(namespace, name);
  const data: GraphNodeData = {
    title: fqdn(cluster, service),
    namespace,
    subtitle: [cname === undefined ? answer.rcode : `CNAME ${cname}`],
    badges: ['DNS answer'],
    simulated: false,
  };
  addNode(draft, { id, kind: 'dnsAnswer', column: COLUMN.lookup, data });
  addEdge(draft, client, id, 'dns', 'CNAME?');
  addEdge(draft, serviceNode, id, 'dns');
  const hostname = service.spec?.externalName ?? '';
  const external = externalId(hostname);
  addNode(draft, {
    id: external,
    kind: 'externalName',
    column: COLUMN.backend,
    data: { title: hostname, subtitle: ['outside the cluster'], badges: ['external name'], simulated: false },
  });
  addEdge(draft, id, external, 'dns', 'CNAME');
}
