/**
 * The EndpointSlice mirroring controller (pkg/controller/endpointslicemirroring/reconciler.go
 * reconcile, reconciler_helpers.go, utils.go): for a Service without a selector, the Endpoints
 * written by hand become EndpointSlices, one per address type and set of ports, at most 1000
 * addresses per subset, `ready` from addresses vs notReadyAddresses.
 */
import type { EndpointAddress, Endpoints } from 'kubernetes-types/core/v1';
import type { Endpoint, EndpointPort, EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { ClusterConfig } from '../config.ts';
import type { Entry } from '../objects.ts';
import { cloneJson } from './hash.ts';
import { formatIP, parseIPSloppy } from '../net/ip.ts';
import { controllerRef } from './pod-template.ts';
import {
  LABEL_MANAGED_BY,
  LABEL_SERVICE_NAME,
  LABEL_SKIP_MIRROR,
  MIRRORING_CONTROLLER,
  portMapKey,
  sliceMetadata,
  sliceObject,
  slicePrefix,
  type SliceNamer,
} from './slice-meta.ts';

/** --mirroring-max-endpoints-per-subset default. */
export const MAX_ENDPOINTS_PER_SUBSET = 1000;
const LEADER_ELECTION_ANNOTATION = 'control-plane.alpha.kubernetes.io/leader';

/** shouldMirror: not labelled skip-mirror "true", not a leader-election record. */
export function shouldMirror(endpoints: Endpoints): boolean {
  if (endpoints.metadata?.labels?.[LABEL_SKIP_MIRROR] === 'true') return false;
  return endpoints.metadata?.annotations?.[LEADER_ELECTION_ANNOTATION] === undefined;
}

/** addressToEndpoint: the IP re-printed, ready as given, the rest copied; undefined for an invalid IP. */
function addressToEndpoint(address: EndpointAddress, ready: boolean): { endpoint: Endpoint; addressType: string } | undefined {
  const parsed = parseIPSloppy(address.ip);
  if (!parsed) return undefined;
  const endpoint: Endpoint = { addresses: [formatIP(parsed)], conditions: { ready } };
  if (address.hostname) endpoint.hostname = address.hostname;
  if (address.targetRef) endpoint.targetRef = cloneJson(address.targetRef);
  if (address.nodeName !== undefined) endpoint.nodeName = address.nodeName;
  return { endpoint, addressType: parsed.family };
}

/** epPortsToEpsPorts. */
function endpointPorts(endpoints: Endpoints, index: number): EndpointPort[] {
  return (endpoints.subsets?.[index]?.ports ?? []).map((port) => ({
    name: port.name ?? '',
    protocol: port.protocol ?? 'TCP',
    port: port.port,
    ...(port.appProtocol === undefined ? {} : { appProtocol: port.appProtocol }),
  }));
}

/** The EndpointSet hash: addresses, hostname and the target's namespace/name identify an endpoint. */
function endpointIdentity(endpoint: Endpoint): string {
  return JSON.stringify([[...endpoint.addresses].sort(), endpoint.hostname ?? '', endpoint.targetRef?.namespace ?? '', endpoint.targetRef?.name ?? '']);
}

export function mirrorEndpoints(entry: Entry<Endpoints>, namer: SliceNamer, config: ClusterConfig): Entry<EndpointSlice>[] {
  const endpoints = entry.object;
  const name = endpoints.metadata?.name ?? '';
  const namespace = endpoints.metadata?.namespace ?? '';
  // 1. Desired state: endpoints by address type and port mapping, later duplicates replacing earlier ones.
  const desired = new Map<string, { addressType: string; ports: EndpointPort[]; endpoints: Map<string, Endpoint> }>();
  (endpoints.subsets ?? []).forEach((subset, index) => {
    const ports = endpointPorts(endpoints, index);
    const candidates = [
      ...(subset.addresses ?? []).map((address) => ({ address, ready: true })),
      ...(subset.notReadyAddresses ?? []).map((address) => ({ address, ready: false })),
    ];
    let added = 0;
    for (const { address, ready } of candidates) {
      if (added >= MAX_ENDPOINTS_PER_SUBSET) break;
      const converted = addressToEndpoint(address, ready);
      if (!converted) continue;
      added += 1;
      const key = `${converted.addressType}-${portMapKey(ports)}`;
      const group = desired.get(key) ?? { addressType: converted.addressType, ports, endpoints: new Map<string, Endpoint>() };
      desired.set(key, group);
      group.endpoints.set(endpointIdentity(converted.endpoint), converted.endpoint);
    }
  });
  // 2. One slice per key (reconcileByPortMapping), labels and annotations cloned from the Endpoints.
  const labels: Record<string, string> = { ...endpoints.metadata?.labels, [LABEL_SERVICE_NAME]: name, [LABEL_MANAGED_BY]: MIRRORING_CONTROLLER };
  const annotations: Record<string, string> = { ...endpoints.metadata?.annotations };
  delete annotations['endpoints.kubernetes.io/last-change-trigger-time'];
  delete annotations['kubectl.kubernetes.io/last-applied-configuration'];
  const owner = controllerRef({ apiVersion: 'v1', kind: 'Endpoints', metadata: endpoints.metadata ?? {}, key: entry.key });
  const out: Entry<EndpointSlice>[] = [];
  for (const [key, group] of desired) {
    if (group.endpoints.size === 0) continue;
    const sliceName = namer.take(namespace, name, group.addressType, `${entry.key}|${key}`);
    const metadata = sliceMetadata({ name: sliceName, namespace, generateName: slicePrefix(name), labels: { ...labels }, annotations, owner, createdAt: endpoints.metadata?.creationTimestamp, config });
    out.push({
      key: `EndpointSlice/${namespace}/${sliceName}`,
      object: sliceObject(metadata, group.addressType, [...group.endpoints.values()].slice(0, MAX_ENDPOINTS_PER_SUBSET), group.ports),
      origin: 'derived',
      source: entry.source,
      simulated: ['metadata.name', 'metadata.uid'],
    });
  }
  return out;
}
