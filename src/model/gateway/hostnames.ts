/**
 * Gateway API hostname matching (apis/v1/httproute_types.go HTTPRouteSpec.Hostnames,
 * gateway_types.go Listener.Hostname): a name prefixed with the wildcard label `*.` is a suffix
 * match over one or more labels (`*.example.com` matches `test.example.com` and
 * `foo.test.example.com`, not `example.com`).
 */

export function isWildcard(hostname: string): boolean {
  return hostname.startsWith('*.');
}

/** Whether `pattern` (exact or wildcard) covers the concrete or wildcard `name`. */
export function hostnameCovers(pattern: string, name: string): boolean {
  if (!isWildcard(pattern)) return pattern === name;
  const suffix = pattern.slice(1); // `.example.com`
  if (isWildcard(name)) return name.slice(1).endsWith(suffix) && name.length >= pattern.length;
  return name.endsWith(suffix) && name.length > suffix.length;
}

/**
 * The route hostnames that apply on a listener: with both set, each route hostname that
 * intersects the listener's, narrowed to the more specific of the two; with one side unset, the
 * other side's; `[]` when both are set and none intersect (the route does not attach there);
 * `['']` for "any host".
 */
export function intersectHostnames(listener: string | undefined, route: readonly string[]): string[] {
  const listenerHost = listener ?? '';
  if (route.length === 0) return [listenerHost];
  if (listenerHost === '') return [...route];
  const out: string[] = [];
  for (const hostname of route) {
    if (hostnameCovers(listenerHost, hostname)) out.push(hostname);
    else if (hostnameCovers(hostname, listenerHost)) out.push(listenerHost);
  }
  return [...new Set(out)];
}

/** Whether a request's host (port already stripped, lower case) matches a hostname (`''`: any). */
export function hostMatches(hostname: string, host: string): boolean {
  return hostname === '' || hostnameCovers(hostname, host);
}

/** The Host header without its port, lower-cased: hostname matching ignores the port. */
export function requestHost(host: string): string {
  const bracket = host.startsWith('[') ? host.indexOf(']') : -1;
  if (bracket >= 0) return host.slice(0, bracket + 1).toLowerCase();
  const colon = host.lastIndexOf(':');
  return (colon >= 0 ? host.slice(0, colon) : host).toLowerCase();
}
