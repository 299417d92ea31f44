/**
 * Which listeners of which Gateways an HTTPRoute attaches to, and why not, as the spec
 * defines it (apis/v1/shared_types.go ParentReference and RouteConditionReason,
 * gateway_types.go AllowedRoutes and Listener.Hostname):
 * 1. the parentRef names a Gateway (group gateway.networking.k8s.io, kind Gateway) that exists
 *    and whose GatewayClass exists (else no controller owns the pair and nothing is written);
 * 2. the listeners it may mean: all, or the one named by sectionName, narrowed by port;
 *    none left → NoMatchingParent;
 * 3. of those, the listeners that allow the route: its kind among the listener's supported kinds,
 *    its namespace by `allowedRoutes.namespaces.from` (Same / All / Selector) → else
 *    NotAllowedByListeners;
 * 4. of those, the listeners whose hostname intersects the route's → else
 *    NoMatchingListenerHostname.
 */
import type { Entry, Namespace } from '../objects.ts';
import { labelSelectorAsSelector, selectorMatches } from '../labels/selector.ts';
import type { RouteNotAccepted } from './conditions.ts';
import { intersectHostnames } from './hostnames.ts';
import { listenerConflicts } from './listener-conflicts.ts';
import { GATEWAY_GROUP, type Gateway, type HTTPRoute, type Listener, type ParentReference } from './types.ts';

/** A listener the route attached to, with the hostnames it serves there (`''`: any host). */
export interface Attachment {
  readonly listener: string;
  readonly port: number;
  readonly hostnames: readonly string[];
}

export interface ParentAttachment {
  /** The parentRef as given, with the CRD's defaults. */
  readonly parentRef: ParentReference;
  /** `ns/name` of the Gateway, when it exists and its class does. */
  readonly gateway?: string;
  readonly attachments: readonly Attachment[];
  /** Set when the route is not accepted by this parent. */
  readonly notAccepted?: { readonly reason: RouteNotAccepted; readonly message: string; readonly fix?: string };
}

/** Whether a listener's protocol carries HTTPRoutes: the simulator's Gateway speaks HTTP and HTTPS. */
export function servesHttp(listener: Listener): boolean {
  return listener.protocol === 'HTTP' || listener.protocol === 'HTTPS';
}

/** The route kinds a listener supports (ListenerStatus.supportedKinds), and whether it named any other. */
export function supportedKinds(listener: Listener): { kinds: { group: string; kind: string }[]; invalid: boolean } {
  if (!servesHttp(listener)) return { kinds: [], invalid: false };
  const asked = listener.allowedRoutes?.kinds;
  if (asked === undefined || asked.length === 0) return { kinds: [{ group: GATEWAY_GROUP, kind: 'HTTPRoute' }], invalid: false };
  const valid = asked.filter((k) => (k.group ?? GATEWAY_GROUP) === GATEWAY_GROUP && k.kind === 'HTTPRoute');
  return { kinds: valid.length > 0 ? [{ group: GATEWAY_GROUP, kind: 'HTTPRoute' }] : [], invalid: valid.length < asked.length };
}

function allowsNamespace(listener: Listener, gatewayNamespace: string, routeNamespace: string, namespaces: readonly Entry<Namespace>[]): boolean {
  const from = listener.allowedRoutes?.namespaces?.from ?? 'Same';
  if (from === 'All') return true;
  if (from === 'Same') return routeNamespace === gatewayNamespace;
  const labels = namespaces.find((n) => n.object.metadata?.name === routeNamespace)?.object.metadata?.labels ?? {};
  const selector = labelSelectorAsSelector(listener.allowedRoutes?.namespaces?.selector as Parameters<typeof labelSelectorAsSelector>[0]);
  return selectorMatches(selector, labels);
}

export interface AttachContext {
  readonly gateways: ReadonlyMap<string, Entry<Gateway>>;
  /** Gateways whose GatewayClass exists: a controller reconciles them. */
  readonly owned: ReadonlySet<string>;
  readonly namespaces: readonly Entry<Namespace>[];
}

export function attachParent(route: HTTPRoute, parentRef: ParentReference, context: AttachContext): ParentAttachment {
  const routeNamespace = route.metadata.namespace ?? 'default';
  // 1. Only Gateways are parents here.
  if ((parentRef.group ?? GATEWAY_GROUP) !== GATEWAY_GROUP || (parentRef.kind ?? 'Gateway') !== 'Gateway') {
    return { parentRef, attachments: [] };
  }
  const key = `${parentRef.namespace ?? routeNamespace}/${parentRef.name}`;
  const gateway = context.gateways.get(key);
  if (gateway === undefined || !context.owned.has(key)) return { parentRef, attachments: [] };
  const gatewayNamespace = gateway.object.metadata.namespace ?? 'default';
  const refused = (reason: RouteNotAccepted, message: string, fix?: string): ParentAttachment =>
    ({ parentRef, gateway: key, attachments: [], notAccepted: { reason, message, ...(fix === undefined ? {} : { fix }) } });

  // 2. sectionName and port.
  const named = gateway.object.spec.listeners.filter((l) =>
    (parentRef.sectionName === undefined || l.name === parentRef.sectionName) && (parentRef.port === undefined || l.port === parentRef.port));
  if (named.length === 0) {
    const what = [parentRef.sectionName !== undefined ? `sectionName ${JSON.stringify(parentRef.sectionName)}` : '', parentRef.port !== undefined ? `port ${parentRef.port}` : '']
      .filter(Boolean).join(' and ');
    return refused('NoMatchingParent', `No listener of Gateway ${key} matches ${what}`);
  }
  // 3. Kinds and namespaces, on listeners that are accepted (a conflicted one carries no route).
  const conflicts = listenerConflicts(gateway.object);
  const open = named.filter((l) => !conflicts.has(l.name));
  if (open.length === 0) {
    return refused(
      'NotAllowedByListeners',
      `Listener ${named.map((l) => l.name).join(', ')} of Gateway ${key} is conflicted: ${conflicts.get(named[0]!.name) ?? ''}`,
      'Give the conflicting listeners different ports: no listener on a port shared by HTTP and HTTPS (or TCP) is served.',
    );
  }
  const allowed = open.filter((l) => supportedKinds(l).kinds.length > 0 && allowsNamespace(l, gatewayNamespace, routeNamespace, context.namespaces));
  if (allowed.length === 0) return refused('NotAllowedByListeners', `No listener of Gateway ${key} allows HTTPRoutes from namespace ${routeNamespace}`);
  // 4. Hostnames.
  const attachments = allowed
    .map((l): Attachment => ({ listener: l.name, port: l.port, hostnames: intersectHostnames(l.hostname, route.spec.hostnames ?? []) }))
    .filter((a) => a.hostnames.length > 0);
  if (attachments.length === 0) {
    return refused('NoMatchingListenerHostname', `No listener hostname of Gateway ${key} intersects the route's hostnames ${(route.spec.hostnames ?? []).join(', ')}`);
  }
  return { parentRef, gateway: key, attachments };
}
