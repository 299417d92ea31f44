/**
 * What kube-apiserver does with a custom resource against its CRD's structural schema, in its
 * order (k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go and
 * pkg/registry/customresource/strategy.go):
 * 1. unknown fields: with kubectl's default fieldValidation=Strict, pruning reports every field
 *    the schema does not declare as `unknown field "spec.x"` and the request fails
 *    (pkg/apiserver/schema/pruning/algorithm.go PruneWithOptions, ReturnPruned);
 * 2. defaulting: a property's `default` fills it when absent or null, and the value put in is
 *    defaulted in turn (pkg/apiserver/schema/defaulting/algorithm.go Default);
 * 3. OpenAPI validation (k8s.io/kube-openapi/pkg/validation/validate, converted to field errors by
 *    pkg/apiserver/validation/validation.go kubeOpenAPIResultToFieldErrors);
 * 4. x-kubernetes-list-type map keys unique (pkg/apiserver/schema/listtype/validation.go);
 * 5. the CEL rules (cel-rules.ts), unless step 3 or 4 left a blocking error
 *    (strategy.go hasBlockingErr).
 */
import type { FieldError } from '../diagnostics.ts';
import { duplicate, fieldError, invalid, notSupported, required, tooLong, tooMany } from '../resources/field-error.ts';
import { goQuote, goSyntax } from '../resources/go-format.ts';
import { isRecord } from '../resources/guards.ts';
import type { CrdSchema } from './crd-types.ts';
import { checkCelRules } from './cel-rules.ts';

type Json = unknown;

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

/** 1. Fields the schema does not declare, as strict decoding errors (metadata is ObjectMeta's, checked elsewhere). */
export function unknownFields(value: Json, schema: CrdSchema, path = ''): FieldError[] {
  if (schema['x-kubernetes-preserve-unknown-fields']) return [];
  if (Array.isArray(value)) {
    return schema.items ? value.flatMap((item, i) => unknownFields(item, schema.items!, `${path}[${i}]`)) : [];
  }
  if (!isRecord(value) || schema.type !== 'object') return [];
  const out: FieldError[] = [];
  for (const [key, item] of Object.entries(value)) {
    const at = join(path, key);
    if (path === '' && (key === 'apiVersion' || key === 'kind' || key === 'metadata')) continue;
    const property = schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
    const additional = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
    const inner = property ?? additional;
    if (inner === undefined && schema.additionalProperties !== true) {
      out.push({ type: 'BadRequest', field: at, message: `unknown field ${goQuote(at)}` });
      continue;
    }
    if (inner) out.push(...unknownFields(item, inner, at));
  }
  return out;
}

/** 2. Structural defaulting: a copy with every absent (or null) defaulted property filled, recursively. */
export function applyDefaults(value: Json, schema: CrdSchema): Json {
  if (Array.isArray(value)) return schema.items ? value.map((item) => applyDefaults(item, schema.items!)) : value;
  if (!isRecord(value)) return value;
  const out: Record<string, Json> = {};
  for (const [key, item] of Object.entries(value)) out[key] = item;
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    if ((out[key] === undefined || out[key] === null) && property.default !== undefined) out[key] = JSON.parse(JSON.stringify(property.default)) as unknown;
  }
  for (const [key, item] of Object.entries(out)) {
    const inner = schema.properties?.[key] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
    if (item === null && inner && !inner.default) delete out[key]; // pruned: a null of a non-nullable field
    else if (inner) out[key] = applyDefaults(item, inner);
  }
  return out;
}

/** The JSON type name kube-openapi prints. */
function jsonType(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'object') return 'object';
  return typeof value;
}

