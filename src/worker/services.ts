/**
 * The Services on screen, summarised for the page: what to offer in the traffic picker and the DNS
 * panel without shipping whole objects on every keystroke.
 */
import { analyzeGateways, type Cluster, type HTTPRouteMatch, type Service } from '../model/index.ts';
import { serviceTypeBadge, type Graph } from '../present/graph/index.ts';
import type { GatewayEntry, IngressEntry } from './protocol.ts';

export interface ServicePortSummary {
  readonly name: string;
  readonly protocol: string;
  readonly port: number;
  readonly nodePort?: number;
}

export interface ServiceSummary {
  /** The graph node id, `svc:NS/NAME`. */
  readonly id: string;
  readonly namespace: string;
  readonly name: string;
  /** `ClusterIP`, `NodePort`, `LoadBalancer`, `ExternalName`, or `Headless`. */
  readonly type: string;
  readonly ports: readonly ServicePortSummary[];
  /** The names a Pod can ask DNS for this Service: short, namespaced, FQDN, and SRV per named port. */
  readonly dnsNames: readonly string[];
  /** `ClientIP`: kube-proxy sends every new connection of a client to the backend it chose first. */
  readonly sessionAffinity: string;
}

/** DNS spec (kubernetes/dns docs/specification.md) 2.3.1 A records and 2.3.2 SRV records, `_port._proto.svc.ns.svc.zone`. */
function dnsNamesOf(service: Service, zone: string): string[] {
  const { name = '', namespace = '' } = service.metadata ?? {};
  const fqdn = `${name}.${namespace}.svc.${zone}`;
  const srv = (service.spec?.ports ?? [])
    .filter((p) => p.name !== undefined && p.name !== '')
    .map((p) => `_${p.name ?? ''}._${(p.protocol ?? 'TCP').toLowerCase()}.${fqdn}`);
  return [name, `${name}.${namespace}`, `${name}.${namespace}.svc`, fqdn, ...srv];
}

export function servicesOnScreen(cluster: Cluster, graph: Graph): ServiceSummary[] {
  const drawn = new Set(graph.nodes.filter((n) => n.kind === 'service').map((n) => n.id));
  return cluster.services.flatMap((entry) => {
    const { name = '', namespace = '' } = entry.object.metadata ?? {};
    const id = `svc:${namespace}/${name}`;
    if (!drawn.has(id)) return [];
    const ports = (entry.object.spec?.ports ?? []).map((p) => ({
      name: p.name ?? '',
      protocol: p.protocol ?? 'TCP',
      port: p.port,
      ...(p.nodePort === undefined ? {} : { nodePort: p.nodePort }),
    }));
    return [{ id, namespace, name, type: serviceTypeBadge(entry.object), ports, dnsNames: dnsNamesOf(entry.object, cluster.config.clusterDomain), sessionAffinity: entry.object.spec?.sessionAffinity ?? 'None' }];
  });
}

/** Each rule path of each Ingress, as a place a request can be sent to. */
export function ingressEntries(cluster: Cluster): IngressEntry[] {
  return cluster.ingresses.flatMap((entry) => {
    const ingress = `${entry.object.metadata?.namespace ?? ''}/${entry.object.metadata?.name ?? ''}`;
    return (entry.object.spec?.rules ?? []).flatMap((rule) =>
      (rule.http?.paths ?? []).map((p) => ({ ingress, path: p.path ?? '/', ...(rule.host === undefined ? {} : { host: rule.host }) })),
    );
  });
}

/** A concrete Host for a hostname: a wildcard `*.example.com` stands for `www.example.com`; `''` (any) for none. */
function concreteHost(hostname: string): string | undefined {
  if (hostname === '') return undefined;
  return hostname.startsWith('*.') ? `www${hostname.slice(1)}` : hostname;
}

/** The path (with its query matches) a match asks for; a RegularExpression path has no one request, so none. */
function requestPath(match: HTTPRouteMatch): string | undefined {
  if (match.path?.type === 'RegularExpression') return undefined;
  const query = (match.queryParams ?? []).filter((q) => q.type !== 'RegularExpression').map((q) => `${q.name}=${q.value}`);
  return `${match.path?.value ?? '/'}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/**
 * For each HTTPRoute attached to a Gateway, one request per rule match, on the first listener and
 * hostname it attached with: a request that this match answers (unless a more precise one of another
 * route takes it, which the trace then shows).
 */
export function gatewayEntries(cluster: Cluster): GatewayEntry[] {
  if (cluster.httpRoutes.length === 0) return [];
  const entries: GatewayEntry[] = [];
  for (const route of analyzeGateways(cluster).routes) {
    for (const parent of route.parents) {
      const attachment = parent.attachments[0];
      if (parent.gateway === undefined || parent.notAccepted !== undefined || attachment === undefined) continue;
      const host = concreteHost(attachment.hostnames[0] ?? '');
      (route.route.object.spec.rules ?? []).forEach((rule, ruleIndex) => {
        for (const match of rule.matches ?? [{}]) {
          const path = requestPath(match);
          if (path === undefined) continue;
          const headers = (match.headers ?? []).filter((h) => h.type !== 'RegularExpression').map((h): [string, string] => [h.name, h.value]);
          entries.push({
            gateway: parent.gateway!,
            listener: attachment.port,
            ...(host === undefined ? {} : { host }),
            path,
            ...(match.method === undefined ? {} : { method: match.method }),
            ...(headers.length === 0 ? {} : { headers }),
            route: route.name,
            rule: ruleIndex,
          });
        }
      });
    }
  }
  return entries;
}
