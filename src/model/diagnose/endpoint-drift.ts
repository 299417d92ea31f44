/**
 * Drift: where a dump's own EndpointSlices and Endpoints differ from what the controllers would
 * write for the dumped Service and Pods. A running cluster converges within seconds, so a lasting
 * difference is the lead a person debugging it needs: the controller is stuck or lagging, a Pod
 * was deleted or changed its readiness after the slice was written, or the dump was taken while
 * the cluster moved. Only stored (dumped) objects are compared, and only those the controllers
 * would rewrite: a controller-managed slice of a Service with a selector, and that Service's
 * Endpoints.
 *
 * What the controllers would write per Pod (staging/src/k8s.io/endpointslice/utils.go
 * podToEndpoint): `serving` = the Pod is Ready, `ready` = publishNotReadyAddresses or (serving and
 * not terminating); a Pod enters only with an IP and not terminal (ShouldPodBeInEndpoints). The
 * Endpoints controller puts ready Pods under `addresses`, the others under `notReadyAddresses`
 * (pkg/controller/endpoint/endpoints_controller.go podToEndpointAddressForService, addEndpointSubset).
 * The endpoint's nodeName is the Pod's spec.nodeName, and a slice's ports are the Service's ports
 * as each of its Pods resolves them (utils.go getEndpointPorts; Pods that resolve them differently
 * go to different slices).
 */
import type { Endpoints } from 'kubernetes-types/core/v1';
import type { EndpointPort, EndpointSlice as Slice } from 'kubernetes-types/discovery/v1';
import { endpointPorts, hasSelector, selectPods } from '../controllers/endpoint-slice-controller.ts';
import { isPodReady, shouldPodBeInEndpoints } from '../controllers/pod-conditions.ts';
import { ENDPOINTSLICE_CONTROLLER, LABEL_MANAGED_BY, LABEL_SERVICE_NAME } from '../controllers/slice-meta.ts';
import { normalizeIP } from '../net/ip.ts';
import { objectKey, type Entry, type Pod, type Service } from '../objects.ts';
import { listNames, type Finding, type ServiceContext } from './finding.ts';
import { MESSAGES } from './messages.ts';

export interface DriftFinding {
  readonly entry: Entry<object>;
  readonly findings: readonly Finding[];
}

const keyOf = (namespace: string | undefined, name: string | undefined): string => `${namespace ?? 'default'}/${name ?? ''}`;

/** Whether the controller would mark the Pod's endpoint ready (podToEndpoint). */
function wouldBeReady(service: Service, pod: Pod): boolean {
  return service.spec?.publishNotReadyAddresses === true || (isPodReady(pod) && pod.metadata?.deletionTimestamp === undefined);
}

function podIPs(pod: Pod): string[] {
  return [pod.status?.podIP, ...(pod.status?.podIPs ?? []).map((p) => p.ip)].filter((ip): ip is string => !!ip).map(normalizeIP);
}

/** `http/TCP 8080, metrics/TCP 9090`: a slice's port mapping, in a stable order, as a person reads it. */
function describePorts(ports: readonly EndpointPort[]): string {
  if (ports.length === 0) return 'none';
  return ports
    .map((port) => `${port.name ? port.name : '(unnamed)'}/${port.protocol ?? 'TCP'} ${port.port ?? '?'}`)
    .sort()
    .join(', ');
}

/** A controller-managed slice read out of the dump, for a Service the controller keeps up to date. */
export function isStoredManagedSlice(entry: Entry<Slice>): boolean {
  return entry.intent === 'dump' && entry.object.metadata?.labels?.[LABEL_MANAGED_BY] === ENDPOINTSLICE_CONTROLLER;
}

