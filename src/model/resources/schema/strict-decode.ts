/**
 * What kube-apiserver's decoder says about an object before validation, under kubectl's default
 * `--validate=strict` (fieldValidation=Strict).
 *
 * The body kubectl sends is the object as JSON with every map's keys sorted (Go's json.Marshal of
 * the unstructured object), and the apiserver decodes it with sigs.k8s.io/json UnmarshalStrict
 * (k8s.io/apimachinery/pkg/runtime/serializer/json/json.go, Serializer.unmarshal). That decoder,
 * a fork of encoding/json (internal/golang/encoding/json/decode.go):
 * 1. keeps going after a type mismatch but remembers only the first one (decodeState.saveError);
 * 2. stops at once when a type's own UnmarshalJSON fails (IntOrString, Quantity, Time), and then
 *    that error wins over a remembered one (decodeState.unmarshal);
 * 3. collects unknown fields as strict errors, deduplicated, at most 100 (kubernetes_patch.go,
 *    saveStrictError), reported only when nothing else failed.
 *
 * Decoding also gives the object as the Go structs hold it (decodeObject), which is what defaulting,
 * validation and the controllers may then trust: a `null` is what encoding/json makes of it
 * (literalStore: nothing for a struct field or a scalar, so the field is left out; the element
 * type's zero value for a list item or a map value, as `[null]` in `ports` is a zero ServicePort),
 * and nothing else changes. Keys are looked up as own properties only, so a field named like an
 * Object.prototype member (`constructor`, `__proto__`) is just an unknown field.
 */
import type { FieldError } from '../../diagnostics.ts';
import { goQuote } from '../go-format.ts';
import { ownValue, setOwn } from '../guards.ts';
import { checkBase64 } from './go-base64.ts';
import { parseQuantityError } from './quantity.ts';
import { SCHEMA_DATA } from './schema-data.ts';
import type { FieldType, StructDef } from './schema-types.ts';
import { parseRfc3339Error } from './go-time.ts';

/**
 * Where the decoder is: the path of strict errors (`spec.selector.app`, map keys after dots as
 * sigs.k8s.io/json prints them), the FieldError path (`spec.selector[app]`, as field.Path prints
 * map keys, which may hold dots), and the Go struct and field names encoding/json prints.
 * The texts are built only when an error needs them: most objects decode cleanly, and building
 * three paths for every field of 50,000 objects would cost more than the decoding itself.
 */
class Context {
  constructor(
    private readonly parent: Context | undefined,
    private readonly name: string,
    private readonly step: 'root' | 'field' | 'index' | 'key',
    readonly goStruct: string,
  ) {}

  get path(): string {
    if (!this.parent) return '';
    return this.step === 'index' ? `${this.parent.path}[${this.name}]` : join(this.parent.path, this.name);
  }

  get field(): string {
    if (!this.parent) return '';
    if (this.step === 'field') return join(this.parent.field, this.name);
    return `${this.parent.field}[${this.name}]`;
  }

  get goField(): string {
    if (!this.parent) return '';
    return this.step === 'field' ? join(this.parent.goField, this.name) : this.parent.goField;
  }
}

interface DecodeState {
  saved?: FieldError;
  readonly strict: FieldError[];
  readonly seen: Set<string>;
}

/** Thrown to stop decoding, as encoding/json returns an UnmarshalJSON error up the stack. */
class Abort extends Error {
  constructor(readonly error: FieldError) {
    super(error.message);
  }
}

const MAX_STRICT_ERRORS = 100;

/**
 * The decode errors kube-apiserver reports for a served kind: the first type mismatch, or else
 * every unknown field. Unserved kinds give no errors here (see lookupKind).
 */
export function strictDecode(raw: Readonly<Record<string, unknown>>): FieldError[] {
  return decodeObject(raw).errors;
}

export interface Decoded {
  readonly errors: FieldError[];
  /**
   * The object as Go decoded it (see the top of this file): the input itself when it held no
   * `null`, else a copy. Only meaningful when there are no errors; an unserved kind as it came.
   */
  readonly object: Readonly<Record<string, unknown>>;
}