function typeMatches(type: CrdSchema['type'], value: Json): boolean {
  if (type === undefined) return true;
  const actual = jsonType(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function inBody(path: string): string {
  return `${path === '' ? '' : `${path} `}in body`;
}

/** 3-4. OpenAPI validation of one value, depth first, as kube-openapi's SchemaValidator reports it. */
export function validateSchema(value: Json, schema: CrdSchema, path = ''): FieldError[] {
  if (value === undefined) return [];
  if (schema['x-kubernetes-int-or-string'] && (typeof value === 'string' || Number.isInteger(value))) return [];
  if (!typeMatches(schema.type, value)) {
    // validation.go: InvalidTypeCode → field.TypeInvalid, printed as an Invalid value.
    return [fieldError('Invalid', path, jsonType(value), `${inBody(path)} must be of type ${schema.type}: ${goQuote(jsonType(value))}`)];
  }
  const errs: FieldError[] = [];
  if (schema.enum && !schema.enum.some((allowed) => allowed === value)) {
    errs.push(notSupported(path, value, schema.enum.map(String)));
  }
  if (typeof value === 'string') errs.push(...validateString(value, schema, path));
  if (typeof value === 'number') errs.push(...validateNumber(value, schema, path));
  if (Array.isArray(value)) errs.push(...validateArray(value, schema, path));
  if (isRecord(value)) errs.push(...validateObjectFields(value, schema, path));
  errs.push(...combinatorErrors(value, schema, path));
  return errs;
}

/** oneOf / anyOf / not (kube-openapi validate/schema_props.go), as the Gateway's address types use them. */
function combinatorErrors(value: Json, schema: CrdSchema, path: string): FieldError[] {
  const passes = (sub: CrdSchema): boolean => validateSchema(value, sub, path).length === 0 && formatOk(value, sub);
  if (schema.oneOf && schema.oneOf.filter(passes).length !== 1) {
    return [invalid(path, value, `${inBody(path)} must validate one and only one schema (oneOf)`)];
  }
  if (schema.anyOf && !schema.anyOf.some(passes)) return [invalid(path, value, `${inBody(path)} must validate at least one schema (anyOf)`)];
  if (schema.not && passes(schema.not)) return [invalid(path, value, `${inBody(path)} must not validate the schema (not)`)];
  return [];
}

/** The `ipv4` / `ipv6` formats, the only ones used inside the CRDs' combinators. */
function formatOk(value: Json, schema: CrdSchema): boolean {
  if (isRecord(value)) return Object.entries(schema.properties ?? {}).every(([k, sub]) => value[k] === undefined || formatOk(value[k], sub));
  if (typeof value !== 'string') return true;
  if (schema.anyOf) return schema.anyOf.some((sub) => formatOk(value, sub));
  if (schema.format === 'ipv4') return /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(value);
  if (schema.format === 'ipv6') return value.includes(':') && /^[0-9a-fA-F:.]+$/.test(value);
  return true;
}

function validateString(value: string, schema: CrdSchema, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (schema.maxLength !== undefined && [...value].length > schema.maxLength) errs.push(tooLong(path, schema.maxLength));
  if (schema.minLength !== undefined && [...value].length < schema.minLength) {
    errs.push(invalid(path, value, `${inBody(path)} should be at least ${schema.minLength} chars long`));
  }
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
    errs.push(invalid(path, value, `${inBody(path)} should match '${schema.pattern}'`));
  }
  return errs;
}

function validateNumber(value: number, schema: CrdSchema, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (schema.minimum !== undefined && value < schema.minimum) {
    errs.push(invalid(path, value, `${inBody(path)} should be greater than or equal to ${schema.minimum}`));
  }
  if (schema.maximum !== undefined && value > schema.maximum) {
    errs.push(invalid(path, value, `${inBody(path)} should be less than or equal to ${schema.maximum}`));
  }
  return errs;
}

function validateArray(value: readonly Json[], schema: CrdSchema, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (schema.maxItems !== undefined && value.length > schema.maxItems) errs.push(tooMany(path, value.length, schema.maxItems));
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    errs.push(invalid(path, value.length, `${inBody(path)} should have at least ${schema.minItems} items`));
  }
  if (schema.items) value.forEach((item, i) => errs.push(...validateSchema(item, schema.items!, `${path}[${i}]`)));
  return errs;
}

