/** What the toolbar and the graph say about the namespaces the graph draws. */
import type { GraphScope } from '../../../worker/protocol.ts';
import { groupDigits } from '../../../present/text/group-digits.ts';

const count = groupDigits;
export const services = (n: number): string => `${count(n)} Service${n === 1 ? '' : 's'}`;

/** Said over the graph when it starts with one namespace of a cluster too big to draw at once. */
export function overviewNote(scope: GraphScope | undefined): string | undefined {
  if (scope?.overview !== true || scope.namespace === undefined) return undefined;
  const total = scope.namespaces.reduce((sum, n) => sum + n.services, 0);
  const shown = scope.namespaces.find((n) => n.name === scope.namespace)?.services ?? 0;
  return `${services(total)} in ${count(scope.namespaces.length)} namespaces: the graph shows ${scope.namespace}’s ${count(shown)}. Choose another in Namespace, or find any object by name.`;
}
