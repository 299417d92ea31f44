/**
 * Which backend the Ingresses of a cluster choose for one HTTP request (host and path), as the
 * Ingress API defines it: kubernetes/website content/en/docs/concepts/services-networking/ingress.md
 * ("Path types", "Multiple matches", "Hostname wildcards", "Default backend") and the
 * networking/v1 IngressRule.host field documentation.
 */
import type { Entry, Ingress } from '../objects.ts';

type IngressSpec = NonNullable<Ingress['spec']>;
export type IngressBackend = NonNullable<IngressSpec['defaultBackend']>;
type IngressRule = NonNullable<IngressSpec['rules']>[number];
type IngressPath = NonNullable<NonNullable<IngressRule['http']>['paths']>[number];

export interface IngressRequest {
  /** The Host header (or TLS SNI name); undefined for a request to the bare address. */
  readonly host: string | undefined;
  readonly path: string;
}

/** How specific the rule's host is: the request goes to the most specific kind that has a rule for it. */
export type HostMatch = 'precise' | 'wildcard' | 'any';

export interface IngressRoute {
  readonly ingress: Entry<Ingress>;
  readonly backend: IngressBackend;
  /** Undefined for spec.defaultBackend. */
  readonly rule?: { readonly host: string | undefined; readonly path: string; readonly pathType: string; readonly hostMatch: HostMatch };
  /** The TLS entry that covers the request's host, if any: the controller terminates TLS with its Secret. */
  readonly tlsSecret: string | undefined;
  readonly tls: boolean;
}

export interface IngressMatch {
  readonly route: IngressRoute | undefined;
  /** What the matching could not decide, or skipped: ImplementationSpecific paths, other candidates. */
  readonly notes: readonly string[];
}

/**
 * IngressRule.host: a precise host matches the Host header exactly; `*.foo.com` matches a host
 * whose first label, removed, leaves `foo.com` (one label only); no host matches any request.
 */
export function matchHost(ruleHost: string | undefined, host: string | undefined): HostMatch | undefined {
  if (ruleHost === undefined || ruleHost === '') return 'any';
  if (host === undefined) return undefined;
  const wanted = host.toLowerCase();
  if (!ruleHost.startsWith('*.')) return ruleHost.toLowerCase() === wanted ? 'precise' : undefined;
  const dot = wanted.indexOf('.');
  return dot > 0 && wanted.slice(dot + 1) === ruleHost.slice(2).toLowerCase() ? 'wildcard' : undefined;
}

/** A path's elements, a trailing slash ignored ("Prefix /aaa/bbb/ matches /aaa/bbb"). */
function elements(path: string): string[] {
  return path.replace(/\/+$/, '').split('/');
}

/**
 * Exact: the same string, case-sensitive. Prefix: the rule's elements (split on `/`) begin the
 * request's, whole elements only (`/foo` matches `/foo/bar`, not `/foobar`). ImplementationSpecific
 * is the IngressClass's to define, so it returns undefined: unknown, not false.
 */
export function matchPath(pathType: string, rulePath: string, requestPath: string): boolean | undefined {
  if (pathType === 'Exact') return rulePath === requestPath;
  if (pathType !== 'Prefix') return undefined;
  const rule = elements(rulePath);
  const request = elements(requestPath);
  return rule.length <= request.length && rule.every((element, i) => element === request[i]);
}

const HOST_ORDER: readonly HostMatch[] = ['precise', 'wildcard', 'any'];

interface Candidate {
  readonly ingress: Entry<Ingress>;
  readonly rule: IngressRule;
  readonly path: IngressPath;
  readonly hostMatch: HostMatch;
}

/** The Secret of the Ingress's TLS entry whose hosts cover the request's host (SNI), wildcards as for rules. */
export function tlsFor(ingress: Ingress, host: string | undefined): { tls: boolean; secret: string | undefined } {
  const entry = (ingress.spec?.tls ?? []).find((t) => (t.hosts ?? []).some((h) => h !== '' && matchHost(h, host) !== undefined));
  return entry === undefined ? { tls: false, secret: undefined } : { tls: true, secret: entry.secretName };
}

