/**
 * Name and label formats, with the error strings of
 * k8s.io/apimachinery/pkg/util/validation/validation.go (IsDNS1123Label, IsDNS1123Subdomain,
 * IsDNS1035Label, IsQualifiedName, IsValidLabelValue, IsValidPortName, ...). Each `...Errors`
 * function returns Go's []string; each `is...` function is its boolean shortcut.
 */
import { byteLength } from './guards.ts';

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_LABEL_ERR =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const DNS1123_SUBDOMAIN_ERR =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const DNS1035_LABEL_FMT = '[a-z]([-a-z0-9]*[a-z0-9])?';
const DNS1035_LABEL_ERR =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
const WILDCARD_FMT = `\\*\\.${DNS1123_SUBDOMAIN_FMT}`;
const WILDCARD_ERR =
  "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character";
const QUALIFIED_NAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const QUALIFIED_NAME_ERR =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_FMT = `(${QUALIFIED_NAME_FMT})?`;
const LABEL_VALUE_ERR =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

/*
 * The formats above are Go regular expressions, which RE2 matches in linear time. JavaScript's
 * backtracking engine runs out of stack on `(\.label)*` over a few megabytes of `a.a.a…`, so each
 * format is matched by a plain scan of the same language; the texts above stay for the messages.
 */
const isLowerAlphanumeric = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
const isLowerAlpha = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isAlphanumeric = (c: number): boolean => isLowerAlphanumeric(c) || (c >= 0x41 && c <= 0x5a);
const HYPHEN = 0x2d;

/** `[a-z0-9]([-a-z0-9]*[a-z0-9])?` (or `[a-z]…` for DNS-1035) over value[from, to). */
function isLabelAt(value: string, from: number, to: number, first = isLowerAlphanumeric): boolean {
  if (to <= from || !first(value.charCodeAt(from)) || !isLowerAlphanumeric(value.charCodeAt(to - 1))) return false;
  for (let i = from + 1; i < to - 1; i++) {
    const c = value.charCodeAt(i);
    if (c !== HYPHEN && !isLowerAlphanumeric(c)) return false;
  }
  return true;
}

/** DNS1123_SUBDOMAIN_FMT over value[from…]: labels joined by single dots. */
function isSubdomainFrom(value: string, from: number): boolean {
  for (let start = from; ; ) {
    const dot = value.indexOf('.', start);
    if (!isLabelAt(value, start, dot < 0 ? value.length : dot)) return false;
    if (dot < 0) return true;
    start = dot + 1;
  }
}

/** QUALIFIED_NAME_FMT: alphanumeric at both ends, `-`, `_` or `.` between. */
function isQualifiedNameFormat(value: string): boolean {
  if (value.length === 0 || !isAlphanumeric(value.charCodeAt(0)) || !isAlphanumeric(value.charCodeAt(value.length - 1))) return false;
  for (let i = 1; i < value.length - 1; i++) {
    const c = value.charCodeAt(i);
    if (!isAlphanumeric(c) && c !== HYPHEN && c !== 0x5f && c !== 0x2e) return false;
  }
  return true;
}

const matchesDns1123Label = (value: string): boolean => isLabelAt(value, 0, value.length);
const matchesDns1123Subdomain = (value: string): boolean => isSubdomainFrom(value, 0);
const matchesDns1035Label = (value: string): boolean => isLabelAt(value, 0, value.length, isLowerAlpha);
const matchesWildcard = (value: string): boolean => value.startsWith('*.') && isSubdomainFrom(value, 2);
const matchesLabelValue = (value: string): boolean => value.length === 0 || isQualifiedNameFormat(value);

/** validation.MaxLenError */
export function maxLenError(length: number): string {
  return `must be no more than ${length} characters`;
}

/** validation.RegexError */
export function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  return `${msg} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${fmt}')`;
}

/** validation.InclusiveRangeError */
export function inclusiveRangeError(lo: number, hi: number): string {
  return `must be between ${lo} and ${hi}, inclusive`;
}

export function dns1123LabelErrors(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > 63) errs.push(maxLenError(63));
  if (!matchesDns1123Label(value)) {
    // A valid subdomain that is not a valid label can only be failing on its dots.
    if (matchesDns1123Subdomain(value)) errs.push('must not contain dots');
    else errs.push(regexError(DNS1123_LABEL_ERR, DNS1123_LABEL_FMT, 'my-name', '123-abc'));
  }
  return errs;
}

export function dns1123SubdomainErrors(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > 253) errs.push(maxLenError(253));
  if (!matchesDns1123Subdomain(value)) errs.push(regexError(DNS1123_SUBDOMAIN_ERR, DNS1123_SUBDOMAIN_FMT, 'example.com'));
  return errs;
}

export function dns1035LabelErrors(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > 63) errs.push(maxLenError(63));
  if (!matchesDns1035Label(value)) errs.push(regexError(DNS1035_LABEL_ERR, DNS1035_LABEL_FMT, 'my-name', 'abc-123'));
  return errs;
}

export function wildcardDns1123SubdomainErrors(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > 253) errs.push(maxLenError(253));
  if (!matchesWildcard(value)) errs.push(regexError(WILDCARD_ERR, WILDCARD_FMT, '*.example.com'));
  return errs;
}

