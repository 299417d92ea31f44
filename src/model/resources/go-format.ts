/**
 * Go's value printing, as field.Error.ErrorBody() uses it: strconv.Quote for strings, %v for numbers
 * and booleans, and %#v (Go syntax) for slices, maps and structs.
 */
import { isRecord } from './guards.ts';

/** A bad value whose Go %#v text the validator already knows (a Go struct, a typed slice). */
export interface GoSyntax {
  readonly goSyntax: string;
}

export function goSyntax(text: string): GoSyntax {
  return { goSyntax: text };
}

export function isGoSyntax(value: unknown): value is GoSyntax {
  return isRecord(value) && typeof value.goSyntax === 'string' && Object.keys(value).length === 1;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

/** strconv.Quote: printable runes as they are, the rest escaped. */
export function goQuote(value: string): string {
  let out = '"';
  for (const ch of value) {
    const escaped = ESCAPES[ch];
    if (escaped !== undefined) {
      out += escaped;
      continue;
    }
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp >= 0x80 && cp < 0xa0) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** %#v of a plain JSON value, with the Go types the API would have decoded it into. */
export function goSyntaxOf(value: unknown): string {
  if (isGoSyntax(value)) return value.goSyntax;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) {
      return `[]string{${value.map((v) => goQuote(v)).join(', ')}}`;
    }
    return `[]interface {}{${value.map((v) => goSyntaxOf(v)).join(', ')}}`;
  }
  if (isRecord(value)) return goStringMap(value);
  // Not JSON data (bigint, symbol, function): nothing the decoder can produce.
  return typeof value === 'bigint' ? value.toString() : 'nil';
}

/** %#v of a map[string]string: Go's fmt prints map keys sorted. */
export function goStringMap(map: Readonly<Record<string, unknown>> | undefined): string {
  if (map === undefined) return 'map[string]string(nil)';
  const keys = Object.keys(map).sort();
  const body = keys.map((k) => `${goQuote(k)}:${goSyntaxOf(map[k])}`).join(', ');
  return `map[string]string{${body}}`;
}

/** %#v of a []string, where a nil slice prints differently from an empty one. */
export function goStringSlice(values: readonly string[] | undefined): string {
  if (values === undefined) return '[]string(nil)';
  return `[]string{${values.map((v) => goQuote(v)).join(', ')}}`;
}

/** Past this many characters a bad string is shown cut: a 5 MB name would otherwise make a 5 MB message line. */
export const SHOWN_VALUE_LENGTH = 1024;

/**
 * How ErrorBody prints a bad value: simple types with %v, strings with %q, the rest with %#v.
 * kube-apiserver prints a string whole; kse cuts one longer than SHOWN_VALUE_LENGTH and says so.
 * (A real apiserver refuses a request body over 3 MiB before it validates anything.)
 */
export function formatBadValue(value: unknown): string {
  if (value === null || value === undefined) return goQuote('null');
  if (typeof value === 'string' && value.length > SHOWN_VALUE_LENGTH) {
    // The first 64 UTF-16 units, short of a surrogate pair the cut would split.
    const head = value.slice(0, /[\uD800-\uDBFF]/.test(value[63] ?? '') ? 63 : 64);
    return `${goQuote(head).slice(0, -1)}…" (${value.length} characters)`;
  }
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return goSyntaxOf(value);
}
