/**
 * What the EndpointSlice controller and the mirroring controller share: the well-known labels, the
 * slice's metadata, and names: generateName `<service>-` plus 5 characters, reusing the names of
 * the input's slices that the controller takes over (as reconciler.finalize turns creates into
 * updates of slices it would otherwise delete).
 */
import type { EndpointPort, EndpointSlice } from 'kubernetes-types/discovery/v1';
import type { ObjectMeta, OwnerReference } from 'kubernetes-types/meta/v1';
import type { ClusterConfig } from '../config.ts';
import type { Entry } from '../objects.ts';
import { canonicalJson, cloneJson, deriveUid, generateName } from './hash.ts';

export const LABEL_SERVICE_NAME = 'kubernetes.io/service-name';
export const LABEL_MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
export const LABEL_SKIP_MIRROR = 'endpointslice.kubernetes.io/skip-mirror';
export const LABEL_HEADLESS = 'service.kubernetes.io/headless';
export const ENDPOINTSLICE_CONTROLLER = 'endpointslice-controller.k8s.io';
export const MIRRORING_CONTROLLER = 'endpointslicemirroring-controller.k8s.io';

/** NewPortMapKey: ports in a canonical order, so that equal sets of ports group together. */
export function portMapKey(ports: readonly EndpointPort[]): string {
  return canonicalJson([...ports].map(canonicalJson).sort());
}

/** Names of the input's slices a controller replaces, handed out again in input order, per address type. */
export interface SliceNamer {
  readonly take: (namespace: string, owner: string, addressType: string, seed: string) => string;
}

export function createSliceNamer(recycled: readonly Entry<EndpointSlice>[], taken: Set<string>): SliceNamer {
  const pools = new Map<string, string[]>();
  for (const entry of recycled) {
    const metadata = entry.object.metadata;
    const key = `${metadata?.namespace ?? ''}/${metadata?.labels?.[LABEL_SERVICE_NAME] ?? ''}/${entry.object.addressType}`;
    pools.set(key, [...(pools.get(key) ?? []), metadata?.name ?? '']);
  }
  return {
    take: (namespace, owner, addressType, seed) => {
      const reused = pools.get(`${namespace}/${owner}/${addressType}`)?.shift();
      if (reused !== undefined) return reused;
      for (let attempt = 0; ; attempt += 1) {
        const name = generateName(slicePrefix(owner), attempt === 0 ? seed : `${seed}~${attempt}`);
        if (!taken.has(`${namespace}/${name}`)) {
          taken.add(`${namespace}/${name}`);
          return name;
        }
      }
    },
  };
}

/**
 * getEndpointSlicePrefix: `<name>-`, or the bare name when the dash would make it an invalid
 * DNS subdomain (a name of 253 characters).
 */
export function slicePrefix(name: string): string {
  return name.length + 1 > 253 ? name : `${name}-`;
}

export interface SliceMetaInput {
  readonly name: string;
  readonly namespace: string;
  readonly generateName: string;
  readonly labels: Record<string, string>;
  readonly annotations?: Record<string, string>;
  readonly owner: OwnerReference;
  /** The Service's creation time: the controller writes its slices moments after. */
  readonly createdAt: string | undefined;
  readonly config: ClusterConfig;
}

export function sliceMetadata(input: SliceMetaInput): ObjectMeta {
  const metadata: ObjectMeta = {
    name: input.name,
    generateName: input.generateName,
    namespace: input.namespace,
    uid: deriveUid(`EndpointSlice/${input.namespace}/${input.name}`),
    creationTimestamp: input.createdAt ?? input.config.now,
    labels: { ...input.labels },
    ownerReferences: [cloneJson(input.owner)],
  };
  if (input.annotations && Object.keys(input.annotations).length > 0) metadata.annotations = { ...input.annotations };
  return metadata;
}

/**
 * The slice as the API returns it: empty lists do not survive storage (protobuf drops them), so an
 * empty `ports` or `endpoints` reads back as null, as on the placeholder slice.
 */
export function sliceObject(metadata: ObjectMeta, addressType: string, endpoints: EndpointSlice['endpoints'], ports: readonly EndpointPort[]): EndpointSlice {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata,
    addressType,
    endpoints: (endpoints.length > 0 ? endpoints : null) as EndpointSlice['endpoints'],
    ports: (ports.length > 0 ? cloneJson([...ports]) : null) as EndpointSlice['ports'],
  };
}
