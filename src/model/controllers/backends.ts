/**
 * Step 4 of runControllers: the EndpointSlice, mirroring and Endpoints controllers publish the
 * Services' backends, from the Pods and Nodes steps 1-3 settled. With a memo, a Service's slices
 * and Endpoints are reconciled again only when what they read changed (controller-memo.ts).
 */
import type { ClusterConfig } from '../config.ts';
import type { EndpointSlice, Endpoints, Entry, Pod, Service } from '../objects.ts';
import { createBackendsMemo } from './controller-memo.ts';
import { reconcileEndpoints } from './endpoints-controller.ts';
import { hasSelector, reconcileEndpointSlices, selectPods } from './endpoint-slice-controller.ts';
import { mirrorEndpoints, shouldMirror } from './endpoint-slice-mirroring.ts';
import type { ControllerInput, SettledWorkloads } from './index.ts';
import { createSliceNamer, ENDPOINTSLICE_CONTROLLER, LABEL_MANAGED_BY, LABEL_SERVICE_NAME, MIRRORING_CONTROLLER } from './slice-meta.ts';

const keyOf = (namespace: string | undefined, name: string | undefined): string => `${namespace ?? ''}/${name ?? ''}`;
const serviceKey = (entry: Entry<Service>): string => keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name);
const sliceOwner = (slice: EndpointSlice): string => keyOf(slice.metadata?.namespace, slice.metadata?.labels?.[LABEL_SERVICE_NAME]);

/** The ready Pods the selected Pods' workloads count without simulating them: each has an address. */
function countedAddresses(settled: SettledWorkloads, selected: readonly Pod[]): number {
  const { counted } = settled;
  if (counted.size === 0) return 0;
  const owners = new Set<string>();
  for (const pod of selected) {
    const reference = pod.metadata?.ownerReferences?.find((owner) => owner.controller === true);
    if (reference) owners.add(`${reference.kind}/${pod.metadata?.namespace ?? ''}/${reference.name}`);
  }
  return [...owners].reduce((sum, owner) => sum + (counted.get(owner)?.ready ?? 0), 0);
}

/** The input Endpoints each selectorless Service's mirroring controller copies into slices. */
function mirroredEndpoints(services: readonly Entry<Service>[], endpointsByKey: ReadonlyMap<string, Entry<Endpoints>>): Entry<Endpoints>[] {
  return services.flatMap((entry) => {
    const key = serviceKey(entry);
    const endpoints = endpointsByKey.get(key);
    // default/kubernetes belongs to the apiserver's endpoint reconciler, whose Endpoints carry skip-mirror.
    if (key === 'default/kubernetes' || Object.keys(entry.object.spec?.selector ?? {}).length > 0) return [];
    return endpoints && shouldMirror(endpoints.object) ? [endpoints] : [];
  });
}

export function publishBackends(
  input: ControllerInput,
  settled: SettledWorkloads,
  configKey: string,
): { endpoints: Entry<Endpoints>[]; endpointSlices: Entry<EndpointSlice>[] } {
  const config: ClusterConfig = input.config;
  const endpointsByKey = new Map(input.endpoints.map((entry) => [keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name), entry]));
  const selectorServices = input.services.filter((entry) => hasSelector(entry.object));
  const mirrored = mirroredEndpoints(input.services, endpointsByKey);
  const managedServices = new Set(selectorServices.map(serviceKey));
  const mirroredServices = new Set(mirrored.map((entry) => keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name)));
  const replaced = (slice: EndpointSlice): boolean => {
    const managedBy = slice.metadata?.labels?.[LABEL_MANAGED_BY];
    return (managedBy === ENDPOINTSLICE_CONTROLLER && managedServices.has(sliceOwner(slice))) || (managedBy === MIRRORING_CONTROLLER && mirroredServices.has(sliceOwner(slice)));
  };
  // A dump's own slices and Endpoints are what its cluster serves: kept as they are, in place of
  // what the controllers would write (diagnose/endpoint-drift.ts says where the two differ). Once a
  // runtime event changes the cluster, the controllers sync every Service again, as they would.
  const asDumped = settled.events.length === 0;
  const storedSlices = new Set(input.endpointSlices.filter((entry) => asDumped && entry.intent === 'dump' && replaced(entry.object)).map((entry) => sliceOwner(entry.object)));
  const storedEndpoints = new Set(
    input.endpoints.filter((entry) => asDumped && entry.intent === 'dump').map((entry) => keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name)),
  );
  const recycled = input.endpointSlices.filter((entry) => replaced(entry.object) && !storedSlices.has(sliceOwner(entry.object)));
  const taken = new Set(input.endpointSlices.map((entry) => keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name)));
  const namerKey = JSON.stringify([recycled.map((entry) => [sliceOwner(entry.object), entry.object.addressType, entry.object.metadata?.name]), [...taken].sort()]);
  const namer = createSliceNamer(recycled, taken);
  const nodes = new Map(settled.nodes.map((entry) => [entry.object.metadata?.name ?? '', entry.object]));
  const memo = createBackendsMemo(input.memo, { config: configKey, nodes: settled.nodes, namer, namerKey });
  const { podIndex } = settled;
  const endpointSlices = [
    ...input.endpointSlices.filter((entry) => !recycled.includes(entry)),
    ...selectorServices
      .filter((entry) => !storedSlices.has(serviceKey(entry)))
      .flatMap((entry) => memo.slices(entry, selectPods(entry.object, podIndex), (take) => reconcileEndpointSlices(entry, { pods: podIndex, nodes, namer: take, config }))),
    ...mirrored.flatMap((entry) => memo.mirrored(entry, (take) => mirrorEndpoints(entry, take, config))),
  ];
  const endpoints = [
    ...input.endpoints.filter((entry) => !managedServices.has(keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name)) || storedEndpoints.has(keyOf(entry.object.metadata?.namespace, entry.object.metadata?.name))),
    ...selectorServices
      .filter((entry) => !storedEndpoints.has(serviceKey(entry)))
      .map((entry) => {
        const selected = selectPods(entry.object, podIndex);
        const current = endpointsByKey.get(serviceKey(entry));
        const counted = countedAddresses(settled, selected);
        return memo.endpoints(entry, selected, current, counted, () => reconcileEndpoints(entry, podIndex, current, config, (pods) => countedAddresses(settled, pods)));
      }),
  ];
  memo.finish();
  return { endpoints, endpointSlices };
}
