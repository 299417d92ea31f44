/**
 * The EndpointSlice controller (staging/src/k8s.io/endpointslice/reconciler.go Reconcile,
 * reconcileByAddressType, reconcileByPortMapping; utils.go podToEndpoint, getEndpointPorts), run
 * once from scratch for every Service with a selector: one set of slices per address family of
 * the Service and per distinct port mapping, at most 100 endpoints each, or a single placeholder.
 */
import type { PodIndex } from './pod-index.ts';
import type { Node, Pod, Service } from 'kubernetes-types/core/v1';
import type { Endpoint, EndpointPort, EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { ClusterConfig } from '../config.ts';
import type { Entry } from '../objects.ts';
import { findPort } from './find-port.ts';
import { familyOf, normalizeIP } from '../net/ip.ts';
import { isPodReady, shouldPodBeInEndpoints } from './pod-conditions.ts';
import { controllerRef, uidOf } from './pod-template.ts';
import { hintKind, withHints } from './traffic-distribution.ts';
import { featuresOf } from '../versions/rules.ts';
import {
  ENDPOINTSLICE_CONTROLLER,
  LABEL_HEADLESS,
  LABEL_MANAGED_BY,
  LABEL_SERVICE_NAME,
  portMapKey,
  sliceMetadata,
  sliceObject,
  slicePrefix,
  type SliceNamer,
} from './slice-meta.ts';

/** kube-controller-manager --max-endpoints-per-slice default. */
export const MAX_ENDPOINTS_PER_SLICE = 100;

export interface SliceControllerInput {
  readonly pods: PodIndex;
  readonly nodes: ReadonlyMap<string, Node>;
  readonly namer: SliceNamer;
  readonly config: ClusterConfig;
}

/**
 * The Services the controller manages (endpointslice_controller.go syncService, and the same
 * checks in endpoints_controller.go syncService): not ExternalName, and `Spec.Selector != nil`.
 * A `selector: {}` counts as nil: protobuf, in etcd and on the controller's watch, does not
 * encode an empty map, so the controller reads it back nil and leaves the Service alone.
 */
export function hasSelector(service: Service): boolean {
  return service.spec?.type !== 'ExternalName' && Object.keys(service.spec?.selector ?? {}).length > 0;
}

/** isServiceIPSet: a ClusterIP other than None. */
export function isServiceIPSet(service: Service): boolean {
  const clusterIP = service.spec?.clusterIP;
  return clusterIP !== undefined && clusterIP !== '' && clusterIP !== 'None';
}

/** Pods in the Service's namespace its selector matches, ordered by name for a stable output. */
export function selectPods(service: Service, pods: PodIndex): Pod[] {
  return pods.matching(service.metadata?.namespace, service.spec?.selector ?? {});
}

/** getAddressTypesForService: the Service's ipFamilies, else the family of its ClusterIP, else both. */
function addressTypes(service: Service): string[] {
  const families = service.spec?.ipFamilies ?? [];
  if (families.length > 0) return families.filter((family) => family === 'IPv4' || family === 'IPv6');
  if (isServiceIPSet(service)) return [familyOf(service.spec?.clusterIP ?? '')];
  return ['IPv4', 'IPv6'];
}

/** ShouldSetHostname: the Pod names a hostname and its subdomain is this Service, in the same namespace. */
export function shouldSetHostname(pod: Pod, service: Service): boolean {
  return !!pod.spec?.hostname && pod.spec.subdomain === service.metadata?.name && pod.metadata?.namespace === service.metadata?.namespace;
}

/** podToEndpoint: serving is readiness, terminating is deletion, ready is serving and not terminating. */
function podToEndpoint(pod: Pod, node: Node | undefined, service: Service, addressType: string): Endpoint {
  const serving = isPodReady(pod);
  const terminating = pod.metadata?.deletionTimestamp !== undefined;
  const ready = service.spec?.publishNotReadyAddresses === true || (serving && !terminating);
  const addresses = (pod.status?.podIPs ?? []).map((podIP) => podIP.ip ?? '').filter((ip) => familyOf(ip) === addressType).map(normalizeIP);
  const endpoint: Endpoint = { addresses, conditions: { ready, serving, terminating } };
  if (shouldSetHostname(pod, service)) endpoint.hostname = pod.spec?.hostname;
  const name = pod.metadata?.name ?? '';
  const namespace = pod.metadata?.namespace ?? '';
  endpoint.targetRef = { kind: 'Pod', namespace, name, uid: uidOf(pod.metadata, `Pod/${namespace}/${name}`) };
  if (pod.spec?.nodeName) endpoint.nodeName = pod.spec.nodeName;
  const zone = node?.metadata?.labels?.['topology.kubernetes.io/zone'];
  if (zone) endpoint.zone = zone;
  return endpoint;
}

/** getEndpointPorts: one port per Service port the Pod resolves; a headless Service may have none. */
export function endpointPorts(service: Service, pod: Pod): EndpointPort[] {
  const ports: EndpointPort[] = [];
  for (const servicePort of service.spec?.ports ?? []) {
    const port = findPort(pod, servicePort);
    if (port === undefined) continue;
    const endpointPort: EndpointPort = { name: servicePort.name ?? '', protocol: servicePort.protocol ?? 'TCP', port };
    if (servicePort.appProtocol !== undefined) endpointPort.appProtocol = servicePort.appProtocol;
    ports.push(endpointPort);
  }
  return ports;
}

/** setEndpointSliceLabels: the Service's labels minus the reserved ones, then the reserved ones set. */
function sliceLabels(service: Service): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [key, value] of Object.entries(service.metadata?.labels ?? {})) {
    if (key !== LABEL_SERVICE_NAME && key !== LABEL_MANAGED_BY && key !== LABEL_HEADLESS) labels[key] = value;
  }
  if (!isServiceIPSet(service)) labels[LABEL_HEADLESS] = '';
  labels[LABEL_SERVICE_NAME] = service.metadata?.name ?? '';
  labels[LABEL_MANAGED_BY] = ENDPOINTSLICE_CONTROLLER;
  return labels;
}