export function decodeObject(raw: Readonly<Record<string, unknown>>): Decoded {
  const { apiVersion, kind } = raw;
  const key = typeof apiVersion === 'string' && typeof kind === 'string' ? ownValue(SCHEMA_DATA.kinds, `${apiVersion}/${kind}`) : undefined;
  if (key === undefined) return { errors: [], object: raw };
  // Most objects decode cleanly: a walk that builds no error context settles them, and only the
  // others are walked again in Go's key order, which decides what is reported.
  const clean = cleanerOf(`#${key}`)(raw);
  if (clean !== FAILED) return { errors: [], object: isObject(clean) ? clean : raw };
  const state: DecodeState = { strict: [], seen: new Set() };
  let object: unknown;
  try {
    object = decodeValue(state, raw, `#${key}`, new Context(undefined, '', 'root', ''));
  } catch (abort) {
    if (abort instanceof Abort) return { errors: [abort.error], object: raw };
    throw abort;
  }
  const errors = state.saved ? [state.saved] : state.strict;
  return { errors, object: isObject(object) ? object : raw };
}

/**
 * Checks a value against its Go type and returns it as Go would hold it: the same reference when
 * nothing changes, `undefined` for a null (which the caller leaves out or turns into a zero value).
 */
function decodeValue(state: DecodeState, value: unknown, type: FieldType, at: Context): unknown {
  if (value === null || value === undefined) return undefined; // null decodes into anything: encoding/json literalStore
  if (typeof type !== 'string') {
    const [shape, inner] = type;
    if (shape === '[]') {
      if (!Array.isArray(value)) return save(state, typeError(value, goTypeOf(type), at));
      return decodeList(state, value, inner, at);
    }
    if (!isObject(value)) return save(state, typeError(value, goTypeOf(type), at));
    return decodeMap(state, value, inner, at);
  }
  if (type.startsWith('#')) return decodeStruct(state, value, type.slice(1), at);
  decodeScalar(state, value, type, at);
  return value;
}

/** decodeClean's answer when decodeValue would report something. */
const FAILED: unique symbol = Symbol('decode failed');

/**
 * What decodeValue returns when it finds nothing to report (no unknown field, no type mismatch,
 * no failing UnmarshalJSON), or FAILED; `undefined` for a null. Keys are read in the object's own
 * order and sorted only where a null makes a copy, so that the objects that decode cleanly, nearly
 * all of them, cost neither a sort nor a context per field; errors are reported in Go's key order
 * by decodeValue.
 */
type Cleaner = (value: unknown) => unknown;

/**
 * Each field type's cleaner, made once: a struct's fields are a Map from name to cleaner, so that
 * a field of 50,000 objects costs one lookup and one call, not a parse of its type's text.
 */
const CLEANERS = new Map<FieldType, Cleaner>();

function cleanerOf(type: FieldType): Cleaner {
  const known = CLEANERS.get(type);
  if (known !== undefined) return known;
  const made = makeCleaner(type);
  CLEANERS.set(type, made);
  return made;
}

function makeCleaner(type: FieldType): Cleaner {
  if (typeof type !== 'string') {
    const [shape, inner] = type;
    // Made on first use: struct definitions refer to each other, and to themselves.
    let item: Cleaner | undefined;
    if (shape === '[]') return (value) => (value === null || value === undefined ? undefined : Array.isArray(value) ? cleanList(value, (item ??= cleanerOf(inner)), inner) : FAILED);
    return (value) => (value === null || value === undefined ? undefined : isObject(value) ? cleanMap(value, (item ??= cleanerOf(inner)), inner) : FAILED);
  }
  if (type.charCodeAt(0) === 35) {
    const def = SCHEMA_DATA.defs[type.slice(1)];
    if (def === undefined) return (value) => (value === null || value === undefined ? undefined : FAILED);
    let fields: ReadonlyMap<string, Cleaner> | undefined;
    return (value) => (value === null || value === undefined ? undefined : isObject(value) ? cleanStruct(value, (fields ??= fieldCleaners(def))) : FAILED);
  }
  const accepts = scalarTest(scalarOf(type));
  return (value) => (value === null || value === undefined ? undefined : accepts(value) ? value : FAILED);
}

function fieldCleaners(def: StructDef): ReadonlyMap<string, Cleaner> {
  const fields = new Map<string, Cleaner>();
  for (const name of Object.keys(def)) fields.set(name, cleanerOf(def[name]!));
  return fields;
}

