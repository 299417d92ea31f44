/** What the simulator says about Gateway API input that a real cluster would answer differently. */
import type { Diagnostic } from '../diagnostics.ts';
import type { RawObject } from '../manifest/parse.ts';
import { asRecord, asString } from '../resources/guards.ts';
import { GATEWAY_API_RELEASE } from './crd-schemas.ts';

/**
 * Once, at the first Gateway API object applied: the simulated cluster has the Gateway API CRDs
 * installed (kinds.ts); a bare API server would refuse the object with `no matches for kind`.
 */
export function gatewayApiNote(first: RawObject | undefined): Diagnostic[] {
  if (first === undefined) return [];
  const metadata = asRecord(first.value.metadata);
  const kind = asString(first.value.kind);
  return [{
    code: 'GATEWAY_API_CRDS_ASSUMED',
    severity: 'info',
    message:
      `${kind} is a Gateway API kind: the simulated cluster has the Gateway API ${GATEWAY_API_RELEASE} CRDs (standard channel) installed, ` +
      `as a Gateway implementation's install does. A bare cluster answers \`no matches for kind "${kind}"\` until they are installed ` +
      `(kubectl apply -f https://github.com/kubernetes-sigs/gateway-api/releases/download/${GATEWAY_API_RELEASE}/standard-install.yaml).`,
    ...(metadata && asString(metadata.name) !== '' ? { object: `${kind}/${asString(metadata.namespace) || 'default'}/${asString(metadata.name)}` } : {}),
    range: first.locate(['kind']),
  }];
}
