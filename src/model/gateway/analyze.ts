/**
 * The Gateway API picture of a set of objects: which Gateways a controller owns, where each
 * HTTPRoute attached (attach.ts), and what each backendRef resolves to (backend-refs.ts). The
 * controller's status, the data plane's routing and the troubleshooting findings all read it.
 */
import type { Entry, Namespace, Service } from '../objects.ts';
import { attachParent, type ParentAttachment } from './attach.ts';
import { resolveBackendRef, type ResolvedBackend } from './backend-refs.ts';
import type { Gateway, GatewayClass, HTTPRoute, ReferenceGrant } from './types.ts';

export interface GatewayObjects {
  readonly namespaces: readonly Entry<Namespace>[];
  readonly services: readonly Entry<Service>[];
  readonly gatewayClasses: readonly Entry<GatewayClass>[];
  readonly gateways: readonly Entry<Gateway>[];
  readonly httpRoutes: readonly Entry<HTTPRoute>[];
  readonly referenceGrants: readonly Entry<ReferenceGrant>[];
}

export interface RouteAnalysis {
  readonly route: Entry<HTTPRoute>;
  /** `ns/name` */
  readonly name: string;
  readonly parents: readonly ParentAttachment[];
  /** Per rule, per backendRef. */
  readonly backends: readonly (readonly ResolvedBackend[])[];
}

export interface GatewayAnalysis {
  /** Gateways by `ns/name`. */
  readonly gateways: ReadonlyMap<string, Entry<Gateway>>;
  /** GatewayClasses by name. */
  readonly classes: ReadonlyMap<string, Entry<GatewayClass>>;
  /** Gateways whose GatewayClass exists. */
  readonly owned: ReadonlySet<string>;
  readonly routes: readonly RouteAnalysis[];
}

const nsName = (e: Entry<{ metadata?: { name?: string; namespace?: string } }>): string =>
  `${e.object.metadata?.namespace ?? 'default'}/${e.object.metadata?.name ?? ''}`;

const cache = new WeakMap<object, GatewayAnalysis>();

export function analyzeGateways(objects: GatewayObjects): GatewayAnalysis {
  const cached = cache.get(objects.httpRoutes);
  if (cached !== undefined && cached.gateways.size === objects.gateways.length) return cached;
  const classes = new Map(objects.gatewayClasses.map((e) => [e.object.metadata.name ?? '', e]));
  const gateways = new Map(objects.gateways.map((e) => [nsName(e), e]));
  const owned = new Set([...gateways].filter(([, g]) => classes.has(g.object.spec.gatewayClassName)).map(([key]) => key));
  const services = new Map(objects.services.map((e) => [nsName(e), e]));
  const context = { gateways, owned, namespaces: objects.namespaces };
  const routes = objects.httpRoutes.map((route): RouteAnalysis => {
    const namespace = route.object.metadata.namespace ?? 'default';
    return {
      route,
      name: nsName(route),
      parents: (route.object.spec.parentRefs ?? []).map((ref) => attachParent(route.object, ref, context)),
      backends: (route.object.spec.rules ?? []).map((rule) =>
        (rule.backendRefs ?? []).map((ref) => resolveBackendRef(ref, namespace, { services, referenceGrants: objects.referenceGrants }))),
    };
  });
  const analysis = { gateways, classes, owned, routes };
  cache.set(objects.httpRoutes, analysis);
  return analysis;
}

/** The first unresolved backendRef of a route, as its ResolvedRefs condition reports it. */
export function firstUnresolved(route: RouteAnalysis): Extract<ResolvedBackend, { ok: false }> | undefined {
  for (const rule of route.backends) for (const backend of rule) if (!backend.ok) return backend;
  return undefined;
}