/** A list's items: a null one becomes its type's zero value (a new one each time), as in decodeList. */
function cleanList(value: readonly unknown[], item: Cleaner, inner: FieldType): unknown {
  let out: unknown[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const element = value[i];
    const decoded = item(element);
    if (decoded === FAILED) return FAILED;
    const kept = decoded ?? zeroValue(inner);
    if (kept !== element) out ??= value.slice(0, i);
    out?.push(kept);
  }
  return out ?? value;
}

/** A struct's fields: a null one is left out, as in decodeStruct; a copy has its keys in Go's order, as decodeStruct's has. */
function cleanStruct(value: Readonly<Record<string, unknown>>, fields: ReadonlyMap<string, Cleaner>): unknown {
  let out: Record<string, unknown> | undefined;
  let index = 0;
  for (const name in value) {
    if (!Object.hasOwn(value, name)) return FAILED;
    const field = fields.get(name);
    if (field === undefined) return FAILED;
    const item = value[name];
    const decoded = field(item);
    if (decoded === FAILED) return FAILED;
    if (decoded !== item && out === undefined) out = copyBefore(value, index);
    if (out !== undefined && decoded !== undefined) setOwn(out, name, decoded);
    index += 1;
  }
  return out === undefined ? value : inGoOrder(out);
}

/** A map's values, all of one type: a null one becomes its zero value, as in decodeMap. */
function cleanMap(value: Readonly<Record<string, unknown>>, item: Cleaner, inner: FieldType): unknown {
  let out: Record<string, unknown> | undefined;
  let index = 0;
  for (const name in value) {
    if (!Object.hasOwn(value, name)) return FAILED;
    const element = value[name];
    const decoded = item(element);
    if (decoded === FAILED) return FAILED;
    const kept = decoded ?? zeroValue(inner);
    if (kept !== element && out === undefined) out = copyBefore(value, index);
    if (out !== undefined) setOwn(out, name, kept);
    index += 1;
  }
  return out === undefined ? value : inGoOrder(out);
}

/** The first `count` fields of `value`, in its order. */
function copyBefore(value: Readonly<Record<string, unknown>>, count: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let index = 0;
  for (const name in value) {
    if (index++ >= count) break;
    setOwn(out, name, value[name]);
  }
  return out;
}

/**
 * The copy with its keys in Go's order: itself when they are in that order already, as kubectl
 * prints every map of a dump (its nulls, such as each Pod condition's `lastProbeTime: null`, make
 * a copy of 35,000 Pods' statuses), else the same entries sorted.
 */
