/**
 * Label selectors as kubectl's `-l` reads them and as the printers format them:
 * k8s.io/apimachinery/pkg/labels (selector.go Parse, FormatLabels). The parsed requirements are
 * the model's, and match with its `selectorMatches` (Requirement.Matches).
 */
import type { Requirement } from '../../model/index.ts';

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