/** The differences between a Service's dumped slices and what the EndpointSlice controller would write. */
function sliceDrift(service: Service, slices: readonly Entry<Slice>[], selected: readonly Pod[], context: ServiceContext): DriftFinding[] {
  const namespace = service.metadata?.namespace ?? 'default';
  const listed = new Set<string>();
  const out: DriftFinding[] = [];
  // The port mapping each kind of Pod resolves to: a workload's Pods share their containers' ports.
  const expectedPorts = new Map<string, string>();
  const portsFor = (pod: Pod): string => {
    const key = JSON.stringify((pod.spec?.containers ?? []).map((container) => container.ports ?? []));
    let ports = expectedPorts.get(key);
    if (ports === undefined) expectedPorts.set(key, (ports = describePorts(endpointPorts(service, pod))));
    return ports;
  };
  for (const entry of slices) {
    const stale: string[] = [];
    const slicePorts = describePorts(entry.object.ports ?? []);
    const related = new Set<string>();
    let firstField: (string | number)[] | undefined;
    (entry.object.endpoints ?? []).forEach((endpoint, i) => {
      const ref = endpoint.targetRef;
      const address = endpoint.addresses[0] ?? '';
      if (ref?.kind !== 'Pod' || !ref.name) return;
      listed.add(keyOf(ref.namespace ?? namespace, ref.name));
      const pod = context.index.pod(ref.namespace ?? namespace, ref.name)?.object;
      const note = (text: string, field: (string | number)[]) => {
        stale.push(text);
        related.add(objectKey('Pod', ref.name ?? '', ref.namespace ?? namespace));
        firstField ??= field;
      };
      if (pod === undefined) return note(MESSAGES.driftPodGone(address, ref.name), ['endpoints', i, 'targetRef', 'name']);
      const ips = podIPs(pod);
      if (entry.object.addressType !== 'FQDN' && ips.length > 0 && address !== '' && !ips.includes(normalizeIP(address))) {
        return note(MESSAGES.staleEndpointAddress(address, ref.name, ips.join(', ')), ['endpoints', i, 'addresses', 0]);
      }
      const ready = endpoint.conditions?.ready ?? true;
      const expected = wouldBeReady(service, pod);
      if (ready !== expected) note(MESSAGES.driftReadiness(ref.name, ready, expected), ['endpoints', i, 'conditions', 'ready']);
      const node = pod.spec?.nodeName;
      if (endpoint.nodeName !== undefined && node !== undefined && endpoint.nodeName !== node) note(MESSAGES.driftNode(ref.name, endpoint.nodeName, node), ['endpoints', i, 'nodeName']);
      const ports = portsFor(pod);
      if (ports !== slicePorts) note(MESSAGES.driftPorts(ref.name, slicePorts, ports), ['ports']);
    });
    if (stale.length === 0) continue;
    out.push({
      entry,
      findings: [{ code: 'ENDPOINTSLICE_DRIFT', severity: 'warning', field: firstField ?? ['endpoints'], message: MESSAGES.sliceDrift(listNames(stale)), related: [...related] }],
    });
  }
  // A Pod the controller would list as ready that no slice of the Service lists at all.
  const missing = selected.filter((pod) => shouldPodBeInEndpoints(pod, true) && wouldBeReady(service, pod) && !listed.has(keyOf(pod.metadata?.namespace, pod.metadata?.name)));
  const [first] = slices;
  if (missing.length > 0 && first !== undefined) {
    const names = missing.map((pod) => pod.metadata?.name ?? '');
    out.push({
      entry: first,
      findings: [{
        code: 'ENDPOINTSLICE_MISSING_ENDPOINT',
        severity: 'warning',
        field: ['endpoints'],
        message: MESSAGES.sliceMissingEndpoint(service.metadata?.name ?? '', listNames(names), missing.length),
        related: missing.map((pod) => objectKey('Pod', pod.metadata?.name ?? '', pod.metadata?.namespace)),
      }],
    });
  }
  return out;
}

