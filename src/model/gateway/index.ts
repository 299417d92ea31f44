/** Gateway API v1 (HTTPRoute): the objects, their CRDs, the controller's view and the data plane's routing. */
export type {
  AllowedRoutes,
  Condition,
  Gateway,
  GatewayClass,
  HTTPBackendRef,
  HTTPRoute,
  HTTPRouteMatch,
  HTTPRouteRule,
  Listener as GatewayListener,
  ListenerStatus,
  ParentReference,
  ReferenceGrant,
  RouteParentStatus,
} from './types.ts';
export type { CrdInfo, PrinterColumn } from './crd-types.ts';
export { GATEWAY_CRDS, GATEWAY_API_RELEASE } from './crd-schemas.ts';
export { analyzeGateways, type GatewayAnalysis, type RouteAnalysis } from './analyze.ts';
export { chooseRule, selectListener, splitPath, type HttpRequest, type RouteChoice } from './route-request.ts';
export { holdsGatewayApi } from './detect.ts';
