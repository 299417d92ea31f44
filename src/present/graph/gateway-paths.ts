/**
 * Gateway API paths: the external client reaches a Gateway on one of its listeners' ports, the
 * listener hands the request to the HTTPRoutes attached to it, and each route's rules send it to
 * backend Services by weight (apis/v1 gateway_types.go Listener, httproute_types.go HTTPRouteRule,
 * HTTPBackendRef). Where the model's controller says a route carries no traffic (a parent that does
 * not accept it, a backendRef that does not resolve), the box says why and the edge is left out.
 */
import { analyzeGateways, type Cluster, type Entry, type Gateway, type GatewayAnalysis, type HTTPRoute, type HTTPRouteMatch, type RouteAnalysis } from '../../model/index.ts';
import { addEdge, addNode, COLUMN, type Draft, objectRef } from './draft.ts';
import { gatewayId, routeId, serviceId } from './ids.ts';
import type { GraphNodeData } from './types.ts';

const keyOf = (e: Entry<Gateway | HTTPRoute>): string => `${e.object.metadata.namespace ?? 'default'}/${e.object.metadata.name ?? ''}`;

/** The Gateways and routes a view shows: every one, or those on the way to one Service. */
export interface GatewaySelection {
  readonly gateways: readonly Entry<Gateway>[];
  readonly routes: readonly Entry<HTTPRoute>[];
}

/** `ns/name` of each Service a route's rules name (resolved or not). */
export function routeServices(route: HTTPRoute): string[] {
  const namespace = route.metadata.namespace ?? 'default';
  return (route.spec.rules ?? []).flatMap((rule) => (rule.backendRefs ?? []).map((ref) => `${ref.namespace ?? namespace}/${ref.name}`));
}

/** With `service`, only the routes that send to it and the Gateways they name; else those `shown` keeps. */
export function selectGateways(cluster: Cluster, service: string | undefined, shown: (entry: Entry<Gateway | HTTPRoute>) => boolean): GatewaySelection {
  const byKey = (a: Entry<Gateway | HTTPRoute>, b: Entry<Gateway | HTTPRoute>): number => keyOf(a).localeCompare(keyOf(b));
  if (service === undefined) {
    return { gateways: cluster.gateways.filter(shown).sort(byKey), routes: cluster.httpRoutes.filter(shown).sort(byKey) };
  }
  const routes = cluster.httpRoutes.filter((r) => routeServices(r.object).includes(service)).sort(byKey);
  const parents = new Set(routes.flatMap((r) => (r.object.spec.parentRefs ?? []).map((p) => `${p.namespace ?? r.object.metadata.namespace ?? 'default'}/${p.name}`)));
  return { gateways: cluster.gateways.filter((g) => parents.has(keyOf(g))).sort(byKey), routes };
}

/** `http HTTP 80 *.example.com`: one line per listener. */
function listenerLine(listener: Gateway['spec']['listeners'][number]): string {
  return `${listener.name} ${listener.protocol} ${listener.port}${listener.hostname === undefined ? '' : ` ${listener.hostname}`}`;
}

function addGateway(draft: Draft, entry: Entry<Gateway>, analysis: GatewayAnalysis, client: string): void {
  const { name = '', namespace = 'default' } = entry.object.metadata;
  const className = entry.object.spec.gatewayClassName;
  const addresses = (entry.object.status?.addresses ?? []).map((a) => a.value);
  const owned = analysis.owned.has(keyOf(entry));
  const data: GraphNodeData = {
    title: name,
    namespace,
    subtitle: [...entry.object.spec.listeners.map(listenerLine), ...(owned ? [] : [`GatewayClass ${className} not found`])],
    badges: [`class ${className}`, ...(addresses.length > 0 ? addresses : ['<pending>'])],
    simulated: entry.simulated.includes('status.addresses'),
    ...(owned ? {} : { problem: 'no controller' }),
    ...objectRef(entry),
  };
  const id = gatewayId(namespace, name);
  addNode(draft, { id, kind: 'gateway', column: COLUMN.entry, data });
  for (const listener of entry.object.spec.listeners) addEdge(draft, client, id, 'traffic', String(listener.port));
}

/** `/api`, `= /login`, `~ ^/v[0-9]`, then the method and each header and query match: what a request must carry. */
export function matchText(match: HTTPRouteMatch): string {
  const type = match.path?.type ?? 'PathPrefix';
  const value = match.path?.value ?? '/';
  const parts = [type === 'Exact' ? `= ${value}` : type === 'RegularExpression' ? `~ ${value}` : value];
  if (match.method !== undefined) parts.push(match.method);
  for (const h of match.headers ?? []) parts.push(`${h.name}${h.type === 'RegularExpression' ? '~' : '='}${h.value}`);
  for (const q of match.queryParams ?? []) parts.push(`?${q.name}${q.type === 'RegularExpression' ? '~' : '='}${q.value}`);
  return parts.join(' ');
}