/** A Service with ready Pods and no slice in a dump that has slices: the one finding, on the Service. */
function missingSlices(entry: Entry<Service>, context: ServiceContext): DriftFinding[] {
  const service = entry.object;
  const ready = selectPods(service, context.pods).filter((pod) => shouldPodBeInEndpoints(pod, true) && podIPs(pod).length > 0 && wouldBeReady(service, pod));
  if (ready.length === 0) return [];
  const names = ready.map((pod) => pod.metadata?.name ?? '');
  return [{
    entry,
    findings: [{
      code: 'ENDPOINTSLICE_MISSING',
      severity: 'warning',
      field: ['spec', 'selector'],
      message: MESSAGES.sliceMissing(service.metadata?.name ?? '', listNames(names), ready.length),
      related: ready.map((pod) => objectKey('Pod', pod.metadata?.name ?? '', pod.metadata?.namespace)),
    }],
  }];
}

/** The differences between a Service's dumped Endpoints and what the Endpoints controller would write. */
function endpointsDrift(service: Service, entry: Entry<Endpoints>, selected: readonly Pod[]): DriftFinding[] {
  const ready = new Set<string>();
  const notReady = new Set<string>();
  for (const subset of entry.object.subsets ?? []) {
    for (const address of subset.addresses ?? []) ready.add(normalizeIP(address.ip));
    for (const address of subset.notReadyAddresses ?? []) notReady.add(normalizeIP(address.ip));
  }
  const differences: string[] = [];
  const related: string[] = [];
  const expected = new Set<string>();
  for (const pod of selected) {
    if (!shouldPodBeInEndpoints(pod, service.spec?.publishNotReadyAddresses === true)) continue;
    const ip = podIPs(pod)[0];
    if (ip === undefined) continue;
    expected.add(ip);
    const name = pod.metadata?.name ?? '';
    const isReady = wouldBeReady(service, pod);
    if (isReady && !ready.has(ip)) differences.push(MESSAGES.endpointsShouldBeReady(ip, name, notReady.has(ip)));
    else if (!isReady && ready.has(ip)) differences.push(MESSAGES.endpointsShouldNotBeReady(ip, name));
    else continue;
    related.push(objectKey('Pod', name, pod.metadata?.namespace));
  }
  for (const ip of [...ready, ...notReady]) if (!expected.has(ip)) differences.push(MESSAGES.endpointsNoPod(ip));
  if (differences.length === 0) return [];
  return [{ entry, findings: [{ code: 'ENDPOINTS_DRIFT', severity: 'warning', field: ['subsets'], message: MESSAGES.endpointsDrift(listNames(differences)), related }] }];
}

/**
 * Every drift between the dumped slices and Endpoints of the input's Services and what the
 * controllers would write for them.
 */
export function endpointDrift(
  services: readonly Entry<Service>[],
  slices: readonly Entry<Slice>[],
  endpoints: readonly Entry<Endpoints>[],
  context: ServiceContext,
): DriftFinding[] {
  const storedSlices = new Map<string, Entry<Slice>[]>();
  for (const entry of slices) {
    if (!isStoredManagedSlice(entry)) continue;
    const key = keyOf(entry.object.metadata?.namespace, entry.object.metadata?.labels?.[LABEL_SERVICE_NAME]);
    storedSlices.set(key, [...(storedSlices.get(key) ?? []), entry]);
  }
  const storedEndpoints = new Map(endpoints.filter((entry) => entry.intent === 'dump').map((entry) => [keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name), entry]));
  if (storedSlices.size === 0 && storedEndpoints.size === 0) return [];
  const out: DriftFinding[] = [];
  for (const entry of services) {
    const service = entry.object;
    if (!hasSelector(service)) continue;
    const key = keyOf(service.metadata?.namespace, service.metadata?.name);
    const ownSlices = storedSlices.get(key);
    const ownEndpoints = storedEndpoints.get(key);
    // A dump with the slices of other Services but none of this one's: the controller has not written it.
    if (ownSlices === undefined && storedSlices.size > 0) out.push(...missingSlices(entry, context));
    if (ownSlices === undefined && ownEndpoints === undefined) continue;
    const selected = selectPods(service, context.pods);
    if (ownSlices) out.push(...sliceDrift(service, ownSlices, selected, context));
    if (ownEndpoints) out.push(...endpointsDrift(service, ownEndpoints, selected));
  }
  return out;
}
