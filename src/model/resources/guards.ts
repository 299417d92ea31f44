/**
 * Shape guards for objects that arrive ill-typed: the manifest decoder may hand us anything a YAML
 * document can hold, so validation and defaulting check a shape before they trust it.
 */

export type JsonRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown): JsonRecord | undefined {
  return isRecord(value) ? value : undefined;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The string value, or '' when absent or not a string (Go's zero value). */
export function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The number value, or 0 when absent or not a number (Go's zero value). */
export function asNumber(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** A map[string]string: only string values count, as the decoder would have refused the rest. */
export function asStringMap(value: unknown): Readonly<Record<string, string>> | undefined {
  if (!isRecord(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string') setOwn(out, k, v);
  }
  return out;
}

export function asStringArray(value: unknown): readonly string[] {
  return asArray(value).filter((v): v is string => typeof v === 'string');
}

/**
 * Deep copy of JSON-ish data, so defaulting can build a new object without touching its input.
 * Own enumerable keys in their own order, as Object.entries lists them, without building the
 * entries: every object of a dump is copied here once.
 */
export function cloneJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) out.push(cloneJson(value[i]));
    return out as T;
  }
  const record = value as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = {};
  for (const key in record) {
    if (Object.hasOwn(record, key)) setOwn(out, key, cloneJson(record[key]));
  }
  return out as T;
}

/** The same JSON text, keys in the same order, without writing it: a and b are plain data. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Readonly<Record<string, unknown>>;
  const right = b as Readonly<Record<string, unknown>>;
  const keys = Object.keys(left);
  const other = Object.keys(right);
  if (keys.length !== other.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== other[i] || !sameJson(left[key], right[key])) return false;
  }
  return true;
}

/**
 * `out[key] = value` for any key a manifest can hold: assigning `__proto__` would set the
 * object's prototype (or be ignored) instead of adding the key, so that one is defined.
 */
export function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/** The value of a map's own key: never an Object.prototype member for a key like `constructor`. */
export function ownValue<T>(map: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return map !== undefined && Object.hasOwn(map, key) ? map[key] : undefined;
}

/** UTF-8 byte length, which is what Go's len() measures on a string. */
export function byteLength(value: string): number {
  let n = 0;
  for (const ch of value) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** The API group of an apiVersion: "v1" is the core group, "apps/v1" is "apps". */
export function apiGroupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? 'core' : apiVersion.slice(0, slash);
}
