/**
 * Label selectors: a Service's map selector, or a metav1.LabelSelector with matchLabels and
 * matchExpressions (In, NotIn, Exists, DoesNotExist), matched as
 * k8s.io/apimachinery/pkg/labels (LabelSelectorAsSelector, Requirement.Matches) does.
 */
import type { LabelSelector, LabelSelectorRequirement } from 'kubernetes-types/meta/v1';
import { asArray, asRecord, asString, asStringArray, asStringMap, isRecord } from './guards.ts';

type Labels = Readonly<Record<string, string>> | undefined;

function requirementMatches(req: LabelSelectorRequirement, labels: Labels): boolean {
  const has = labels !== undefined && Object.prototype.hasOwnProperty.call(labels, req.key);
  const value = has ? labels[req.key] : undefined;
  const values = req.values ?? [];
  switch (req.operator) {
    case 'In':
      return has && values.includes(value ?? '');
    case 'NotIn':
      return !has || !values.includes(value ?? '');
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      // LabelSelectorAsSelector refuses an unknown operator; such a selector selects nothing.
      return false;
  }
}

function toLabelSelector(value: unknown): LabelSelector {
  const rec = asRecord(value) ?? {};
  const matchExpressions = asArray(rec.matchExpressions)
    .filter(isRecord)
    .map((e) => ({ key: asString(e.key), operator: asString(e.operator), values: asStringArray(e.values) as string[] }));
  return { matchLabels: asStringMap(rec.matchLabels), matchExpressions };
}

function isLabelSelectorShape(value: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => k === 'matchLabels' || k === 'matchExpressions') && !keys.every((k) => typeof value[k] === 'string');
}

/**
 * True when `labels` satisfy `selector`. A plain map (a Service or ReplicationController selector)
 * matches every listed pair; an empty LabelSelector matches everything; undefined matches nothing
 * (labels.Nothing(), what LabelSelectorAsSelector returns for a nil selector).
 */
export function labelSelectorMatches(
  selector: Readonly<Record<string, string>> | LabelSelector | undefined,
  labels: Readonly<Record<string, string>> | undefined,
): boolean {
  if (selector === undefined || selector === null) return false;
  const rec = selector as Readonly<Record<string, unknown>>;
  if (!isLabelSelectorShape(rec)) {
    const map = asStringMap(rec) ?? {};
    return Object.entries(map).every(([k, v]) => labels !== undefined && labels[k] === v);
  }
  const sel = toLabelSelector(rec);
  const byLabels = Object.entries(sel.matchLabels ?? {}).every(([k, v]) => labels !== undefined && labels[k] === v);
  return byLabels && (sel.matchExpressions ?? []).every((req) => requirementMatches(req, labels));
}

/** True for a LabelSelector that selects everything (no matchLabels, no matchExpressions). */
export function isEmptyLabelSelector(selector: unknown): boolean {
  const rec = asRecord(selector);
  if (rec === undefined) return false;
  return Object.keys(asRecord(rec.matchLabels) ?? {}).length === 0 && asArray(rec.matchExpressions).length === 0;
}
