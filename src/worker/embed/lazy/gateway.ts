/**
 * The Gateway API's admission (the CRDs' OpenAPI schemas, CEL rules and structural checks), its
 * note and its data-plane trace, fetched only when a build needs them (part.ts): about a tenth of
 * the embed's download, for share links that hold no Gateway API object. In the embed's worker
 * this module stands in for the model's modules that gateway-real.ts gathers (stand-ins.ts);
 * the rest of the Gateway API model (the controller's status, attachment, routing) stays, as
 * every build runs it.
 */
import type * as Gateway from './gateway-real.ts';
import { GATEWAY_GROUP } from '../../../model/gateway/types.ts';
import { lazyPart } from './part.ts';

export const GATEWAY_PART = lazyPart<typeof Gateway>('Gateway API admission', () => import('./gateway-real.ts'));

const gateway = (): typeof Gateway => GATEWAY_PART.real();

/**
 * Every object's kind is looked up here, so the answer for any other API group comes without the
 * part: every Gateway API CRD is in GATEWAY_GROUP (gateway.test.ts checks the CRDs).
 */
export const gatewayKind: typeof Gateway.gatewayKind = (apiVersion, kind) =>
  apiVersion.startsWith(`${GATEWAY_GROUP}/`) ? gateway().gatewayKind(apiVersion, kind) : undefined;
export const preferredVersion: typeof Gateway.preferredVersion = (crd) => gateway().preferredVersion(crd);
export const gatewayCrd: typeof Gateway.gatewayCrd = (kind) => gateway().gatewayCrd(kind);
export const admitGatewayObject: typeof Gateway.admitGatewayObject = (object, kind, stored) => gateway().admitGatewayObject(object, kind, stored);
export const gatewayApiNote: typeof Gateway.gatewayApiNote = (first) => gateway().gatewayApiNote(first);
export const traceGateway: typeof Gateway.traceGateway = (cluster, request) => gateway().traceGateway(cluster, request);
