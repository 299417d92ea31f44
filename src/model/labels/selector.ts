/**
 * Label selectors as k8s.io/apimachinery/pkg/labels evaluates them (selector.go
 * Requirement.Matches, internalSelector.Matches), and the two ways objects state one:
 * a map (labels.SelectorFromSet: a Service's or ReplicationController's spec.selector) and a
 * metav1.LabelSelector (LabelSelectorAsSelector: workloads, NetworkPolicies). The scheduler's
 * node affinity builds the same selectors (nodeaffinity nodeSelectorRequirementsAsSelector).
 */
import type { LabelSelector } from 'kubernetes-types/meta/v1';

/** selection.Operator, as labels.Parse spells them (`==` reads as `=`). */
export type SelectorOperator = '=' | '!=' | 'in' | 'notin' | 'exists' | '!' | 'gt' | 'lt';

export interface Requirement {
  readonly key: string;
  readonly operator: SelectorOperator;
  readonly values: readonly string[];
}

/** labels.Nothing(): what LabelSelectorAsSelector gives for a nil selector; it matches no object. */
export const NOTHING = 'Nothing';

/** A labels.Selector: requirements that must all match (none: labels.Everything()), or labels.Nothing(). */
export type Selector = readonly Requirement[] | typeof NOTHING;

type Labels = Readonly<Record<string, string>> | undefined;

/** strconv.ParseInt(s, 10, 64). */
function parseInt64(text: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(text)) return undefined;
  const value = BigInt(text);
  return value >= -(1n << 63n) && value < 1n << 63n ? value : undefined;
}

/** Requirement.Matches: `!=` and `notin` also match objects without the key; `gt`/`lt` compare int64s. */
function requirementMatches(requirement: Requirement, labels: Labels): boolean {
  const has = labels !== undefined && Object.hasOwn(labels, requirement.key);
  const value = has ? labels[requirement.key] : undefined;
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
    case 'gt':
    case 'lt': {
      const actual = has ? parseInt64(value ?? '') : undefined;
      const bound = requirement.values.length === 1 ? parseInt64(requirement.values[0] ?? '') : undefined;
      if (actual === undefined || bound === undefined) return false;
      return requirement.operator === 'gt' ? actual > bound : actual < bound;
    }
  }
}

/** labels.Selector.Matches. */
export function selectorMatches(selector: Selector, labels: Labels): boolean {
  return selector !== NOTHING && selector.every((requirement) => requirementMatches(requirement, labels));
}

/** labels.SelectorFromSet: one `=` requirement per pair; an empty map is labels.Everything(). */
export function selectorFromSet(set: Readonly<Record<string, string>>): readonly Requirement[] {
  return Object.entries(set).map(([key, value]) => ({ key, operator: '=', values: [value] }));
}

const EXPRESSION_OPERATORS: Readonly<Record<string, SelectorOperator>> = { In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: '!' };

/**
 * metav1.LabelSelectorAsSelector: nil is labels.Nothing(), no matchLabels and no
 * matchExpressions is labels.Everything(). An unknown operator is an error there, so the
 * controllers select nothing with it.
 */
export function labelSelectorAsSelector(selector: LabelSelector | undefined): Selector {
  if (selector === undefined) return NOTHING;
  const requirements = [...selectorFromSet(selector.matchLabels ?? {})];
  for (const expression of selector.matchExpressions ?? []) {
    const operator = EXPRESSION_OPERATORS[expression.operator];
    if (operator === undefined) return NOTHING;
    requirements.push({ key: expression.key, operator, values: expression.values ?? [] });
  }
  return requirements;
}
