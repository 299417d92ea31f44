/**
 * Deterministic names and numbers for what a real cluster draws at random or hashes with Go's
 * spew dump: the simulator must give the same output for the same input, byte for byte.
 */

/** 32-bit FNV-1a over the UTF-16 code units of `text` (hash/fnv New32a, on a string we control). */
export function fnv32a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** fnv32a followed by murmur3's fmix32, so that seeds differing in one character give unrelated values. */
export function mixedHash(text: string): number {
  let hash = fnv32a(text);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** JSON with object keys sorted, so that equal objects hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The alphabet of k8s.io/apimachinery/pkg/util/rand: no vowels, no 0/1/3, so no words and no look-alikes. */
export const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * rand.SafeEncodeString: every byte of `text` mapped onto NAME_ALPHABET. The controllers apply it
 * to the decimal form of a 32-bit hash, which is why pod-template-hash values only use the ten
 * characters `456789bcdf` (e.g. `66b6c48dd5`).
 */
export function safeEncodeString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += NAME_ALPHABET[text.charCodeAt(i) % NAME_ALPHABET.length];
  return out;
}

/**
 * A template hash in the controllers' format: controller.ComputeHash (pkg/controller/controller_utils.go)
 * is fnv32a over a spew dump of the Go struct (plus the collision count), encoded with
 * SafeEncodeString. A spew dump of Go structs cannot be reproduced here, so the value is a stable
 * hash of the template's canonical JSON instead: the same format, not the same value.
 */
export function computeTemplateHash(template: unknown, collisionCount?: number): string {
  const salt = collisionCount === undefined ? '' : `#${collisionCount}`;
  return safeEncodeString(String(fnv32a(canonicalJson(template) + salt)));
}

/**
 * The 5 characters the apiserver appends to a generateName (names.SimpleNameGenerator,
 * utilrand.String(5)), drawn here from a hash of `seed` instead of a random source.
 */
export function generateNameSuffix(seed: string): string {
  let out = '';
  for (let i = 0; i < 5; i += 1) {
    const state = mixedHash(`${i}:${seed}`);
    out += NAME_ALPHABET[state % NAME_ALPHABET.length];
  }
  return out;
}

/** names.SimpleNameGenerator: the prefix is cut to 58 characters so that the name fits 63. */
export function generateName(prefix: string, seed: string): string {
  return `${prefix.slice(0, 58)}${generateNameSuffix(seed)}`;
}

/** A UUID-shaped uid derived from `seed` (a real apiserver uses a random v4 UUID). */
export function deriveUid(seed: string): string {
  const hex = [0, 1, 2, 3].map((i) => mixedHash(`${i}|${seed}`).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16] ?? '0', 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A deep copy of plain data, so that no two places of the output share an object. */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
