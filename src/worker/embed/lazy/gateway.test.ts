import { describe, expect, it } from 'vitest';
import { GATEWAY_CRDS } from '../../../model/gateway/crd-schemas.ts';
import { GATEWAY_GROUP } from '../../../model/gateway/types.ts';
import { gatewayKind as realGatewayKind } from '../../../model/gateway/kinds.ts';
import { GATEWAY_PART, gatewayKind } from './gateway.ts';
import { withLazyParts } from './part.ts';

describe('the Gateway API stand-in', () => {
  it('knows without the CRDs that a kind of another group is none of theirs', () => {
    // Exact because every CRD of the part is in the one group the stand-in checks.
    expect(new Set(GATEWAY_CRDS.map((crd) => crd.group))).toEqual(new Set([GATEWAY_GROUP]));
    for (const [apiVersion, kind] of [['v1', 'Service'], ['apps/v1', 'Deployment'], ['networking.k8s.io/v1', 'Ingress'], ['example.com/v1', 'HTTPRoute']] as const) {
      expect(gatewayKind(apiVersion, kind)).toBeUndefined();
      expect(realGatewayKind(apiVersion, kind)).toBeUndefined();
    }
    expect(GATEWAY_PART.loaded).toBe(false);
  });

  it('answers as the model does once it fetched the CRDs', async () => {
    await expect(withLazyParts(() => gatewayKind('gateway.networking.k8s.io/v1', 'HTTPRoute'))).resolves.toEqual(realGatewayKind('gateway.networking.k8s.io/v1', 'HTTPRoute'));
    expect(GATEWAY_PART.loaded).toBe(true);
    expect(gatewayKind('gateway.networking.k8s.io/v1', 'Nothing')).toBeUndefined();
  });
});