function inGoOrder(out: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(out);
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1]! >= keys[i]!) return fromEntries(keys.map((key): [string, unknown] => [key, out[key]]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  return out;
}

/** decodeScalar without the errors: whether it would report nothing. */
function scalarTest(scalar: string): (value: unknown) => boolean {
  switch (scalar) {
    case 'string':
      return (value) => typeof value === 'string' || value instanceof Date;
    case 'bool':
      return (value) => typeof value === 'boolean';
    case 'int32':
      return (value) => fitsInt(value, 'int32');
    case 'int64':
      return (value) => fitsInt(value, 'int64');
    case 'float64':
      return (value) => typeof value === 'number';
    case 'intOrString':
      return (value) => typeof value === 'string' || fitsInt(value, 'int32');
    case 'quantity':
      return (value) => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') && parseQuantityError(String(value).trim()) === undefined;
    case 'time':
      return (value) => value instanceof Date || (typeof value === 'string' && parseRfc3339Error(value, false) === undefined);
    case 'microTime':
      return (value) => value instanceof Date || (typeof value === 'string' && parseRfc3339Error(value, true) === undefined);
    case 'bytes':
      return (value) => typeof value === 'string' && checkBase64(value) === undefined;
    default: // any
      return () => true;
  }
}

/** `int32|int` → `int32`: the scalar, without its Go type name. */
function scalarOf(type: string): string {
  const bar = type.indexOf('|');
  return bar < 0 ? type : type.slice(0, bar);
}

/** A list item that is null becomes the zero value of the item type (array in decode.go). */
function decodeList(state: DecodeState, value: readonly unknown[], inner: FieldType, at: Context): unknown {
  let out: unknown[] | undefined;
  value.forEach((item, i) => {
    const decoded = decodeValue(state, item, inner, new Context(at, String(i), 'index', at.goStruct)) ?? zeroValue(inner);
    if (decoded !== item) out ??= value.slice(0, i);
    out?.push(decoded);
  });
  return out ?? value;
}

/** A map value that is null becomes the zero value of the value type (object in decode.go, mapElem). */
function decodeMap(state: DecodeState, value: Readonly<Record<string, unknown>>, inner: FieldType, at: Context): unknown {
  let changed = false;
  const entries = sortedKeys(value).map((name): [string, unknown] => {
    const item = value[name];
    const decoded = decodeValue(state, item, inner, new Context(at, name, 'key', at.goStruct)) ?? zeroValue(inner);
    if (decoded !== item) changed = true;
    return [name, decoded];
  });
  return changed ? fromEntries(entries) : value;
}

/** A struct field that is null is left out: Go leaves the field at its zero value, which omitempty drops. */
function decodeStruct(state: DecodeState, value: unknown, key: string, at: Context): unknown {
  if (!isObject(value)) return save(state, typeError(value, goTypeOf(`#${key}`), at));
  const def = SCHEMA_DATA.defs[key]!;
  const goStruct = key.slice(key.indexOf('.') + 1);
  let changed = false;
  const entries: [string, unknown][] = [];
  for (const name of sortedKeys(value)) {
    const next = new Context(at, name, 'field', goStruct);
    const fieldType = ownValue(def, name);
    const item = value[name];
    if (fieldType === undefined) {
      strictError(state, next);
      continue;
    }
    const decoded = decodeValue(state, item, fieldType, next);
    if (decoded !== item) changed = true;
    if (decoded !== undefined) entries.push([name, decoded]);
  }
  return changed ? fromEntries(entries) : value;
}

/**
 * The zero value a null list item or map value decodes into, as JSON would show it again: an
 * empty struct, '' or 0 or false for scalars, and null where Go's zero is nil (lists, maps, times).
 */
function zeroValue(type: FieldType): unknown {
  if (typeof type !== 'string') return null;
  if (type.startsWith('#')) return {};
  switch (type.split('|')[0]) {
    case 'string':
      return '';
    case 'int32':
    case 'int64':
    case 'float64':
    case 'intOrString':
      return 0;
    case 'bool':
      return false;
    case 'quantity':
      return '0';
    default: // time, microTime, bytes, any
      return null;
  }
}

/** An object from entries whose keys may be anything a YAML key can be, `__proto__` included. */
function fromEntries(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of entries) setOwn(out, name, value);
  return out;
}


function decodeScalar(state: DecodeState, value: unknown, type: string, at: Context): void {
  const [scalar, goName] = type.split('|') as [string, string | undefined];
  switch (scalar) {
    case 'string':
      if (typeof value !== 'string' && !(value instanceof Date)) save(state, typeError(value, goName ?? 'string', at));
      return;
    case 'bool':
      if (typeof value !== 'boolean') save(state, typeError(value, goName ?? 'bool', at));
      return;
    case 'int32':
    case 'int64':
      if (!fitsInt(value, scalar)) save(state, typeError(value, goName ?? scalar, at));
      return;
    case 'float64':
      if (typeof value !== 'number') save(state, typeError(value, 'float64', at));
      return;
    case 'intOrString':
      // intstr.IntOrString.UnmarshalJSON: a JSON string, else json.Unmarshal into its int32.
      if (typeof value !== 'string' && !fitsInt(value, 'int32')) throw new Abort(typeError(value, 'int32', at));
      return;
    case 'quantity':
      return decodeQuantity(value, at);
    case 'time':
    case 'microTime':
      return decodeTime(value, scalar, at);
    case 'bytes':
      return decodeBytes(state, value, at);
    default: // any
      return;
  }
}

/** resource.Quantity.UnmarshalJSON: strips quotes and parses the rest, whatever JSON it was. */
function decodeQuantity(value: unknown, at: Context): void {
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '{';
  const message = parseQuantityError(text.trim());
  if (message !== undefined) throw new Abort(badRequest(at.field, message));
}

/** metav1.Time.UnmarshalJSON: json.Unmarshal into a string, then time.Parse(RFC3339). */
function decodeTime(value: unknown, scalar: 'time' | 'microTime', at: Context): void {
  if (value instanceof Date) return;
  if (typeof value !== 'string') throw new Abort(typeError(value, 'string', at));
  const message = parseRfc3339Error(value, scalar === 'microTime');
  if (message !== undefined) throw new Abort(badRequest(at.field, message));
}

