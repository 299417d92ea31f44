/**
 * Label selectors as kubectl's `-l` reads them and as the printers format them:
 * k8s.io/apimachinery/pkg/labels (selector.go Parse, Requirement.Matches, FormatLabels).
 */

export type SelectorOperator = '=' | '!=' | 'in' | 'notin' | 'exists' | '!';

export interface Requirement {
  readonly key: string;
  readonly operator: SelectorOperator;
  readonly values: readonly string[];
}

export type ParsedSelector =
  | { readonly ok: true; readonly requirements: readonly Requirement[] }
  | { readonly ok: false; readonly error: string };

/** labels.Parse: comma-separated requirements; `=`/`==`/`!=`, `in (..)`, `notin (..)`, `key`, `!key`. */
export function parseLabelSelector(text: string): ParsedSelector {
  const requirements: Requirement[] = [];
  for (const clause of splitClauses(text)) {
    const requirement = parseRequirement(clause.trim());
    if (typeof requirement === 'string') return { ok: false, error: requirement };
    requirements.push(requirement);
  }
  return { ok: true, requirements };
}

/** Requirement.Matches for every requirement: `!=` and `notin` also match objects without the key. */
export function matchesSelector(requirements: readonly Requirement[], labels: Readonly<Record<string, string>> | undefined): boolean {
  const present = labels ?? {};
  return requirements.every((requirement) => {
    const has = Object.hasOwn(present, requirement.key);
    const value = present[requirement.key];
    switch (requirement.operator) {
      case '=':
      case 'in':
        return has && requirement.values.includes(value ?? '');
      case '!=':
      case 'notin':
        return !has || !requirement.values.includes(value ?? '');
      case 'exists':
        return has;
      case '!':
        return !has;
    }
  });
}

/** labels.FormatLabels: `k=v` sorted by key, comma-joined; `<none>` when empty. */
export function formatLabels(labels: Readonly<Record<string, string>> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort(compareStrings);
  if (keys.length === 0) return '<none>';
  return keys.map((key) => `${key}=${labels?.[key] ?? ''}`).join(',');
}

/** Byte-order comparison, as Go's sort.Strings. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function splitClauses(text: string): string[] {
  const clauses: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ',' && depth === 0) {
      clauses.push(text.slice(start, index));
      start = index + 1;
    }
  }
  clauses.push(text.slice(start));
  return text.trim() === '' ? [] : clauses;
}

const SET_CLAUSE = /^([^\s!=(),]+)\s+(in|notin)\s*\(([^()]*)\)$/;
const EQUALITY_CLAUSE = /^([^\s!=(),]+)\s*(==|=|!=)\s*([^\s!=(),]*)$/;
const KEY = /^[^\s!=(),]+$/;

function parseRequirement(clause: string): Requirement | string {
  const set = SET_CLAUSE.exec(clause);
  if (set) {
    const values = (set[3] ?? '').split(',').map((value) => value.trim());
    return { key: set[1] ?? '', operator: set[2] === 'in' ? 'in' : 'notin', values };
  }
  const equality = EQUALITY_CLAUSE.exec(clause);
  if (equality) {
    return { key: equality[1] ?? '', operator: equality[2] === '!=' ? '!=' : '=', values: [equality[3] ?? ''] };
  }
  if (clause.startsWith('!') && KEY.test(clause.slice(1).trim())) {
    return { key: clause.slice(1).trim(), operator: '!', values: [] };
  }
  if (KEY.test(clause)) return { key: clause, operator: 'exists', values: [] };
  return `unable to parse requirement: ${JSON.stringify(clause)}`;
}
