/**
 * A selector that matches no Pod leaves the Service without endpoints: the most common reason a
 * Service "does not work" (kubernetes.io/docs/tasks/debug/debug-application/debug-service,
 * "Does the Service have any Endpoints?"). Usually a Pod is one label off, so those are named.
 */
import type { Pod } from '../objects.ts';
import { MESSAGES } from './messages.ts';
import { listNames, type Finding, type ServiceCheck } from './finding.ts';

/**
 * A near miss matches every requirement but one. With a one-label selector every Pod would
 * qualify, so there the Pod must at least carry the key, with another value.
 */
function nearMiss(pod: Pod, selector: Readonly<Record<string, string>>): string | undefined {
  const labels = pod.metadata?.labels ?? {};
  const missed = Object.entries(selector).filter(([key, value]) => labels[key] !== value);
  if (missed.length !== 1) return undefined;
  const [key, wanted] = missed[0]!;
  const name = pod.metadata?.name ?? '';
  if (labels[key] !== undefined) return MESSAGES.nearMissValue(name, key, labels[key], wanted);
  return Object.keys(selector).length > 1 ? MESSAGES.nearMissMissing(name, key, wanted) : undefined;
}

export const checkSelectorMatchesNothing: ServiceCheck = (entry, selected, context) => {
  const service = entry.object;
  if (selected.length > 0) return [];
  const selector = service.spec?.selector ?? {};
  const namespace = service.metadata?.namespace ?? 'default';
  const misses = context.pods
    .inNamespace(namespace)
    .map((pod) => nearMiss(pod, selector))
    .filter((text): text is string => text !== undefined);
  const text = Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(',');
  const finding: Finding = {
    code: 'SELECTOR_MATCHES_NOTHING',
    severity: 'warning',
    field: ['spec', 'selector'],
    message: MESSAGES.selectorMatchesNothing(text, namespace, misses.length > 3 ? [listNames(misses)] : misses),
  };
  return [finding];
};