function decodeBytes(state: DecodeState, value: unknown, at: Context): void {
  if (typeof value !== 'string') return save(state, typeError(value, '[]uint8', at));
  const message = checkBase64(value);
  if (message !== undefined) save(state, badRequest(at.field, message));
}

/** Remembers the first type mismatch; the value itself decodes to nothing. */
function save(state: DecodeState, error: FieldError): undefined {
  state.saved ??= error;
  return undefined;
}

function strictError(state: DecodeState, at: Context): void {
  // sigs.k8s.io/json prints the path with %q, so a key holding a newline or a quote stays on one line.
  const message = `unknown field ${goQuote(at.path)}`;
  if (state.strict.length >= MAX_STRICT_ERRORS || state.seen.has(message)) return;
  state.seen.add(message);
  state.strict.push(badRequest(at.field, message));
}

/** encoding/json UnmarshalTypeError.Error(), with the context decodeState.addErrorContext adds. */
function typeError(value: unknown, goType: string, at: Context): FieldError {
  const into = at.goStruct === '' ? `Go value of type ${goType}` : `Go struct field ${at.goStruct}.${at.goField} of type ${goType}`;
  return badRequest(at.field, `json: cannot unmarshal ${jsonKindOf(value, goType)} into ${into}`);
}

/** How encoding/json names the offending value: `string`, `bool`, `number 80.5`, `object`, `array`. */
function jsonKindOf(value: unknown, goType: string): string {
  if (typeof value === 'string' || value instanceof Date) return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') // kubectl re-encodes the YAML's numbers with Go's json.Marshal, whose float64 form (exponent
  // below 1e-6 and from 1e21) is JavaScript's String(number).
  return /^(u?int|float)/.test(goType) ? `number ${String(value)}` : 'number';
  return Array.isArray(value) ? 'array' : 'object';
}

function fitsInt(value: unknown, scalar: 'int32' | 'int64'): boolean {
  if (typeof value !== 'number' || !Number.isInteger(value)) return false;
  const bits = scalar === 'int32' ? 31 : 63;
  return value >= -(2 ** bits) && value < 2 ** bits;
}

function goTypeOf(type: FieldType): string {
  if (typeof type === 'string') {
    if (type.startsWith('#')) return `${type.slice(type.indexOf('/') + 1, type.indexOf('.'))}.${type.slice(type.indexOf('.') + 1)}`;
    const [scalar, goName] = type.split('|');
    return goName ?? GO_SCALARS[scalar!] ?? scalar!;
  }
  if (type[0] === '[]') return `[]${goTypeOf(type[1])}`;
  return type[2] ?? `map[string]${goTypeOf(type[1])}`;
}

const GO_SCALARS: Readonly<Record<string, string>> = {
  intOrString: 'intstr.IntOrString',
  quantity: 'resource.Quantity',
  time: 'v1.Time',
  microTime: 'v1.MicroTime',
  bytes: '[]uint8',
  any: 'interface {}',
};

function badRequest(field: string, message: string): FieldError {
  return { type: 'BadRequest', field, message };
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Go's json.Marshal sorts map keys by their bytes; for the ASCII of field names that is code-unit order. */
function sortedKeys(value: Readonly<Record<string, unknown>>): string[] {
  // The default sort compares UTF-16 code units, which is byte order for these ASCII names.
  return Object.keys(value).sort();
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

/**
 * The whole BadRequest message for strictDecode's errors, as kube-apiserver builds it
 * (staging/src/k8s.io/apiserver/pkg/endpoints/handlers/rest.go, transformDecodeError; strict
 * errors joined by runtime.NewStrictDecodingError): `Service in version "v1" cannot be handled
 * as a Service: strict decoding error: unknown field "spec.ipFamily"`.
 */
export function describeDecodeFailure(apiVersion: string, kind: string, errors: readonly FieldError[]): string {
  const version = apiVersion.slice(apiVersion.indexOf('/') + 1);
  const strict = errors.every((error) => error.message.startsWith('unknown field '));
  const detail = errors.map((error) => error.message).join(', ');
  return `${kind} in version ${JSON.stringify(version)} cannot be handled as a ${kind}: ${strict ? `strict decoding error: ${detail}` : detail}`;
}
