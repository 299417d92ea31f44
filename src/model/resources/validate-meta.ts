/**
 * ObjectMeta, labels, annotations and label selectors, as
 * k8s.io/apimachinery/pkg/api/validation/objectmeta.go (ValidateObjectMetaAccessor) and
 * k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go (ValidateLabels,
 * ValidateLabelSelector) check them on create.
 */
import type { FieldError } from '../diagnostics.ts';
import { forbidden, invalid, required, tooLong } from './field-error.ts';
import { asArray, asRecord, asString, byteLength, isRecord } from './guards.ts';
import { labelValueErrors, nameIsDnsLabel, qualifiedNameErrors, type NameValidator } from './names.ts';

/** TotalAnnotationSizeLimitB: 256 kB for all keys and values together. */
const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

/** Standard finalizer names (helper.IsStandardFinalizerName). */
const STANDARD_FINALIZERS: ReadonlySet<string> = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

/** ValidateLabels: every key a qualified name, every value a label value. */
export function validateLabels(labels: unknown, field: string): FieldError[] {
  const rec = asRecord(labels);
  if (rec === undefined) return [];
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(rec)) {
    errs.push(...validateLabelName(k, field));
    const value = typeof v === 'string' ? v : String(v);
    for (const msg of labelValueErrors(value)) errs.push(invalid(field, value, msg));
  }
  return errs;
}

/** ValidateLabelName */
export function validateLabelName(name: string, field: string): FieldError[] {
  return qualifiedNameErrors(name).map((msg) => invalid(field, name, msg));
}

/** ValidateAnnotations: keys are qualified names (case-insensitive), and the whole is at most 256 kB. */
export function validateAnnotations(annotations: unknown, field: string): FieldError[] {
  const rec = asRecord(annotations);
  if (rec === undefined) return [];
  const errs: FieldError[] = [];
  let total = 0;
  for (const [k, v] of Object.entries(rec)) {
    for (const msg of qualifiedNameErrors(k.toLowerCase())) errs.push(invalid(field, k, msg));
    total += byteLength(k) + byteLength(typeof v === 'string' ? v : String(v));
  }
  if (total > TOTAL_ANNOTATION_SIZE_LIMIT) errs.push(tooLong(field, TOTAL_ANNOTATION_SIZE_LIMIT));
  return errs;
}

/** ValidateLabelSelector (metav1 validation), strict label values. */
export function validateLabelSelector(selector: unknown, field: string): FieldError[] {
  const rec = asRecord(selector);
  if (rec === undefined) return [];
  const errs = validateLabels(rec.matchLabels, `${field}.matchLabels`);
  asArray(rec.matchExpressions).forEach((expr, i) => {
    const e = isRecord(expr) ? expr : {};
    const path = `${field}.matchExpressions[${i}]`;
    const operator = asString(e.operator);
    const values = asArray(e.values);
    if (operator === 'In' || operator === 'NotIn') {
      if (values.length === 0) errs.push(required(`${path}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
    } else if (operator === 'Exists' || operator === 'DoesNotExist') {
      if (values.length > 0) {
        errs.push(forbidden(`${path}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
      }
    } else {
      errs.push(invalid(`${path}.operator`, operator, 'not a valid selector operator'));
    }
    errs.push(...validateLabelName(asString(e.key), `${path}.key`));
    for (const [j, v] of values.entries()) {
      for (const msg of labelValueErrors(asString(v))) errs.push(invalid(`${path}.values[${j}]`, asString(v), msg));
    }
  });
  return errs;
}

/**
 * ValidateObjectMeta on create (core validation wrapper included): generateName and name format,
 * namespace format, labels, annotations and finalizers. A missing namespace is not reported: the
 * pipeline defaults it, as kubectl does, before validation.
 */
export function validateObjectMeta(metadata: unknown, nameFn: NameValidator, namespaced: boolean): FieldError[] {
  const meta = asRecord(metadata) ?? {};
  const errs: FieldError[] = [];
  const generateName = asString(meta.generateName);
  const name = asString(meta.name);
  if (generateName.length > 0) {
    for (const msg of nameFn(generateName, true)) errs.push(invalid('metadata.generateName', generateName, msg));
  }
  if (name.length === 0) {
    errs.push(required('metadata.name', 'name or generateName is required'));
  } else {
    for (const msg of nameFn(name, false)) errs.push(invalid('metadata.name', name, msg));
  }
  const namespace = asString(meta.namespace);
  if (namespaced && namespace.length > 0) {
    for (const msg of nameIsDnsLabel(namespace, false)) errs.push(invalid('metadata.namespace', namespace, msg));
  }
  errs.push(...validateLabels(meta.labels, 'metadata.labels'));
  errs.push(...validateAnnotations(meta.annotations, 'metadata.annotations'));
  errs.push(...validateFinalizers(meta.finalizers, 'metadata.finalizers'));
  return errs;
}

/**
 * Finalizer names: apimachinery's ValidateFinalizers (qualified name, on the list's path) and core's
 * validateKubeFinalizerName (indexed path): an unprefixed name must be a standard one.
 */
function validateFinalizers(finalizers: unknown, field: string): FieldError[] {
  const names = asArray(finalizers).map(asString);
  const errs: FieldError[] = [];
  for (const f of names) errs.push(...qualifiedNameErrors(f).map((msg) => invalid(field, f, msg)));
  names.forEach((f, i) => errs.push(...validateKubeFinalizerName(f, `${field}[${i}]`)));
  return errs;
}

/** validateKubeFinalizerName */
export function validateKubeFinalizerName(name: string, field: string): FieldError[] {
  if (!name.includes('/') && !STANDARD_FINALIZERS.has(name)) {
    return [invalid(field, name, 'name is neither a standard finalizer name nor is it fully qualified')];
  }
  return [];
}
