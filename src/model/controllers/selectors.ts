/**
 * Label selectors as the controllers evaluate them: a Service's map selector
 * (labels.SelectorFromSet) and a workload's metav1.LabelSelector (metav1.LabelSelectorAsSelector).
 */
import type { LabelSelector } from 'kubernetes-types/meta/v1';

type Labels = Readonly<Record<string, string>> | undefined;

/** labels.Set(selector).AsSelectorPreValidated().Matches: every key present with the same value. */
export function matchesSet(selector: Readonly<Record<string, string>>, labels: Labels): boolean {
  return Object.entries(selector).every(([key, value]) => labels?.[key] === value);
}

/**
 * metav1.LabelSelectorAsSelector(...).Matches. An empty selector matches everything; workloads
 * cannot have one (validation requires a non-empty selector), so that case is the API's, not ours.
 */
export function matchesLabelSelector(selector: LabelSelector | undefined, labels: Labels): boolean {
  if (selector === undefined) return false;
  if (selector.matchLabels && !matchesSet(selector.matchLabels, labels)) return false;
  return (selector.matchExpressions ?? []).every((requirement) => {
    const value = labels?.[requirement.key];
    const values = requirement.values ?? [];
    switch (requirement.operator) {
      case 'In':
        return value !== undefined && values.includes(value);
      case 'NotIn':
        return value === undefined || !values.includes(value);
      case 'Exists':
        return value !== undefined;
      case 'DoesNotExist':
        return value === undefined;
      default:
        return false;
    }
  });
}
