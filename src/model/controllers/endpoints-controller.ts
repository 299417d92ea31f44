/**
 * The legacy Endpoints controller (pkg/controller/endpoint/endpoints_controller.go syncService):
 * for a Service with a selector, one address per Pod and Service port, repacked into subsets,
 * truncated to 1000 addresses. An Endpoints object the input writes for such a Service is
 * overwritten, as the controller would: its metadata is kept, its subsets and labels replaced.
 */
import type { PodIndex } from './pod-index.ts';
import type { EndpointAddress, EndpointPort, Endpoints, EndpointSubset, Pod, Service } from 'kubernetes-types/core/v1';
import type { ClusterConfig } from '../config.ts';
import type { Entry } from '../objects.ts';
import { findPort } from './find-port.ts';
import { deriveUid } from './hash.ts';
import { familyOf } from '../net/ip.ts';
import { isPodReady, shouldPodBeInEndpoints } from './pod-conditions.ts';
import { uidOf } from './pod-template.ts';
import { repackSubsets } from './repack-subsets.ts';
import { isServiceIPSet, selectPods, shouldSetHostname } from './endpoint-slice-controller.ts';
import { LABEL_HEADLESS } from './slice-meta.ts';

/** maxCapacity: the most addresses one Endpoints object carries. */
export const MAX_ENDPOINTS_CAPACITY = 1000;
export const OVER_CAPACITY_ANNOTATION = 'endpoints.kubernetes.io/over-capacity';

/** podToEndpointAddressForService: the Pod's first IP of the Service's primary family. */
function podAddress(service: Service, pod: Pod): EndpointAddress | undefined {
  const family = service.spec?.ipFamilies?.[0] ?? (isServiceIPSet(service) ? familyOf(service.spec?.clusterIP ?? '') : familyOf(pod.status?.podIP ?? ''));
  const ip = (pod.status?.podIPs ?? []).map((podIP) => podIP.ip ?? '').find((candidate) => familyOf(candidate) === family);
  if (ip === undefined) return undefined;
  const name = pod.metadata?.name ?? '';
  const namespace = pod.metadata?.namespace ?? '';
  const address: EndpointAddress = { ip };
  if (shouldSetHostname(pod, service)) address.hostname = pod.spec?.hostname;
  address.nodeName = pod.spec?.nodeName ?? '';
  address.targetRef = { kind: 'Pod', namespace, name, uid: uidOf(pod.metadata, `Pod/${namespace}/${name}`) };
  return address;
}

/**
 * syncService's loop: one single-address subset per Pod and port (addEndpointSubset), written here
 * as one subset per Pod holding all its ports, which repacking reads the same way. The Pods whose
 * ports resolve alike share one ports list, so that repacking groups them (repack-subsets.ts).
 */
function podSubsets(service: Service, pods: readonly Pod[]): EndpointSubset[] {
  const tolerateUnready = service.spec?.publishNotReadyAddresses === true;
  const subsets: EndpointSubset[] = [];
  const servicePorts = service.spec?.ports ?? [];
  const lists = new Map<string, EndpointPort[]>();
  const portsOf = (pod: Pod): EndpointPort[] => {
    const resolved = servicePorts.map((servicePort) => findPort(pod, servicePort));
    const key = resolved.join(',');
    const known = lists.get(key);
    if (known) return known;
    const ports: EndpointPort[] = [];
    servicePorts.forEach((servicePort, index) => {
      const port = resolved[index];
      if (port === undefined) return;
      ports.push({
        ...(servicePort.name ? { name: servicePort.name } : {}),
        port,
        protocol: servicePort.protocol ?? 'TCP',
        ...(servicePort.appProtocol === undefined ? {} : { appProtocol: servicePort.appProtocol }),
      });
    });
    lists.set(key, ports);
    return ports;
  };
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, tolerateUnready)) continue;
    const address = podAddress(service, pod);
    if (!address) continue;
    const ready = tolerateUnready || isPodReady(pod);
    // Allow headless service not to have ports.
    if (servicePorts.length === 0 && service.spec?.clusterIP !== 'None') continue;
    const ports = servicePorts.length === 0 ? [] : portsOf(pod);
    if (servicePorts.length > 0 && ports.length === 0) continue;
    subsets.push(ready ? { addresses: [address], ports } : { notReadyAddresses: [address], ports });
  }
  return subsets;
}

/**
 * truncateEndpoints: over 1000 addresses, ready ones are kept first; each subset keeps a share
 * proportional to its size, rounded up, until the budget runs out.
 */
