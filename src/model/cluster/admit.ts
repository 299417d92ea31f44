/**
 * What the apiserver does with one object on create, in its order: find the kind, decode strictly,
 * default, allocate (Services), validate. Allocation errors replace validation errors because the
 * Service storage allocates in BeginCreate, before the strategy validates
 * (k8s.io/apiserver/pkg/registry/generic/registry/store.go Create), and storage itself refuses a
 * resourceVersion last.
 *
 * An object of a dump (intent.ts) is not created: it is what some cluster stores. It is decoded,
 * defaulted and validated as that cluster's API server did before storing it, and its status as
 * the status subresource checks it (validate-stored-status.ts); but no admission plugin runs
 * again, its addresses are kept where they are, and its resourceVersion is no reason to refuse it.
 */
import type { ClusterConfig } from '../config.ts';
import type { FieldError } from '../diagnostics.ts';
import type { ServiceAllocator } from '../controllers/service-alloc.ts';
import type { KubeObject, Pod, Service } from '../objects.ts';
import { generateNameSuffix } from '../controllers/hash.ts';
import { admitPod, defaultObject, validateObject } from '../resources/index.ts';
import { validateStoredStatus } from '../resources/validate-stored-status.ts';
import { decodeObject, lookupKind, type KindInfo } from '../resources/schema/index.ts';
import { guessedCustomKind, isCustomGroup } from './custom-kinds.ts';
import { admitGatewayObject } from '../gateway/admit.ts';
import { gatewayKind } from '../gateway/kinds.ts';
import type { InputIntent } from './intent.ts';
import { dropDisabledFields, unknownFieldsOf, type DroppedField } from '../versions/fields.ts';
import { featuresOf } from '../versions/rules.ts';
import { isRecord } from '../resources/guards.ts';

export type Admission =
  | {
      readonly ok: true;
      readonly object: KubeObject;
      readonly info: KindInfo;
      readonly warnings: readonly FieldError[];
      readonly allocated: readonly string[];
      /** A stored object's status fields no status update could have written: reported, and left out of the object. */
      readonly refusedStatus?: readonly FieldError[];
      /** A custom resource, served because its CRD is installed (the input's, or the dumped cluster's). */
      readonly custom?: true;
      /** Fields the simulated version clears on write because their feature gate is off (versions/fields.ts). */
      readonly dropped?: readonly DroppedField[];
    }
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
  /** `dump`: load as stored state; `manifest` (the default): create. */
  readonly intent?: InputIntent;
  /** Kinds the input's CustomResourceDefinitions serve (custom-kinds.ts), by `apiVersion/kind`. */
  readonly customKinds?: ReadonlyMap<string, KindInfo>;
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
  const stored = context.intent === 'dump';
  // Served only where the CRDs are: installed by option, applied in the input, or in the dumped cluster.
  const gateway = gatewayKind(apiVersion as string, kind as string);
  const gatewayServed = context.config.gatewayApi || stored || context.customKinds?.has(`${apiVersion as string}/${kind as string}`) === true;
  if (gateway !== undefined && gatewayServed) return admitGateway(raw, gateway, stored);
  const lookup = lookupKind(apiVersion as string, kind as string);
  const custom = lookup.served ? undefined : customKind(raw, apiVersion as string, kind as string, context);
  if (!lookup.served && custom === undefined) return { ok: false, stage: 'kind', errors: [], message: lookup.message, ...(lookup.hint ? { hint: lookup.hint } : {}) };
  const info = lookup.served ? lookup.info : (custom as KindInfo);

  const features = featuresOf(context.config.kubeVersion);
  const decoded = decodeObject(raw);
  // A field newer than the simulated version is one more unknown field, reported with the others
  // unless a type mismatch (which strict decoding reports alone) came first.
  const typeMismatch = decoded.errors.some((error) => !error.message.startsWith('unknown field '));
  const decodeErrors = typeMismatch ? decoded.errors : [...decoded.errors, ...unknownFieldsOf(raw, features)];
  if (decodeErrors.length > 0) return { ok: false, stage: 'decode', errors: decodeErrors };

  let object = withNamespace(decoded.object as KubeObject, info);
  object = defaultObject(object);
  // PrepareForCreate, after defaulting: fields whose feature gate is off in this version are cleared.
  const { object: kept, dropped } = dropDisabledFields(object, features);
  object = kept;
  const droppedPart = dropped.length > 0 ? { dropped } : {};
  // Admission plugins mutate a Pod on create only: a stored Pod already went through them.
  if (object.kind === 'Pod' && info.apiVersion === 'v1' && !stored) {
    const { name, namespace } = object.metadata ?? {};
    object = admitPod(object as unknown as Pod, generateNameSuffix(`Pod/${namespace ?? ''}/${name ?? ''}#token`)) as unknown as KubeObject;
  }

  let allocated: readonly string[] = [];
  let revert = (): void => undefined;
  if (object.kind === 'Service' && info.apiVersion === 'v1') {
    const allocation = context.allocator.allocate(object as unknown as Service, stored);
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

  if (stored) {
    const refusedStatus = validateStoredStatus(object, features);
    if (refusedStatus.length > 0) object = withoutRefusedStatus(object);
    return { ok: true, object, info, warnings, allocated, ...(refusedStatus.length > 0 ? { refusedStatus } : {}), ...(custom ? { custom: true } : {}), ...droppedPart };
  }

  // Only then does storage refuse a stored object's snapshot: etcd3 store.Create,
  // "resourceVersion should not be set on objects to be created".
  if (object.metadata?.resourceVersion) {
    revert();
    return { ok: false, stage: 'create', errors: [], message: 'resourceVersion should not be set on objects to be created' };
  }
  return { ok: true, object, info, warnings, allocated, ...(custom ? { custom: true } : {}), ...droppedPart };
}