function toRoute(candidate: Candidate, host: string | undefined): IngressRoute {
  const { ingress, rule, path, hostMatch } = candidate;
  const tls = tlsFor(ingress.object, host);
  return {
    ingress,
    backend: path.backend,
    rule: { host: rule.host, path: path.path ?? '', pathType: path.pathType ?? 'ImplementationSpecific', hostMatch },
    tlsSecret: tls.secret,
    tls: tls.tls,
  };
}

function candidates(ingresses: readonly Entry<Ingress>[], host: string | undefined): Candidate[] {
  return ingresses.flatMap((ingress) =>
    (ingress.object.spec?.rules ?? []).flatMap((rule) => {
      const hostMatch = matchHost(rule.host, host);
      if (hostMatch === undefined) return [];
      return (rule.http?.paths ?? []).map((path) => ({ ingress, rule, path, hostMatch }));
    }),
  );
}

const ingressName = (entry: Entry<Ingress>): string => `${entry.object.metadata?.namespace ?? ''}/${entry.object.metadata?.name ?? ''}`;

/**
 * "Multiple matches": the longest matching path wins, and of two equally long an Exact one wins
 * over a Prefix one. The rest of a tie goes to the Ingress applied first.
 */
function best(matching: readonly Candidate[]): Candidate | undefined {
  const rank = (c: Candidate): number => (c.path.path ?? '').length * 2 + (c.path.pathType === 'Exact' ? 1 : 0);
  return matching.reduce<Candidate | undefined>((top, c) => (top === undefined || rank(c) > rank(top) ? c : top), undefined);
}

function unknownNote(candidate: Candidate, classes: ReadonlyMap<string, string>): string {
  const className = candidate.ingress.object.spec?.ingressClassName;
  const controller = className === undefined ? undefined : classes.get(className);
  const owner = controller === undefined ? "the IngressClass's controller" : `${controller} (IngressClass ${className ?? ''})`;
  return `path "${candidate.path.path ?? ''}" of ${ingressName(candidate.ingress)} is ImplementationSpecific: how it matches is up to ${owner}, which is not simulated, so it is left out`;
}

/**
 * The route one request takes. "Incoming requests are first evaluated for a host match": the most
 * specific kind of host with a rule for the request (precise, then wildcard, then rules without a
 * host) takes it, then its paths decide; with no path matching there, an Ingress's
 * spec.defaultBackend (the first one applied) gets it.
 */
export function matchIngress(ingresses: readonly Entry<Ingress>[], request: IngressRequest, classes: ReadonlyMap<string, string> = new Map()): IngressMatch {
  const all = candidates(ingresses, request.host);
  const notes: string[] = [];
  const tier = HOST_ORDER.find((kind) => all.some((c) => c.hostMatch === kind));
  const inTier = all.filter((c) => c.hostMatch === tier);
  const matching = inTier.filter((c) => {
    const matched = matchPath(c.path.pathType ?? 'ImplementationSpecific', c.path.path ?? '', request.path);
    if (matched === undefined) notes.push(unknownNote(c, classes));
    return matched === true;
  });
  const chosen = best(matching);
  if (chosen !== undefined) return { route: toRoute(chosen, request.host), notes };
  const fallback = ingresses.find((entry) => entry.object.spec?.defaultBackend !== undefined);
  if (fallback?.object.spec?.defaultBackend === undefined) return { route: undefined, notes };
  const tls = tlsFor(fallback.object, request.host);
  notes.push(`no rule matches: spec.defaultBackend of ${ingressName(fallback)} takes the request`);
  return { route: { ingress: fallback, backend: fallback.object.spec.defaultBackend, tlsSecret: tls.secret, tls: tls.tls }, notes };
}
