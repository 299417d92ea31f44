import { memo } from 'react';
import './source.css';

interface Props {
  /** Whether the cluster on screen was built with the Gateway API CRDs installed. */
  readonly installed: boolean;
  /** Whether the text holds gateway.networking.k8s.io objects. */
  readonly inText: boolean;
  /** The user's own choice; undefined while the text decides. */
  readonly chosen: boolean | undefined;
  readonly onChange: (installed: boolean | undefined) => void;
}

/**
 * "Gateway API CRDs installed": off like a bare cluster, where GatewayClass, Gateway, HTTPRoute and
 * ReferenceGrant get `no matches for kind`; on by itself when the text holds Gateway API objects, as
 * a learner who pastes an HTTPRoute means a cluster that has them. Unticking it shows the bare cluster.
 * The CLI's --gateway-api installs them for any text.
 */
export const GatewayApiToggle = memo(function GatewayApiToggle({ installed, inText, chosen, onChange }: Props) {
  // The user's choice at once; the build that follows confirms it.
  const on = chosen ?? installed;
  // Without Gateway API objects in the text the control changes nothing on screen: it shows up
  // with the first one, already on.
  if (!on && !inText && chosen === undefined) return null;
  const note =
    chosen === undefined && on ? 'on: the manifest has Gateway API objects'
    : !on && inText ? 'off: Gateway API kinds get “no matches for kind”, as on a bare cluster'
    : undefined;
  return (
    <span className="gateway-api">
      <label title="The Gateway API CRDs (v1.6.1, standard channel) that a Gateway implementation installs">
        <input
          type="checkbox"
          checked={on}
          onChange={(event) => {
            const wanted = event.target.checked;
            // Back to what the text says when that is what the user asks for.
            onChange(wanted === inText ? undefined : wanted);
          }}
        />
        Gateway API CRDs installed
      </label>
      {note !== undefined && <span className="gateway-api__note">({note})</span>}
    </span>
  );
});