export function truncateSubsets(subsets: readonly EndpointSubset[]): { subsets: EndpointSubset[]; truncated: boolean } {
  const totalReady = subsets.reduce((sum, subset) => sum + (subset.addresses?.length ?? 0), 0);
  const totalNotReady = subsets.reduce((sum, subset) => sum + (subset.notReadyAddresses?.length ?? 0), 0);
  if (totalReady + totalNotReady <= MAX_ENDPOINTS_CAPACITY) return { subsets: [...subsets], truncated: false };
  const truncateReady = totalReady > MAX_ENDPOINTS_CAPACITY;
  const max = truncateReady ? MAX_ENDPOINTS_CAPACITY : MAX_ENDPOINTS_CAPACITY - totalReady;
  const numTotal = truncateReady ? totalReady : totalNotReady;
  let canBeAdded = max;
  const out = subsets.map((subset) => {
    const inSubset = (truncateReady ? subset.addresses : subset.notReadyAddresses)?.length ?? 0;
    const toBeAdded = Math.min(Math.ceil((inSubset / numTotal) * max), canBeAdded);
    if (truncateReady) {
      const addresses = (subset.addresses ?? []).slice(0, toBeAdded);
      canBeAdded -= addresses.length;
      return { ...subset, addresses, notReadyAddresses: [] };
    }
    const notReadyAddresses = (subset.notReadyAddresses ?? []).slice(0, toBeAdded);
    canBeAdded -= notReadyAddresses.length;
    return { ...subset, notReadyAddresses };
  });
  return { subsets: out.map(dropEmpty), truncated: true };
}

/** Empty lists do not survive storage: the API returns them absent. */
function dropEmpty(subset: EndpointSubset): EndpointSubset {
  const out: EndpointSubset = {};
  if (subset.addresses && subset.addresses.length > 0) out.addresses = subset.addresses;
  if (subset.notReadyAddresses && subset.notReadyAddresses.length > 0) out.notReadyAddresses = subset.notReadyAddresses;
  if (subset.ports && subset.ports.length > 0) out.ports = subset.ports;
  return out;
}

export function reconcileEndpoints(
  entry: Entry<Service>,
  pods: PodIndex,
  current: Entry<Endpoints> | undefined,
  config: ClusterConfig,
  countedAddresses: (selected: readonly Pod[]) => number = () => 0,
): Entry<Endpoints> {
  const service = entry.object;
  const name = service.metadata?.name ?? '';
  const namespace = service.metadata?.namespace ?? '';
  const selected = selectPods(service, pods);
  const repacked = truncateSubsets(repackSubsets(podSubsets(service, selected)).map(dropEmpty));
  const { subsets } = repacked;
  // Pods counted but not simulated (pod-budget.ts) have addresses too: past 1,000 in all, the
  // controller truncates, and the object holds the simulated ones.
  const listed = subsets.reduce((sum, subset) => sum + (subset.addresses?.length ?? 0) + (subset.notReadyAddresses?.length ?? 0), 0);
  const truncated = repacked.truncated || listed + countedAddresses(selected) > MAX_ENDPOINTS_CAPACITY;
  const labels: Record<string, string> = { ...service.metadata?.labels };
  if (isServiceIPSet(service)) delete labels[LABEL_HEADLESS];
  else labels[LABEL_HEADLESS] = '';
  const annotations: Record<string, string> = { ...current?.object.metadata?.annotations };
  delete annotations['endpoints.kubernetes.io/last-change-trigger-time'];
  if (truncated) annotations[OVER_CAPACITY_ANNOTATION] = 'truncated';
  else delete annotations[OVER_CAPACITY_ANNOTATION];
  const base = current?.object.metadata ?? {
    name,
    namespace,
    uid: deriveUid(`Endpoints/${namespace}/${name}`),
    // Controllers act within moments of their owner's creation; the owner's time stands for it.
    creationTimestamp: service.metadata?.creationTimestamp ?? config.now,
  };
  // Empty maps do not survive storage either.
  const { labels: _labels, annotations: _annotations, ...rest } = base;
  const metadata = {
    ...rest,
    ...(Object.keys(labels).length > 0 ? { labels } : {}),
    ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
  };
  const object: Endpoints = { apiVersion: 'v1', kind: 'Endpoints', metadata };
  if (subsets.length > 0) object.subsets = subsets;
  return {
    key: `Endpoints/${namespace}/${name}`,
    object,
    origin: 'derived',
    source: entry.source,
    simulated: current ? [] : ['metadata.uid'],
  };
}
