import { memo, type ReactNode } from 'react';
import type { InputMode } from '../../../model/index.ts';
import type { KubeVersion } from '../../../model/versions/kube-version.ts';
import './source.css';

interface Props {
  /** Where the toolbar is narrow: the settings fold behind one line that says what they are. */
  readonly folded: boolean;
  readonly mode: InputMode;
  readonly version: KubeVersion;
  readonly gatewayApi: boolean;
  readonly children: ReactNode;
}

const MODE_WORDS: Readonly<Record<InputMode, string>> = { auto: 'read per object', manifest: 'manifests', dump: 'a dump' };

/**
 * The simulated cluster's settings: how the text is read, the Kubernetes version and the Gateway
 * API CRDs. In the graph's toolbar; where it is narrow (a laptop's screen, a phone), the controls
 * took a row of their own (on a phone, one each, pushing the graph half a screen down), so they
 * fold behind a summary of what they are set to: settings chosen once, not at every look.
 */
export const ClusterSettings = memo(function ClusterSettings({ folded, mode, version, gatewayApi, children }: Props) {
  if (!folded) return <>{children}</>;
  return (
    <details className="cluster-settings">
      <summary>
        Cluster: v{version}, {MODE_WORDS[mode]}
        {gatewayApi ? ', Gateway API' : ''}
      </summary>
      <div className="cluster-settings__controls">{children}</div>
    </details>
  );
});
