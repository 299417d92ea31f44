/**
 * The Gateway API kinds the simulated cluster serves. A bare kube-apiserver serves none of them:
 * they come with the Gateway API CRDs (standard channel), which every Gateway implementation
 * installs first. The simulator serves them as if those CRDs were installed, at the release
 * crd-schemas.ts was generated from, so GatewayClasses, Gateways, HTTPRoutes and ReferenceGrants
 * can be applied without also pasting 600 kB of CRDs.
 *
 * Every served version has the same schema, and the API server converts between them by
 * changing apiVersion only (the CRDs' conversion strategy is None): objects are stored and
 * returned as v1, the preferred version (`kubectl get` prints that).
 */
import type { KindInfo } from '../resources/schema/kind-info.ts';
import type { CrdInfo } from './crd-types.ts';
import { GATEWAY_CRDS } from './crd-schemas.ts';

export interface GatewayKind {
  readonly info: KindInfo;
  readonly crd: CrdInfo;
}

const BY_KEY: ReadonlyMap<string, GatewayKind> = new Map(
  GATEWAY_CRDS.flatMap((crd) =>
    crd.versions.map((version): [string, GatewayKind] => [
      `${crd.group}/${version}/${crd.kind}`,
      {
        crd,
        info: { apiVersion: `${crd.group}/${version}`, kind: crd.kind, namespaced: crd.namespaced, plural: crd.plural, singular: crd.singular, shortNames: crd.shortNames },
      },
    ]),
  ),
);

/** The Gateway API kind served at this apiVersion, or undefined. */
export function gatewayKind(apiVersion: string, kind: string): GatewayKind | undefined {
  return BY_KEY.get(`${apiVersion}/${kind}`);
}

/** `gateway.networking.k8s.io/v1`, or v1beta1 for a kind v1 does not serve. */
export function preferredVersion(crd: CrdInfo): string {
  return `${crd.group}/${crd.versions.includes('v1') ? 'v1' : crd.versions[0]!}`;
}

/** The CRD of a kind by name (`HTTPRoute`). */
export function gatewayCrd(kind: string): CrdInfo | undefined {
  return GATEWAY_CRDS.find((crd) => crd.kind === kind);
}
