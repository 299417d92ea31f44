/**
 * The pipeline behind buildCluster, step by step:
 *   0. tell each input object's intent: a manifest to create, or a dump's stored object
 *      (intent.ts), and take from the dump the ranges and Nodes it implies (read-input.ts);
 *   1. choose the built-in objects the input does not replace (by name, or, for a workload, by
 *      declaring the Pods it would run);
 *   2. admit every object, built-ins first, then the stored state, then the manifests in order
 *      (kind, strict decoding, defaulting, allocation, validation), and store the accepted ones;
 *   3. create the namespaces objects use but nobody declared;
 *   4. run the controllers (workloads → Pods, IPAM, EndpointSlices, Endpoints) and the cloud
 *      controller's load-balancer addresses;
 *   5. sort the diagnostics into source order.
 */
import type { Cluster } from '../cluster-types.ts';
import type { ClusterConfig } from '../config.ts';
import type { RuntimeEvent } from '../events/types.ts';
import { runControllers } from '../controllers/index.ts';
import { collectRequests, createServiceAllocator } from '../controllers/service-alloc.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { parseManifests, type RawObject } from '../manifest/parse.ts';
import type { Entry, EndpointSlice, Endpoints, Namespace, Service } from '../objects.ts';
import type { Gateway, GatewayClass, HTTPRoute, ReferenceGrant } from '../gateway/types.ts';
import { guideNotes } from '../diagnose/guide-notes.ts';
import { asRecord, asString } from '../resources/guards.ts';
import { troubleshoot } from '../diagnose/index.ts';
import { customResourceNotes, inferredRangesNote, storedStateNotes } from './dump-notes.ts';
import { IMPLIED_NODE_SIMULATED } from './implied-nodes.ts';
import type { InputMode } from './intent.ts';
import { readInput, summarizeInput } from './read-input.ts';
import { apiserverEndpoints } from './apiserver-endpoints.ts';
import { withoutStoodInWorkloads } from './builtin-stand-ins.ts';
import { builtinDocuments, BUILTIN_SOURCE_NAME } from './builtins.ts';
import { admissionDiagnostics, implicitNamespaceNote } from './diagnose-admission.ts';
import { assignLoadBalancerIngress } from './load-balancer.ts';
import { createStore, type Store } from './store.ts';
import { createAdmitter } from './admission-memo.ts';
import type { BuildCache, CloudMemo } from './build-cache.ts';
import { sameItems } from '../controllers/controller-memo.ts';
import { featuresOf } from '../versions/rules.ts';
import type { KubeVersion } from '../versions/kube-version.ts';
import { gatewayAddresses } from '../gateway/addresses.ts';
import { reconcileGateways } from '../gateway/controller.ts';
import { gatewayApiNote } from '../gateway/notes.ts';
import { gatewayKind } from '../gateway/kinds.ts';

/**
 * The built-in manifests of each version never change, so each is parsed once, the first time a
 * cluster of that version is built: a memo of a pure function, which keeps builds deterministic.
 */
const builtinObjectsByVersion = new Map<KubeVersion, readonly RawObject[]>();

function builtinObjects(version: KubeVersion): readonly RawObject[] {
  const known = builtinObjectsByVersion.get(version);
  if (known !== undefined) return known;
  const { release, coreDNSVersion } = featuresOf(version);
  const documents = builtinDocuments(release, coreDNSVersion);
  const objects = parseManifests(
    Object.entries(documents).map(([part, text]: [string, string]) => ({ name: `${BUILTIN_SOURCE_NAME}/${part}`, text })),
  ).objects;
  builtinObjectsByVersion.set(version, objects);
  return objects;
}

export interface ReadOptions {
  readonly mode: InputMode;
  /** The settings the caller chose on purpose, which a dump never changes. */
  readonly explicit: { readonly serviceCIDRs: boolean; readonly nodePortRange: boolean; readonly now: boolean };
}

