/**
 * Gateway API v1 objects as the simulated API server stores them (kubernetes-sigs/gateway-api
 * apis/v1: gatewayclass_types.go, gateway_types.go, httproute_types.go, shared_types.go;
 * apis/v1beta1/referencegrant_types.go). Only the fields the simulator reads are typed; every
 * object keeps all its fields as given.
 */
import type { ObjectMeta } from 'kubernetes-types/meta/v1';

export const GATEWAY_GROUP = 'gateway.networking.k8s.io';
export const GATEWAY_API_VERSION = `${GATEWAY_GROUP}/v1`;

/** metav1.Condition */
export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
  lastTransitionTime: string;
  observedGeneration?: number;
}

interface Base {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}

export interface GatewayClass extends Base {
  spec: { controllerName: string; description?: string; parametersRef?: unknown };
  status?: { conditions?: Condition[] };
}

export interface AllowedRoutes {
  namespaces?: { from?: 'All' | 'Same' | 'Selector'; selector?: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } };
  kinds?: { group?: string; kind: string }[];
}

export interface Listener {
  name: string;
  hostname?: string;
  port: number;
  protocol: string;
  tls?: { mode?: string; certificateRefs?: unknown[] };
  allowedRoutes?: AllowedRoutes;
}

export interface ListenerStatus {
  name: string;
  supportedKinds: { group?: string; kind: string }[];
  attachedRoutes: number;
  conditions: Condition[];
}

export interface Gateway extends Base {
  spec: { gatewayClassName: string; listeners: Listener[]; addresses?: { type?: string; value: string }[] };
  status?: { addresses?: { type?: string; value: string }[]; conditions?: Condition[]; listeners?: ListenerStatus[] };
}

export interface ParentReference {
  group?: string;
  kind?: string;
  namespace?: string;
  name: string;
  sectionName?: string;
  port?: number;
}

export interface HTTPPathMatch { type?: 'Exact' | 'PathPrefix' | 'RegularExpression'; value?: string }
export interface HTTPHeaderMatch { type?: 'Exact' | 'RegularExpression'; name: string; value: string }
export interface HTTPQueryParamMatch { type?: 'Exact' | 'RegularExpression'; name: string; value: string }

export interface HTTPRouteMatch {
  path?: HTTPPathMatch;
  headers?: HTTPHeaderMatch[];
  queryParams?: HTTPQueryParamMatch[];
  method?: string;
}

export interface HTTPBackendRef {
  group?: string;
  kind?: string;
  name: string;
  namespace?: string;
  port?: number;
  weight?: number;
  filters?: unknown[];
}

export interface HTTPRouteFilter {
  type: string;
  requestRedirect?: { scheme?: string; hostname?: string; path?: unknown; port?: number; statusCode?: number };
  [field: string]: unknown;
}

export interface HTTPRouteRule {
  name?: string;
  matches?: HTTPRouteMatch[];
  filters?: HTTPRouteFilter[];
  backendRefs?: HTTPBackendRef[];
}

export interface RouteParentStatus {
  parentRef: ParentReference;
  controllerName: string;
  conditions: Condition[];
}

export interface HTTPRoute extends Base {
  spec: { parentRefs?: ParentReference[]; hostnames?: string[]; rules?: HTTPRouteRule[] };
  status?: { parents: RouteParentStatus[] };
}

export interface ReferenceGrant extends Base {
  spec: {
    from: { group: string; kind: string; namespace: string }[];
    to: { group: string; kind: string; name?: string }[];
  };
}
