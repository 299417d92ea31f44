/** Admission results as located diagnostics. */
import type { Diagnostic, FieldError } from '../diagnostics.ts';
import { splitFieldPath } from '../manifest/locate.ts';
import type { RawObject } from '../manifest/parse.ts';
import { objectKey } from '../objects.ts';
import type { Admission } from './admit.ts';
import { droppedFieldNotes } from './dropped-fields.ts';

function describeObject(raw: RawObject): string | undefined {
  const { kind, metadata } = raw.value as { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } };
  if (typeof kind !== 'string' || typeof metadata?.name !== 'string') return undefined;
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : undefined;
  return objectKey(kind, metadata.name, kind === 'Namespace' || kind === 'Node' ? undefined : namespace ?? 'default');
}

const ALLOCATION = /already allocated|not in the valid range|failed to allocate/;

/**
 * The source place of a field. The apiserver reports `spec.clusterIPs` even when the manifest only
 * wrote `spec.clusterIP` (normalizeClusterIPs copies it over), so such errors point at what was written.
 */
function locateField(raw: RawObject, field: string) {
  const spec = raw.value.spec as { clusterIPs?: unknown } | undefined;
  const written = field.startsWith('spec.clusterIPs') && spec?.clusterIPs === undefined ? 'spec.clusterIP' : field;
  return raw.locate(splitFieldPath(written));
}

export function admissionDiagnostics(raw: RawObject, admission: Admission): Diagnostic[] {
  const object = describeObject(raw);
  const fromField = (error: FieldError, severity: 'error' | 'warning', stage?: string): Diagnostic => ({
    code: severity === 'warning' ? 'WARNING' : stage === 'allocate' && ALLOCATION.test(error.message) ? 'ALLOCATION_CONFLICT' : 'FIELD_INVALID',
    severity,
    message: error.message,
    ...(object ? { object } : {}),
    field: error.field,
    type: error.type,
    range: locateField(raw, error.field),
  });
  if (admission.ok) {
    // A stored status no status update could have written: the object is kept without it.
    const refused = (admission.refusedStatus ?? []).map((e) => fromField(e, 'error'));
    return [...refused, ...admission.warnings.map((w) => fromField(w, 'warning')), ...droppedFieldNotes(raw, object, admission.dropped ?? [])];
  }
  if (admission.stage === 'kind') {
    const missingKind = admission.message?.startsWith('error validating data') ?? false;
    const range = raw.locate(missingKind ? [] : ['kind']);
    const refusal: Diagnostic = {
      code: missingKind ? 'MISSING_KIND' : 'UNKNOWN_KIND',
      severity: 'error',
      message: admission.message ?? '',
      ...(object ? { object } : {}),
      range,
    };
    return admission.hint ? [refusal, { code: 'UNKNOWN_KIND', severity: 'info', message: admission.hint, ...(object ? { object } : {}), range }] : [refusal];
  }
  if (admission.stage === 'create') {
    return [{
      code: 'RESOURCE_VERSION_ON_CREATE',
      severity: 'error',
      message: admission.message ?? '',
      ...(object ? { object } : {}),
      field: 'metadata.resourceVersion',
      range: raw.locate(['metadata', 'resourceVersion']),
    }];
  }
  return admission.errors.map((e) => fromField(e, 'error', admission.stage));
}

export function implicitNamespaceNote(namespace: string, raw: RawObject): Diagnostic {
  return {
    code: 'NAMESPACE_IMPLICIT',
    severity: 'info',
    object: objectKey('Namespace', namespace),
    message: `namespace "${namespace}" is not declared: it is created here so the objects can be shown; a real cluster would first need \`kubectl create namespace ${namespace}\` (or a Namespace object before them)`,
    range: raw.locate(['metadata', 'namespace']),
  };
}