export function buildFromObjects(
  input: readonly RawObject[],
  parseDiagnostics: readonly Diagnostic[],
  requested: ClusterConfig,
  events: readonly RuntimeEvent[],
  onStage?: (stage: 'admit' | 'controllers') => void,
  options: ReadOptions = { mode: 'auto', explicit: { serviceCIDRs: false, nodePortRange: false, now: false } },
  cache?: BuildCache,
): Cluster {
  const diagnostics: Diagnostic[] = [...parseDiagnostics];
  // 0-1. Intents, the dump's ranges and Nodes, and the built-ins left in place.
  const read = readInput(input, requested, options);
  const { config } = read;
  const builtins = read.fitBuiltins(withoutStoodInWorkloads(selectBuiltins(builtinObjects(config.kubeVersion), [...input, ...read.impliedNodes]), input));
  const requests = collectRequests([...builtins, ...input].filter((o) => o.value.kind === 'Service').map((o) => o.value));
  const allocator = createServiceAllocator(config, requests);
  const admitter = createAdmitter(cache?.admission, { config, allocator, requests, customKinds: read.customKinds });
  const store = createStore(config, cache?.store);

  // 2. Admission: the default cluster, the Nodes the dump implies, the stored state, then the manifests in order.
  const custom: RawObject[] = [];
  const batches = [
    { origin: 'builtin', objects: builtins, intent: 'manifest' },
    { origin: 'derived', objects: read.impliedNodes, intent: 'manifest' },
    { origin: 'input', objects: read.dumped, intent: 'dump' },
    { origin: 'input', objects: read.manifests, intent: 'manifest' },
  ] as const;
  for (const { origin, objects, intent } of batches) {
    for (const raw of objects) {
      const admission = admitter.admit(raw, intent);
      diagnostics.push(...admissionDiagnostics(raw, admission));
      if (!admission.ok) continue;
      const simulated = origin === 'derived' ? IMPLIED_NODE_SIMULATED : [];
      const conflict = store.add(admission, raw, origin, { intent, simulated });
      if (conflict) diagnostics.push(conflict);
      else if (origin === 'input') diagnostics.push(...guideNotes(admission.object, raw));
      if (!conflict && admission.custom) custom.push(raw);
    }
  }
  admitter.finish();
  if (config.gatewayApi) diagnostics.push(...gatewayApiNote(read.manifests.find((raw) => gatewayKind(asString(raw.value.apiVersion), asString(raw.value.kind)) !== undefined)));
  diagnostics.push(...storedStateNotes(read.dumped, options.mode === 'dump'), ...customResourceNotes(custom), ...inferredRangesNote(read.ranges, requested));

  onStage?.('admit');

  // 3. Namespaces used but not declared.
  for (const { namespace, raw } of store.undeclaredNamespaces()) {
    diagnostics.push(implicitNamespaceNote(namespace, raw));
  }
  const namespaces: Entry<Namespace>[] = store.namespaces();

  // 4. Controllers.
  const admittedServices = store.entries<Service>('services');
  const services = keepLoadBalancers(admittedServices, assignLoadBalancerIngress(admittedServices, featuresOf(config.kubeVersion).loadBalancerIPMode), cache?.cloud);
  const out = runControllers({
    config,
    namespaces,
    nodes: store.entries('nodes'),
    services,
    pods: store.entries('pods'),
    deployments: store.entries('deployments'),
    replicaSets: store.entries('replicaSets'),
    statefulSets: store.entries('statefulSets'),
    daemonSets: store.entries('daemonSets'),
    replicationControllers: store.entries('replicationControllers'),
    endpoints: store.entries('endpoints'),
    endpointSlices: store.entries('endpointSlices'),
    runtimeEvents: events,
    ...(cache ? { memo: cache.controllers } : {}),
  });
  const { endpoints, endpointSlices } = withApiserverEndpoints(store, config.now, out.nodes, out.endpoints, out.endpointSlices, cache?.cloud);
  const gatewayObjects = {
    namespaces,
    services,
    gatewayClasses: store.entries<GatewayClass>('gatewayClasses'),
    gateways: store.entries<Gateway>('gateways'),
    httpRoutes: store.entries<HTTPRoute>('httpRoutes'),
    referenceGrants: store.entries<ReferenceGrant>('referenceGrants'),
    secrets: new Set(store.entries('others').filter((e) => e.object.kind === 'Secret').map((e) => `${e.object.metadata.namespace ?? 'default'}/${e.object.metadata.name ?? ''}`)),
  };
  const addresses = gatewayAddresses(gatewayObjects.gateways);
  const gatewayStatus = reconcileGateways(gatewayObjects, config.now, (key) => addresses.get(key));
  onStage?.('controllers');
  const others = store.entries('others');
  const cluster: Omit<Cluster, 'diagnostics'> = {
    config,
    namespaces,
    nodes: out.nodes,
    services,
    pods: out.pods,
    deployments: out.deployments,
    replicaSets: out.replicaSets,
    statefulSets: out.statefulSets,
    daemonSets: out.daemonSets,
    replicationControllers: out.replicationControllers,
    endpoints,
    endpointSlices,
    ingresses: store.entries('ingresses'),
    ingressClasses: store.entries('ingressClasses'),
    networkPolicies: store.entries('networkPolicies'),
    ...gatewayStatus,
    referenceGrants: gatewayObjects.referenceGrants,
    others,
    events: out.events,
    input: summarizeInput(read, others.filter((entry) => entry.origin === 'input').length),
  };
  diagnostics.push(...troubleshoot(cluster, input, out.podIndex, cache?.serviceChecks));
  return { ...cluster, diagnostics: sortDiagnostics(diagnostics) };
}

