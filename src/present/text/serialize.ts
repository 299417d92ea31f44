/**
 * `-o yaml` and `-o json` as kubectl prints them. kubectl handles unstructured objects, so both
 * outputs have their keys sorted (Go map order); JSON is json.MarshalIndent with four spaces and
 * HTML-safe escapes, YAML is sigs.k8s.io/yaml (go-yaml v2: YAML 1.1 quoting, block sequences not
 * indented under their key).
 */
import { stringify } from 'yaml';

/** An object as kubectl prints it with `-o json`, newline-terminated. */
export function toKubectlJson(value: unknown): string {
  // encoding/json escapes <, > and & (and the JS line separators) in strings.
  const text = JSON.stringify(sortKeys(value), null, 4).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${text}\n`;
}

/** An object as kubectl prints it with `-o yaml`. */
export function toKubectlYaml(value: unknown): string {
  return stringify(sortKeys(value), { indentSeq: false, schema: 'yaml-1.1', lineWidth: 0, aliasDuplicateObjects: false });
}

/** The `kind: List` kubectl wraps several objects in. */
export function toKubectlList(items: readonly unknown[]): Record<string, unknown> {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}

/** A deep copy with map keys in byte order and undefined fields dropped. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const field = (value as Record<string, unknown>)[key];
      if (field !== undefined) sorted[key] = sortKeys(field);
    }
    return sorted;
  }
  return value;
}