/**
 * What qualifiedNameErrors said of each key it read. Every label and annotation key of every
 * object is checked, and a cluster uses few distinct keys (a dump's 50,000 objects a handful);
 * the answer depends on the text alone and is frozen, so sharing it changes nothing. Emptied when
 * full, as the parseIPSloppy memo is.
 */
const qualifiedNameMemo = new Map<string, readonly string[]>();
const QUALIFIED_NAME_MEMO_LIMIT = 1 << 12;

/** IsQualifiedName: an optional DNS-subdomain prefix and '/', then a name of at most 63 characters. */
export function qualifiedNameErrors(value: string): readonly string[] {
  const known = qualifiedNameMemo.get(value);
  if (known !== undefined) return known;
  const errs = Object.freeze(readQualifiedName(value));
  if (qualifiedNameMemo.size >= QUALIFIED_NAME_MEMO_LIMIT) qualifiedNameMemo.clear();
  qualifiedNameMemo.set(value, errs);
  return errs;
}

function readQualifiedName(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) {
    name = parts[0] ?? '';
  } else if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    name = parts[1] ?? '';
    if (prefix.length === 0) errs.push('prefix part must be non-empty');
    else errs.push(...dns1123SubdomainErrors(prefix).map((m) => `prefix part ${m}`));
  } else {
    return [
      `a qualified name ${regexError(QUALIFIED_NAME_ERR, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  if (name.length === 0) errs.push('name part must be non-empty');
  else if (byteLength(name) > 63) errs.push(`name part ${maxLenError(63)}`);
  if (!isQualifiedNameFormat(name)) {
    errs.push(`name part ${regexError(QUALIFIED_NAME_ERR, QUALIFIED_NAME_FMT, 'MyName', 'my.name', '123-abc')}`);
  }
  return errs;
}

export function labelValueErrors(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > 63) errs.push(maxLenError(63));
  if (!matchesLabelValue(value)) errs.push(regexError(LABEL_VALUE_ERR, LABEL_VALUE_FMT, 'MyValue', 'my_value', '12345'));
  return errs;
}

/** IsValidPortName: IANA_SVC_NAME (RFC 6335), lower case only. */
export function portNameErrors(port: string): string[] {
  const errs: string[] = [];
  if (byteLength(port) > 15) errs.push(maxLenError(15));
  if (!/^[-a-z0-9]+$/.test(port)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(port)) errs.push('must contain at least one letter (a-z)');
  if (port.includes('--')) errs.push('must not contain consecutive hyphens');
  if (port.length > 0 && (port.startsWith('-') || port.endsWith('-'))) errs.push('must not begin or end with a hyphen');
  return errs;
}

/** IsValidPortNum */
export function portNumErrors(port: number): string[] {
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? [] : [inclusiveRangeError(1, 65535)];
}

/** IsFullyQualifiedDomainName's checks, as its error details (the bad value may be one label). */
export function fqdnErrors(name: string): { value: string; detail: string } | 'required' | undefined {
  if (name.length === 0) return 'required';
  const trimmed = name.endsWith('.') ? name.slice(0, -1) : name;
  const sub = dns1123SubdomainErrors(trimmed);
  if (sub.length > 0) return { value: trimmed, detail: sub.join(',') };
  const labels = trimmed.split('.');
  if (labels.length < 2) return { value: trimmed, detail: 'should be a domain with at least two segments separated by dots' };
  for (const label of labels) {
    const errs = dns1123LabelErrors(label);
    if (errs.length > 0) return { value: label, detail: errs.join(',') };
  }
  return undefined;
}

/**
 * apimachinery's maskTrailingDash (api/validation/generic.go): a generateName prefix may end in
 * '-'; Go replaces the last two characters with "a".
 */
function maskTrailingDash(name: string): string {
  return name.endsWith('-') ? `${name.slice(0, Math.max(0, name.length - 2))}a` : name;
}

/** A ValidateNameFunc: returns Go's []string for a name (prefix: it is a generateName). */
export type NameValidator = (name: string, prefix: boolean) => string[];

export const nameIsDnsSubdomain: NameValidator = (name, prefix) =>
  dns1123SubdomainErrors(prefix ? maskTrailingDash(name) : name);
export const nameIsDnsLabel: NameValidator = (name, prefix) => dns1123LabelErrors(prefix ? maskTrailingDash(name) : name);
export const nameIsDns1035Label: NameValidator = (name, prefix) =>
  dns1035LabelErrors(prefix ? maskTrailingDash(name) : name);

export const isDns1123Label = (value: string): boolean => dns1123LabelErrors(value).length === 0;
export const isDns1123Subdomain = (value: string): boolean => dns1123SubdomainErrors(value).length === 0;
export const isDns1035Label = (value: string): boolean => dns1035LabelErrors(value).length === 0;
export const isQualifiedName = (value: string): boolean => qualifiedNameErrors(value).length === 0;
export const isValidLabelValue = (value: string): boolean => labelValueErrors(value).length === 0;
export const isValidPortName = (value: string): boolean => portNameErrors(value).length === 0;
