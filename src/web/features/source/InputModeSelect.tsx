import { memo } from 'react';
import type { InputMode } from '../../../model/index.ts';
import './source.css';

interface Props {
  readonly mode: InputMode;
  readonly onMode: (mode: InputMode) => void;
}

const OPTIONS: readonly { readonly value: InputMode; readonly label: string }[] = [
  { value: 'auto', label: 'Read as: detect per object' },
  { value: 'manifest', label: 'Read as: manifests to apply' },
  { value: 'dump', label: 'Read as: a cluster dump' },
];

/**
 * How the text is read: manifests applied as `kubectl apply -f` would on a fresh cluster, or the
 * stored state of the cluster a `kubectl get -o yaml` dump came from. `auto` tells them apart by
 * the fields only an API server sets (resourceVersion, uid, managedFields).
 */
export const InputModeSelect = memo(function InputModeSelect({ mode, onMode }: Props) {
  return (
    <select className="input-mode" aria-label="Read the text as" value={mode} onChange={(event) => onMode(event.target.value as InputMode)}>
      {OPTIONS.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
});
