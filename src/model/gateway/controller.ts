/**
 * The simulated Gateway controller: the status a conformant implementation writes on the
 * objects it owns (apis/v1 gatewayclass_types.go, gateway_types.go, shared_types.go
 * RouteParentStatus). It owns every GatewayClass, whatever its controllerName (DESIGN.md), and
 * so every Gateway whose class exists; a Gateway of a missing class keeps the CRD's default
 * status (`Waiting for controller`), and routes to it get no parent status, as nobody reconciles
 * them in a real cluster either.
 */
import type { Entry } from '../objects.ts';
import { analyzeGateways, firstUnresolved, type GatewayAnalysis, type GatewayObjects } from './analyze.ts';
import { servesHttp, supportedKinds } from './attach.ts';
import { condition } from './conditions.ts';
import { listenerConflicts } from './listener-conflicts.ts';
import { asArray } from '../resources/guards.ts';
import { GATEWAY_GROUP, type Condition, type Gateway, type GatewayClass, type HTTPRoute, type Listener, type ListenerStatus, type RouteParentStatus } from './types.ts';

/** What the controller reads: the Gateway API objects, and the Secrets (by `ns/name`) HTTPS listeners name. */
export interface ControllerInput extends GatewayObjects {
  readonly secrets: ReadonlySet<string>;
}

export interface GatewayStatuses {
  readonly gatewayClasses: readonly Entry<GatewayClass>[];
  readonly gateways: readonly Entry<Gateway>[];
  readonly httpRoutes: readonly Entry<HTTPRoute>[];
}

/** The address the simulated data plane listens on, per Gateway (a real one gets it from its load balancer). */
export type AddressOf = (gateway: string) => string | undefined;

export function reconcileGateways(objects: ControllerInput, now: string, addressOf: AddressOf): GatewayStatuses {
  const analysis = analyzeGateways(objects);
  return {
    gatewayClasses: objects.gatewayClasses.map((entry) => {
      const generation = entry.object.metadata.generation ?? 1;
      const conditions = [condition('Accepted', true, 'Accepted', 'Accepted by the simulated Gateway controller', now, generation)];
      return { ...entry, object: { ...entry.object, status: { ...entry.object.status, conditions } } };
    }),
    gateways: objects.gateways.map((entry) => reconcileGateway(entry, analysis, now, addressOf, objects)),
    httpRoutes: analysis.routes.map(({ route, parents, backends: _b }, i) => {
      const statuses = parents.flatMap((parent): RouteParentStatus[] => {
        if (parent.gateway === undefined) return [];
        const gateway = analysis.gateways.get(parent.gateway)!;
        const generation = route.object.metadata.generation ?? 1;
        const unresolved = firstUnresolved(analysis.routes[i]!);
        const conditions: Condition[] = [
          parent.notAccepted
            ? condition('Accepted', false, parent.notAccepted.reason, parent.notAccepted.message, now, generation)
            : condition('Accepted', true, 'Accepted', 'Route is accepted', now, generation),
          unresolved
            ? condition('ResolvedRefs', false, unresolved.reason, unresolved.message, now, generation)
            : condition('ResolvedRefs', true, 'ResolvedRefs', 'All references resolved', now, generation),
        ];
        const controllerName = analysis.classes.get(gateway.object.spec.gatewayClassName)!.object.spec.controllerName;
        return [{ parentRef: parent.parentRef, controllerName, conditions }];
      });
      if (statuses.length === 0) return route;
      return { ...route, object: { ...route.object, status: { parents: statuses } } };
    }),
  };
}

/**
 * An HTTPS listener's certificateRefs (gateway_types.go GatewayTLSConfig): each a core Secret that
 * exists, in the Gateway's namespace or one whose ReferenceGrant lets Gateways of it refer there.
 */
function certificateProblem(listener: Listener, namespace: string, objects: ControllerInput): { reason: string; message: string } | undefined {
  for (const ref of asArray(listener.tls?.certificateRefs)) {
    const { group = '', kind = 'Secret', name = '', namespace: target = namespace } = (ref ?? {}) as { group?: string; kind?: string; name?: string; namespace?: string };
    if (group !== '' || kind !== 'Secret') return { reason: 'InvalidCertificateRef', message: `certificateRef ${name}: kind ${kind} is not supported` };
    if (target !== namespace && !objects.referenceGrants.some(({ object }) => (object.metadata.namespace ?? 'default') === target &&
      object.spec.from.some((f) => f.group === GATEWAY_GROUP && f.kind === 'Gateway' && f.namespace === namespace) &&
      object.spec.to.some((t) => t.group === '' && t.kind === 'Secret' && (!t.name || t.name === name)))) {
      return { reason: 'RefNotPermitted', message: `certificateRef ${target}/${name}: no ReferenceGrant in namespace ${target} allows Gateways from ${namespace}` };
    }
    if (!objects.secrets.has(`${target}/${name}`)) return { reason: 'InvalidCertificateRef', message: `Secret ${target}/${name} not found` };
  }
  return undefined;
}