function ruleLine(rule: NonNullable<HTTPRoute['spec']['rules']>[number], index: number): string {
  const matches = (rule.matches ?? [{}]).map(matchText).join(' | ');
  return `rule ${index}${rule.name ? ` (${rule.name})` : ''}: ${matches}`;
}

/** The model's own conditions, first parent that reports each: `Accepted False: NotAllowedByListeners`. */
function routeProblem(route: RouteAnalysis): { line: string; problem: string } | undefined {
  const refused = route.parents.find((p) => p.notAccepted !== undefined);
  if (refused?.notAccepted !== undefined) return { line: `Accepted False: ${refused.notAccepted.reason}`, problem: 'not accepted' };
  if (route.parents.every((p) => p.gateway === undefined)) {
    const names = route.parents.map((p) => `${p.parentRef.namespace ?? route.route.object.metadata.namespace ?? 'default'}/${p.parentRef.name}`);
    return { line: `no controller: Gateway ${names.join(', ') || '(none)'} missing or without class`, problem: 'not attached' };
  }
  for (const rule of route.backends) {
    for (const backend of rule) if (!backend.ok) return { line: `ResolvedRefs False: ${backend.reason}`, problem: 'refs unresolved' };
  }
  return undefined;
}

function addRoute(draft: Draft, analysis: RouteAnalysis, drawnGateways: ReadonlySet<string>, drawnServices: ReadonlySet<string>): void {
  const route = analysis.route.object;
  const { name = '', namespace = 'default' } = route.metadata;
  const hostnames = route.spec.hostnames ?? [];
  const trouble = routeProblem(analysis);
  const rules = route.spec.rules ?? [];
  const data: GraphNodeData = {
    title: name,
    namespace,
    subtitle: [hostnames.length === 0 ? 'any host' : hostnames.join(', '), ...rules.map(ruleLine), ...(trouble === undefined ? [] : [trouble.line])],
    badges: ['HTTPRoute'],
    simulated: false,
    ...(trouble === undefined ? {} : { problem: trouble.problem }),
    ...objectRef(analysis.route),
  };
  const id = routeId(namespace, name);
  addNode(draft, { id, kind: 'route', column: COLUMN.route, data });
  // Gateway → route: only where a listener accepted it, labelled with the hostnames it serves there.
  for (const parent of analysis.parents) {
    if (parent.gateway === undefined || parent.notAccepted !== undefined || !drawnGateways.has(parent.gateway)) continue;
    const [gwNamespace = '', gwName = ''] = parent.gateway.split('/');
    for (const attachment of parent.attachments) {
      for (const hostname of attachment.hostnames) addEdge(draft, gatewayId(gwNamespace, gwName), id, 'traffic', hostname === '' ? '*' : hostname);
    }
  }
  // Route → Service: each resolved backendRef of each rule, with its weight's share when the rule splits.
  rules.forEach((rule, i) => {
    const resolved = analysis.backends[i] ?? [];
    const total = resolved.reduce((sum, b) => sum + b.weight, 0);
    const paths = (rule.matches ?? [{}]).map((m) => matchText(m)).join(' | ');
    resolved.forEach((backend) => {
      if (!backend.ok || backend.weight === 0) return;
      const { name: svc = '', namespace: svcNamespace = '' } = backend.service.object.metadata ?? {};
      if (!drawnServices.has(`${svcNamespace}/${svc}`)) return;
      const share = resolved.length > 1 && total > 0 ? ` · ${Math.round((backend.weight / total) * 1000) / 10}%` : '';
      addEdge(draft, id, serviceId(svcNamespace, svc), 'traffic', `${paths} → ${backend.port}${share}`);
    });
  });
}

/** Adds the Gateways and HTTPRoutes of the selection, and their edges to the Services drawn. */
export function addGatewayPaths(draft: Draft, cluster: Cluster, selection: GatewaySelection, client: () => string, drawnServices: ReadonlySet<string>): void {
  if (selection.gateways.length === 0 && selection.routes.length === 0) return;
  const analysis = analyzeGateways(cluster);
  for (const gateway of selection.gateways) addGateway(draft, gateway, analysis, client());
  const drawnGateways = new Set(selection.gateways.map(keyOf));
  const wanted = new Set(selection.routes.map(keyOf));
  for (const route of analysis.routes) if (wanted.has(route.name)) addRoute(draft, route, drawnGateways, drawnServices);
}
