/**
 * What the apiserver does with one object on create, in its order: find the kind, decode strictly,
 * default, allocate (Services), validate. Allocation errors replace validation errors because the
 * Service storage allocates in BeginCreate, before the strategy validates
 * (k8s.io/apiserver/pkg/registry/generic/registry/store.go Create), and storage itself refuses a
 * resourceVersion last.
 */
import type { ClusterConfig } from '../config.ts';
import type { FieldError } from '../diagnostics.ts';
import type { ServiceAllocator } from '../controllers/service-alloc.ts';
import type { KubeObject, Pod, Service } from '../objects.ts';
import { generateNameSuffix } from '../controllers/hash.ts';
import { admitPod, defaultObject, validateObject } from '../resources/index.ts';
import { decodeObject, lookupKind, type KindInfo } from '../resources/schema/index.ts';

export type Admission =
  | { readonly ok: true; readonly object: KubeObject; readonly info: KindInfo; readonly warnings: readonly FieldError[]; readonly allocated: readonly string[] }
  | {
      readonly ok: false;
      readonly stage: 'kind' | 'create' | 'decode' | 'allocate' | 'validate';
      readonly errors: readonly FieldError[];
      readonly message?: string;
      /** For a kind the server does not serve: which version replaced it, when it was removed. */
      readonly hint?: string;
    };

export interface AdmitContext {
  readonly config: ClusterConfig;
  readonly allocator: ServiceAllocator;
}

export function admit(raw: Readonly<Record<string, unknown>>, context: AdmitContext): Admission {
  const apiVersion = raw.apiVersion;
  const kind = raw.kind;
  // kubectl refuses these client-side: `error validating data: [apiVersion not set, kind not set]`.
  const missing = [
    typeof apiVersion === 'string' && apiVersion !== '' ? undefined : 'apiVersion not set',
    typeof kind === 'string' && kind !== '' ? undefined : 'kind not set',
  ].filter((m): m is string => m !== undefined);
  if (missing.length > 0) {
    return { ok: false, stage: 'kind', errors: [], message: `error validating data: [${missing.join(', ')}]` };
  }
  const lookup = lookupKind(apiVersion as string, kind as string);
  if (!lookup.served) return { ok: false, stage: 'kind', errors: [], message: lookup.message, ...(lookup.hint ? { hint: lookup.hint } : {}) };

  const decoded = decodeObject(raw);
  if (decoded.errors.length > 0) return { ok: false, stage: 'decode', errors: decoded.errors };

  let object = withNamespace(decoded.object as KubeObject, lookup.info);
  object = defaultObject(object);
  if (object.kind === 'Pod' && lookup.info.apiVersion === 'v1') {
    const { name, namespace } = object.metadata ?? {};
    object = admitPod(object as unknown as Pod, generateNameSuffix(`Pod/${namespace ?? ''}/${name ?? ''}#token`)) as unknown as KubeObject;
  }

  let allocated: readonly string[] = [];
  let revert = (): void => undefined;
  if (object.kind === 'Service' && lookup.info.apiVersion === 'v1') {
    const allocation = context.allocator.allocate(object as unknown as Service);
    if (allocation.errors.length > 0) return { ok: false, stage: 'allocate', errors: allocation.errors };
    object = allocation.service as unknown as KubeObject;
    allocated = allocation.allocated;
    revert = allocation.revert;
  }

  const { errors, warnings } = validateObject(object, context.config);
  if (errors.length > 0) {
    revert();
    return { ok: false, stage: 'validate', errors };
  }

  // Only then does storage refuse a stored object's snapshot: etcd3 store.Create,
  // "resourceVersion should not be set on objects to be created".
  if (object.metadata?.resourceVersion) {
    revert();
    return { ok: false, stage: 'create', errors: [], message: 'resourceVersion should not be set on objects to be created' };
  }
  return { ok: true, object, info: lookup.info, warnings, allocated };
}

/**
 * kubectl sends a namespaced object without a namespace to the context's namespace (`default`
 * here), and a cluster-scoped one without any namespace.
 */
function withNamespace(object: KubeObject, info: KindInfo): KubeObject {
  const { namespace, ...rest } = object.metadata ?? {};
  if (!info.namespaced) return { ...object, metadata: rest };
  return { ...object, metadata: { ...rest, namespace: namespace || 'default' } };
}
