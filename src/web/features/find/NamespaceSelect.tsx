import { memo } from 'react';
import { ALL_NAMESPACES, type GraphScope } from '../../../worker/protocol.ts';
import { services } from './scope-text.ts';
import './find.css';

/** More Services than the gallery's largest example (6 of its own, 2 built in) holds, with room to spare. */
const FEW_SERVICES = 12;

interface Props {
  readonly scope: GraphScope | undefined;
  readonly onNamespace: (namespace: string) => void;
}

/**
 * "Namespace": the graph draws every namespace's Services, or one namespace's. A cluster too big to
 * draw legibly at once (a dump of hundreds of Services) starts with its busiest namespace.
 */
export const NamespaceSelect = memo(function NamespaceSelect({ scope, onNamespace }: Props) {
  if (scope === undefined || scope.namespaces.length < 2) return null;
  const total = scope.namespaces.reduce((sum, n) => sum + n.services, 0);
  // A small cluster is drawn whole and legible: the control would only take the graph's height.
  if (scope.namespace === undefined && total <= FEW_SERVICES) return null;
  return (
    <select className="namespace-select" aria-label="Namespace" value={scope.namespace ?? ALL_NAMESPACES} onChange={(event) => onNamespace(event.target.value)}>
      <option value={ALL_NAMESPACES}>Namespace: all ({services(total)})</option>
      {scope.namespaces.map((namespace) => (
        <option key={namespace.name} value={namespace.name}>
          Namespace: {namespace.name} ({services(namespace.services)})
        </option>
      ))}
    </select>
  );
});
