/**
 * Label selectors as the validators see them: raw JSON before decoding. Matching itself is
 * src/model/labels (k8s.io/apimachinery/pkg/labels).
 */
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { asArray, asRecord, asString, asStringArray, asStringMap, isRecord } from './guards.ts';

/** A metav1.LabelSelector read from raw JSON: fields of the wrong type count as absent. */
export function decodeLabelSelector(value: unknown): LabelSelector {
  const rec = asRecord(value) ?? {};
  const matchExpressions = asArray(rec.matchExpressions)
    .filter(isRecord)
    .map((e) => ({ key: asString(e.key), operator: asString(e.operator), values: [...asStringArray(e.values)] }));
  return { matchLabels: asStringMap(rec.matchLabels), matchExpressions };
}

/** True for a LabelSelector that selects everything (no matchLabels, no matchExpressions). */
export function isEmptyLabelSelector(selector: unknown): boolean {
  const rec = asRecord(selector);
  if (rec === undefined) return false;
  return Object.keys(asRecord(rec.matchLabels) ?? {}).length === 0 && asArray(rec.matchExpressions).length === 0;
}
