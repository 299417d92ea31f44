/**
 * Which rule of which HTTPRoute a Gateway's listener gives a request, as the spec orders them
 * (apis/v1/httproute_types.go: HTTPRouteSpec.Hostnames for the hostname precedence,
 * HTTPRouteRule.Matches for the match precedence, HTTPPathMatch for the path semantics):
 * 1. the listener: of the Gateway's HTTP(S) listeners on the port, the one whose hostname matches
 *    the Host most specifically (gateway_types.go Listener.Hostname: exact, then wildcard);
 * 2. every match of every rule of the routes attached to that listener that the request meets;
 * 3. the best by: the route's matching hostname (characters of an exact one, then of any), an
 *    Exact path, the longest PathPrefix, a method, most headers, most query params, the oldest
 *    route, the route first by namespace/name, then rule order. RegularExpression paths rank
 *    after prefixes (their precedence is implementation-specific).
 */
import type { Entry } from '../objects.ts';
import type { GatewayAnalysis, RouteAnalysis } from './analyze.ts';
import { hostMatches, hostnameCovers, isWildcard } from './hostnames.ts';
import type { Gateway, HTTPRouteMatch, Listener } from './types.ts';
import { servesHttp } from './attach.ts';
import { listenerConflicts } from './listener-conflicts.ts';

export interface HttpRequest {
  /** The Host header, port stripped, lower case. */
  readonly host: string;
  /** The path without its query. */
  readonly path: string;
  readonly query: readonly (readonly [string, string])[];
  readonly method: string;
  readonly headers: readonly (readonly [string, string])[];
}

export interface RouteChoice {
  readonly route: RouteAnalysis;
  readonly ruleIndex: number;
  readonly matchIndex: number;
  /** The route hostname the Host matched on this listener (`''`: the route accepts any host). */
  readonly hostname: string;
  readonly match: HTTPRouteMatch;
}

/** Step 1: the listener that takes a request for `host` on `port`, most specific hostname first. */
export function selectListener(gateway: Gateway, port: number, host: string): Listener | undefined {
  const conflicts = listenerConflicts(gateway);
  const candidates = gateway.spec.listeners.filter((l) => l.port === port && servesHttp(l) && !conflicts.has(l.name) && hostMatches(l.hostname ?? '', host));
  // gateway_types.go: exact before wildcard before none; among wildcards, "the higher the number of
  // dots in the hostname to the right of the wildcard character, the higher the precedence".
  const rank = (l: Listener): number => {
    const hostname = l.hostname ?? '';
    if (hostname === '') return 0;
    return isWildcard(hostname) ? 1 + hostname.split('.').length - 1 : 10_000;
  };
  return [...candidates].sort((a, b) => rank(b) - rank(a))[0];
}

/** HTTPPathMatch: Exact is the whole path; PathPrefix is element-wise, a trailing `/` ignored. */
function pathMatches(match: HTTPRouteMatch, path: string): boolean {
  const type = match.path?.type ?? 'PathPrefix';
  const value = match.path?.value ?? '/';
  if (type === 'Exact') return path === value;
  if (type === 'RegularExpression') return safeRegex(value)?.test(path) ?? false;
  const prefix = value.length > 1 && value.endsWith('/') ? value.slice(0, -1) : value;
  return prefix === '/' || path === prefix || path.startsWith(`${prefix}/`);
}

function safeRegex(pattern: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch {
    return undefined;
  }
}

function valueMatches(type: string | undefined, wanted: string, actual: string | undefined): boolean {
  if (actual === undefined) return false;
  return type === 'RegularExpression' ? safeRegex(wanted)?.test(actual) ?? false : actual === wanted;
}

/** Header names are case-insensitive (HTTPHeaderName); query parameter names are not (HTTPQueryParamMatch). */
function requestMatches(match: HTTPRouteMatch, request: HttpRequest): boolean {
  if (!pathMatches(match, request.path)) return false;
  if (match.method !== undefined && match.method !== request.method) return false;
  const header = (name: string) => request.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
  if (!(match.headers ?? []).every((h) => valueMatches(h.type, h.value, header(h.name)))) return false;
  const query = (name: string) => request.query.find(([n]) => n === name)?.[1];
  return (match.queryParams ?? []).every((q) => valueMatches(q.type, q.value, query(q.name)));
}

/** The precedence key of a candidate, compared element by element, larger first. */
function precedence(choice: RouteChoice): number[] {
  const { match, hostname } = choice;
  const type = match.path?.type ?? 'PathPrefix';
  const pathLength = (match.path?.value ?? '/').length;
  return [
    hostname !== '' && !isWildcard(hostname) ? hostname.length : 0,
    hostname.length,
    type === 'Exact' ? 1 : 0,
    type === 'PathPrefix' ? pathLength : -1,
    match.method !== undefined ? 1 : 0,
    (match.headers ?? []).length,
    (match.queryParams ?? []).length,
  ];
}

function compareChoices(a: RouteChoice, b: RouteChoice): number {
  const pa = precedence(a);
  const pb = precedence(b);
  for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return pb[i]! - pa[i]!;
  const ta = a.route.route.object.metadata.creationTimestamp ?? '';
  const tb = b.route.route.object.metadata.creationTimestamp ?? '';
  if (ta !== tb) return ta < tb ? -1 : 1;
  if (a.route.name !== b.route.name) return a.route.name < b.route.name ? -1 : 1;
  return a.ruleIndex - b.ruleIndex || a.matchIndex - b.matchIndex;
}

/** Steps 2-3: the rule that serves the request on this listener, or undefined (404). */
export function chooseRule(analysis: GatewayAnalysis, gateway: Entry<Gateway>, listener: Listener, request: HttpRequest): RouteChoice | undefined {
  const key = `${gateway.object.metadata.namespace ?? 'default'}/${gateway.object.metadata.name ?? ''}`;
  const choices: RouteChoice[] = [];
  for (const route of analysis.routes) {
    const hostnames = route.parents
      .filter((p) => p.gateway === key && p.notAccepted === undefined)
      .flatMap((p) => p.attachments.filter((a) => a.listener === listener.name).flatMap((a) => a.hostnames));
    // The most specific of the route's hostnames that covers the Host.
    const hostname = hostnames.filter((h) => h === '' || hostnameCovers(h, request.host))
      .sort((a, b) => Number(!isWildcard(b) && b !== '') - Number(!isWildcard(a) && a !== '') || b.length - a.length)[0];
    if (hostname === undefined) continue;
    (route.route.object.spec.rules ?? []).forEach((rule, ruleIndex) => {
      (rule.matches ?? [{ path: { type: 'PathPrefix', value: '/' } }]).forEach((match, matchIndex) => {
        if (requestMatches(match, request)) choices.push({ route, ruleIndex, matchIndex, hostname, match });
      });
    });
  }
  return choices.sort(compareChoices)[0];
}

/** Splits `/p?a=1&b=2` into the path and its query parameters (undecoded, as the match compares them). */
export function splitPath(target: string): { path: string; query: [string, string][] } {
  const q = target.indexOf('?');
  if (q < 0) return { path: target, query: [] };
  const query = target.slice(q + 1).split('&').filter((p) => p !== '').map((pair): [string, string] => {
    const eq = pair.indexOf('=');
    return eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
  });
  return { path: target.slice(0, q), query };
}