interface PortGroup {
  readonly ports: EndpointPort[];
  readonly endpoints: Endpoint[];
}

/**
 * endpointPorts and its portMapKey, once per kind of Pod: they depend only on the container ports a
 * named targetPort looks up, which a workload's Pods share (a thousand Pods × a thousand Service
 * ports was a million lookups).
 */
function portsByPod(service: Service): (pod: Pod) => { ports: EndpointPort[]; key: string } {
  const named = (service.spec?.ports ?? []).some((port) => typeof port.targetPort === 'string');
  const known = new Map<string, { ports: EndpointPort[]; key: string }>();
  return (pod) => {
    const sidecars = (pod.spec?.initContainers ?? []).filter((container) => container.restartPolicy === 'Always');
    const signature = named
      ? JSON.stringify([...(pod.spec?.containers ?? []), ...sidecars].map((container) => (container.ports ?? []).map((port) => [port.name, port.protocol, port.containerPort])))
      : '';
    let found = known.get(signature);
    if (!found) {
      const ports = endpointPorts(service, pod);
      found = { ports, key: portMapKey(ports) };
      known.set(signature, found);
    }
    return found;
  };
}

/** Steps 1-2 of reconcileByAddressType: desired endpoints grouped by port mapping, in Pod order. */
function desiredGroups(service: Service, pods: readonly Pod[], nodes: ReadonlyMap<string, Node>, addressType: string): Map<string, PortGroup> {
  const groups = new Map<string, PortGroup>();
  const portsOf = portsByPod(service);
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, true)) continue;
    const { ports, key } = portsOf(pod);
    const group = groups.get(key) ?? { ports, endpoints: [] };
    groups.set(key, group);
    const node = nodes.get(pod.spec?.nodeName ?? '');
    // A Pod on a Node the cluster does not know is left out, unless the Service publishes not-ready addresses.
    if (!node && service.spec?.publishNotReadyAddresses !== true) continue;
    const endpoint = podToEndpoint(pod, node, service, addressType);
    if (endpoint.addresses.length > 0) group.endpoints.push(endpoint);
  }
  return groups;
}

/** Reconcile for one Service: its slices, every one derived from the Service. */
export function reconcileEndpointSlices(entry: Entry<Service>, input: SliceControllerInput): Entry<EndpointSlice>[] {
  const service = entry.object;
  const name = service.metadata?.name ?? '';
  const namespace = service.metadata?.namespace ?? '';
  const pods = selectPods(service, input.pods);
  const owner = controllerRef({ apiVersion: 'v1', kind: 'Service', metadata: service.metadata ?? {}, key: entry.key });
  const out: Entry<EndpointSlice>[] = [];
  const hints = hintKind(service, featuresOf(input.config.kubeVersion));
  const emit = (addressType: string, ports: readonly EndpointPort[], endpoints: Endpoint[], seed: string): void => {
    const sliceName = input.namer.take(namespace, name, addressType, seed);
    const metadata = sliceMetadata({ name: sliceName, namespace, generateName: slicePrefix(name), labels: sliceLabels(service), owner, createdAt: service.metadata?.creationTimestamp, config: input.config });
    out.push({
      key: `EndpointSlice/${namespace}/${sliceName}`,
      object: sliceObject(metadata, addressType, withHints(endpoints, hints), ports),
      origin: 'derived',
      source: entry.source,
      simulated: ['metadata.name', 'metadata.uid'],
    });
  };
  for (const addressType of addressTypes(service)) {
    let created = 0;
    for (const [key, group] of desiredGroups(service, pods, input.nodes, addressType)) {
      // Step 3 of reconcileByPortMapping: fill slices up to the maximum, then start a new one.
      for (let start = 0; start < group.endpoints.length; start += MAX_ENDPOINTS_PER_SLICE) {
        emit(addressType, group.ports, group.endpoints.slice(start, start + MAX_ENDPOINTS_PER_SLICE), `${entry.key}|${addressType}|${key}|${start}`);
        created += 1;
      }
    }
    // "When no endpoint slices would usually exist, we need to add a placeholder."
    if (created === 0) emit(addressType, [], [], `${entry.key}|${addressType}|placeholder`);
  }
  return out;
}