/** 1. Built-ins the input replaces: any input Node replaces all built-in Nodes; a same-named object replaces its twin. */
function selectBuiltins(builtins: readonly RawObject[], input: readonly RawObject[]): RawObject[] {
  // The input is not decoded yet: any field may hold anything, so only strings count.
  const identity = (o: RawObject) => {
    const metadata = asRecord(o.value.metadata) ?? {};
    const namespaced = o.value.kind !== 'Node' && o.value.kind !== 'Namespace';
    const namespace = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : 'default';
    return `${asString(o.value.kind)}/${namespaced ? namespace : ''}/${asString(metadata.name)}`;
  };
  const nameOf = (o: RawObject) => asString(asRecord(o.value.metadata)?.name);
  // Only an input object of a built-in's name can be its twin: the rest of a dump's thousands are not made an identity.
  const builtinNames = new Set(builtins.map(nameOf));
  const inputIds = new Set(input.filter((o) => builtinNames.has(nameOf(o))).map(identity));
  const inputHasNodes = input.some((o) => o.value.kind === 'Node' && o.value.apiVersion === 'v1');
  return builtins.filter((o) => !(o.value.kind === 'Node' && inputHasNodes) && !inputIds.has(identity(o)));
}

/**
 * The cloud controller's addresses on the admitted Services, with each LoadBalancer Service the
 * very entry of the last build when it was given the same address (a memo by value: the address
 * depends on every Service's, so it is computed anyway).
 */
function keepLoadBalancers(admitted: readonly Entry<Service>[], assigned: Entry<Service>[], memo: CloudMemo | undefined): Entry<Service>[] {
  if (memo === undefined) return assigned;
  return assigned.map((entry, i) => {
    const given = admitted[i];
    if (given === undefined || entry === given) return entry;
    const known = memo.loadBalancers.get(given);
    const same = known !== undefined && JSON.stringify(known.object.status) === JSON.stringify(entry.object.status) && known.simulated.join('\n') === entry.simulated.join('\n');
    const kept = same ? known : entry;
    memo.loadBalancers.set(given, kept);
    return kept;
  });
}

/** The apiserver writes `default/kubernetes`'s endpoints unless the input states them. */
function withApiserverEndpoints(
  store: Store,
  now: string,
  nodes: Cluster['nodes'],
  endpoints: readonly Entry<Endpoints>[],
  endpointSlices: readonly Entry<EndpointSlice>[],
  memo: CloudMemo | undefined,
): { endpoints: readonly Entry<Endpoints>[]; endpointSlices: readonly Entry<EndpointSlice>[] } {
  const service = store.entries<Service>('services').find((e) => e.key === 'Service/default/kubernetes');
  if (!service || service.object.spec?.selector) return { endpoints, endpointSlices };
  const stated = endpoints.some((e) => e.key === 'Endpoints/default/kubernetes');
  if (stated) return { endpoints, endpointSlices };
  // What they are made of: the Service, the Nodes and the clock; the same, they are the same entries.
  const inputs = [service, now, ...nodes];
  const known = memo?.apiserver;
  const made =
    known !== undefined && sameItems(known.inputs, inputs)
      ? (known.made as ApiserverEntries | undefined)
      : apiserverEntries(store, service, nodes);
  if (memo) memo.apiserver = { inputs, made };
  if (!made) return { endpoints, endpointSlices };
  return {
    endpoints: [...endpoints, made.endpoints],
    endpointSlices: endpointSlices.some((e) => e.key === 'EndpointSlice/default/kubernetes') ? endpointSlices : [...endpointSlices, made.slice],
  };
}

interface ApiserverEntries {
  readonly endpoints: Entry<Endpoints>;
  readonly slice: Entry<EndpointSlice>;
}

function apiserverEntries(store: Store, service: Entry<Service>, nodes: Cluster['nodes']): ApiserverEntries | undefined {
  const made = apiserverEndpoints(nodes, service.object.metadata?.creationTimestamp);
  if (!made) return undefined;
  const derived = <T extends object>(key: string, object: T): Entry<T> => ({
    key,
    object: store.stamp(object, key, 'derived'),
    origin: 'derived',
    source: service.source,
    simulated: [],
  });
  return { endpoints: derived('Endpoints/default/kubernetes', made.endpoints), slice: derived('EndpointSlice/default/kubernetes', made.slice) };
}

function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const fileOrder = new Map<string, number>();
  for (const d of diagnostics) if (!fileOrder.has(d.range.file)) fileOrder.set(d.range.file, fileOrder.size);
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) =>
      (fileOrder.get(a.d.range.file)! - fileOrder.get(b.d.range.file)!) ||
      a.d.range.line - b.d.range.line ||
      a.d.range.column - b.d.range.column ||
      a.i - b.i)
    .map(({ d }) => d);
}