function reconcileGateway(entry: Entry<Gateway>, analysis: GatewayAnalysis, now: string, addressOf: AddressOf, objects: ControllerInput): Entry<Gateway> {
  const key = `${entry.object.metadata.namespace ?? 'default'}/${entry.object.metadata.name ?? ''}`;
  if (!analysis.owned.has(key)) return entry;
  const generation = entry.object.metadata.generation ?? 1;
  const conflicts = listenerConflicts(entry.object);
  const listeners = entry.object.spec.listeners.map((listener): ListenerStatus => {
    const { kinds, invalid } = supportedKinds(listener);
    const attachedRoutes = analysis.routes.filter((r) => r.parents.some((p) => p.gateway === key && p.attachments.some((a) => a.listener === listener.name))).length;
    const protocolOk = servesHttp(listener);
    const conflict = conflicts.get(listener.name);
    const certificate = certificateProblem(listener, entry.object.metadata.namespace ?? 'default', objects);
    const programmed = protocolOk && conflict === undefined && !invalid && certificate === undefined;
    const conditions = [
      !protocolOk
        ? condition('Accepted', false, 'UnsupportedProtocol', `Protocol ${listener.protocol} is not supported by the simulated HTTP Gateway`, now, generation)
        : conflict !== undefined
          ? condition('Accepted', false, 'PortUnavailable', conflict, now, generation)
          : condition('Accepted', true, 'Accepted', 'Listener is accepted', now, generation),
      condition('Programmed', programmed, programmed ? 'Programmed' : 'Invalid', programmed ? 'Listener is programmed' : 'Listener is invalid', now, generation),
      invalid
        ? condition('ResolvedRefs', false, 'InvalidRouteKinds', 'Only HTTPRoute (gateway.networking.k8s.io) is supported', now, generation)
        : certificate
          ? condition('ResolvedRefs', false, certificate.reason, certificate.message, now, generation)
          : condition('ResolvedRefs', true, 'ResolvedRefs', 'All references resolved', now, generation),
      conflict !== undefined
        ? condition('Conflicted', true, 'ProtocolConflict', conflict, now, generation)
        : condition('Conflicted', false, 'NoConflicts', 'No conflicts', now, generation),
    ];
    return { name: listener.name, supportedKinds: kinds, attachedRoutes, conditions };
  });
  const allValid = listeners.every((l) => l.conditions.every((c) => c.type === 'Conflicted' ? c.status === 'False' : c.status === 'True'));
  const address = addressOf(key);
  const conditions = [
    condition('Accepted', true, allValid ? 'Accepted' : 'ListenersNotValid', allValid ? 'Gateway is accepted' : notValidMessage(listeners), now, generation),
    condition('Programmed', true, 'Programmed', 'Gateway is programmed', now, generation),
  ];
  const status = { ...(address ? { addresses: [{ type: 'IPAddress', value: address }] } : {}), conditions, listeners };
  return { ...entry, object: { ...entry.object, status }, simulated: [...entry.simulated, ...(address ? ['status.addresses'] : [])] };
}

/** ListenersNotValid "SHOULD clearly indicate in the Message which Listeners are conflicted, and which are Accepted" (gateway_types.go). */
function notValidMessage(listeners: readonly ListenerStatus[]): string {
  const named = (test: (l: ListenerStatus) => boolean): string => listeners.filter(test).map((l) => l.name).join(', ');
  const holds = (l: ListenerStatus, type: string, status: string): boolean => l.conditions.some((c) => c.type === type && c.status === status);
  const parts = [
    ['conflicted', named((l) => holds(l, 'Conflicted', 'True'))],
    ['not accepted', named((l) => holds(l, 'Accepted', 'False') && !holds(l, 'Conflicted', 'True'))],
    ['accepted', named((l) => holds(l, 'Accepted', 'True'))],
  ].filter(([, names]) => names !== '');
  return `Some listeners are not valid: ${parts.map(([what, names]) => `${what}: ${names}`).join('; ')}`;
}
