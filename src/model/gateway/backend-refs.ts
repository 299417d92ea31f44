/**
 * Whether an HTTPRoute's backendRef resolves (apis/v1/httproute_types.go HTTPBackendRef,
 * shared_types.go RouteReasonRefNotPermitted / InvalidKind / BackendNotFound): a core Service
 * (group "" and kind Service; other kinds are InvalidKind), in the route's namespace or in one
 * whose ReferenceGrant lets HTTPRoutes of the route's namespace refer to it
 * (apis/v1beta1/referencegrant_types.go), that exists.
 */
import type { Entry, Service } from '../objects.ts';
import type { RouteRefReason } from './conditions.ts';
import { GATEWAY_GROUP, type HTTPBackendRef, type ReferenceGrant } from './types.ts';

export type ResolvedBackend =
  | { readonly ok: true; readonly service: Entry<Service>; readonly port: number; readonly weight: number }
  | { readonly ok: false; readonly reason: RouteRefReason; readonly message: string; readonly weight: number };

export interface RefContext {
  readonly services: ReadonlyMap<string, Entry<Service>>;
  readonly referenceGrants: readonly Entry<ReferenceGrant>[];
}

/** ReferenceGrant semantics: a grant in the target's namespace, from HTTPRoutes of `fromNamespace`, to Services (all, or this name). */
export function granted(grants: readonly Entry<ReferenceGrant>[], fromNamespace: string, toNamespace: string, toName: string): boolean {
  return grants.some(({ object }) =>
    (object.metadata.namespace ?? 'default') === toNamespace &&
    object.spec.from.some((f) => f.group === GATEWAY_GROUP && f.kind === 'HTTPRoute' && f.namespace === fromNamespace) &&
    object.spec.to.some((t) => t.group === '' && t.kind === 'Service' && (t.name === undefined || t.name === '' || t.name === toName)));
}

export function resolveBackendRef(ref: HTTPBackendRef, routeNamespace: string, context: RefContext): ResolvedBackend {
  const weight = ref.weight ?? 1;
  const group = ref.group ?? '';
  const kind = ref.kind ?? 'Service';
  const namespace = ref.namespace ?? routeNamespace;
  if (group !== '' || kind !== 'Service') {
    return { ok: false, reason: 'InvalidKind', message: `backendRef ${ref.name}: kind ${group === '' ? kind : `${kind}.${group}`} is not supported`, weight };
  }
  if (namespace !== routeNamespace && !granted(context.referenceGrants, routeNamespace, namespace, ref.name)) {
    return { ok: false, reason: 'RefNotPermitted', message: `backendRef ${namespace}/${ref.name}: no ReferenceGrant in namespace ${namespace} allows HTTPRoutes from ${routeNamespace}`, weight };
  }
  const service = context.services.get(`${namespace}/${ref.name}`);
  if (service === undefined) return { ok: false, reason: 'BackendNotFound', message: `Service ${namespace}/${ref.name} not found`, weight };
  return { ok: true, service, port: ref.port ?? 0, weight };
}