/** A Gateway API object (gateway/admit.ts), with the same last refusal as any other kind. */
function admitGateway(raw: Readonly<Record<string, unknown>>, kind: NonNullable<ReturnType<typeof gatewayKind>>, stored: boolean): Admission {
  const object = withNamespace(raw as unknown as KubeObject, kind.info);
  const admission = admitGatewayObject(object, kind, stored);
  if (!admission.ok) return admission;
  if (!stored && object.metadata?.resourceVersion) {
    return { ok: false, stage: 'create', errors: [], message: 'resourceVersion should not be set on objects to be created' };
  }
  return { ok: true, object: admission.object, info: { ...kind.info, apiVersion: admission.object.apiVersion }, warnings: [], allocated: [] };
}

/** A custom resource the API would serve here (custom-kinds.ts), or undefined. */
function customKind(raw: Readonly<Record<string, unknown>>, apiVersion: string, kind: string, context: AdmitContext): KindInfo | undefined {
  if (!isCustomGroup(apiVersion)) return undefined;
  const declared = context.customKinds?.get(`${apiVersion}/${kind}`);
  if (declared !== undefined) return declared;
  return context.intent === 'dump' ? guessedCustomKind(apiVersion, kind, raw) : undefined;
}

/**
 * The object as its cluster would hold it when the status update that wrote its refused status
 * failed: without that status (a Service keeps `loadBalancer: {}`, as every stored Service has).
 */
function withoutRefusedStatus(object: KubeObject): KubeObject {
  const { status: _refused, ...rest } = object;
  return object.kind === 'Service' ? { ...rest, status: { loadBalancer: {} } } : rest;
}

/**
 * kubectl sends a namespaced object without a namespace to the context's namespace (`default`
 * here), and a cluster-scoped one without any namespace.
 */
function withNamespace(object: KubeObject, info: KindInfo): KubeObject {
  // Nearly every object already says what kubectl would send (a dump's all do): it is kept, not
  // copied, as admitted objects are never written to.
  const stated = object.metadata?.namespace;
  if (isRecord(object.metadata) && (info.namespaced ? typeof stated === 'string' && stated !== '' : !Object.hasOwn(object.metadata, 'namespace'))) return object;
  const { namespace, ...rest } = object.metadata ?? {};
  if (!info.namespaced) return { ...object, metadata: rest };
  return { ...object, metadata: { ...rest, namespace: namespace || 'default' } };
}