/**
 * 4. listtype/validation.go ValidateListSetsAndMaps: the keys of a map list, and the items of a
 * set, are unique; each repeated value is reported once, at its second appearance, with the key
 * as a Go map[string]interface{}.
 */
export function listTypeErrors(value: Json, schema: CrdSchema, path = ''): FieldError[] {
  const errs: FieldError[] = [];
  if (Array.isArray(value)) return listErrors(value as readonly Json[], schema, path);
  if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      const inner = schema.properties?.[key] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
      if (inner) errs.push(...listTypeErrors(item, inner, join(path, key)));
    }
  }
  return errs;
}

function listErrors(value: readonly Json[], schema: CrdSchema, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const type = schema['x-kubernetes-list-type'];
  if (type === 'map' || type === 'set') {
    const keys = schema['x-kubernetes-list-map-keys'] ?? [];
    const keyOf = (item: Json): Record<string, Json> =>
      Object.fromEntries(keys.filter((k) => isRecord(item) && item[k] !== undefined).map((k) => [k, (item as Record<string, Json>)[k]]));
    const seen = new Map<string, number>();
    value.forEach((item, i) => {
      const shown = type === 'set' ? item : keyOf(item);
      const identity = JSON.stringify(shown);
      const times = seen.get(identity) ?? 0;
      seen.set(identity, times + 1);
      if (times === 1) errs.push(duplicate(`${path}[${i}]`, type === 'set' ? item : goSyntax(goInterfaceMap(shown as Record<string, Json>))));
    });
  }
  if (schema.items) value.forEach((item, i) => errs.push(...listTypeErrors(item, schema.items!, `${path}[${i}]`)));
  return errs;
}

/** %#v of a map[string]interface{} holding JSON scalars: keys sorted. */
function goInterfaceMap(map: Readonly<Record<string, Json>>): string {
  const body = Object.keys(map).sort().map((k) => `${goQuote(k)}:${typeof map[k] === 'string' ? goQuote(map[k]) : String(map[k])}`).join(', ');
  return `map[string]interface {}{${body}}`;
}

function validateObjectFields(value: Readonly<Record<string, Json>>, schema: CrdSchema, path: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const name of schema.required ?? []) {
    if (value[name] === undefined || value[name] === null) errs.push(required(join(path, name)));
  }
  const count = Object.keys(value).length;
  if (schema.maxProperties !== undefined && count > schema.maxProperties) errs.push(tooMany(path, count, schema.maxProperties));
  if (schema.minProperties !== undefined && count < schema.minProperties) {
    errs.push(invalid(path, count, `${inBody(path)} should have at least ${schema.minProperties} properties`));
  }
  for (const [key, item] of Object.entries(value)) {
    if (path === '' && key === 'metadata') continue;
    const inner = schema.properties?.[key] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
    if (inner) errs.push(...validateSchema(item, inner, join(path, key)));
  }
  return errs;
}

/** strategy.go hasBlockingErr: errors that stop the CEL rules from running. */
const BLOCKING: ReadonlySet<FieldError['type']> = new Set(['NotSupported', 'Required', 'TooLong', 'TooMany']);

const NOT_CHECKED = 'some validation rules were not checked because the object was invalid; correct the existing errors to complete validation';

/** Steps 3-5 for one defaulted object: schema errors, then the CEL rules' (or why they did not run). */
export function validateCustomResource(object: Readonly<Record<string, Json>>, schema: CrdSchema): FieldError[] {
  const errs = [...validateSchema(object, schema), ...listTypeErrors(object, schema)];
  const blocking = errs.some((e) => BLOCKING.has(e.type) || (e.type === 'Invalid' && e.detail?.includes(' must be of type ')));
  if (blocking) return [...errs, invalid('', null, NOT_CHECKED)];
  return [...errs, ...checkCelRules(object, schema)];
}
