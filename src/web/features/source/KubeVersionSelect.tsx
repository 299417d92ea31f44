import { memo } from 'react';
import { SUPPORTED_KUBE_VERSIONS, type KubeVersion } from '../../../model/versions/kube-version.ts';
import './source.css';

interface Props {
  readonly version: KubeVersion;
  readonly onVersion: (version: KubeVersion) => void;
}

/**
 * The Kubernetes version the cluster is simulated as: its API fields, defaults, validation and
 * warnings, EndpointSlice hints and kube-proxy modes (src/model/versions/rules.ts). Newest first.
 */
export const KubeVersionSelect = memo(function KubeVersionSelect({ version, onVersion }: Props) {
  return (
    <select className="input-mode" aria-label="Kubernetes version" value={version} onChange={(event) => onVersion(event.target.value as KubeVersion)}>
      {[...SUPPORTED_KUBE_VERSIONS].reverse().map((option) => (
        <option key={option} value={option}>
          Kubernetes v{option}
        </option>
      ))}
    </select>
  );
});
