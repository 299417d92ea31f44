/**
 * Ingresses: the external client reaches the ingress controller, which proxies each rule's host
 * and path to a backend Service (networking/v1 IngressRule, IngressBackend).
 */
import type { Entry, Ingress } from '../../model/index.ts';
import { addEdge, addNode, COLUMN, type Draft, objectRef } from './draft.ts';
import { ingressId, serviceId } from './ids.ts';
import type { GraphNodeData } from './types.ts';

type IngressBackend = NonNullable<NonNullable<Ingress['spec']>['defaultBackend']>;

export interface IngressRoute {
  /** `https://app.example.com`, or `http://*` for a rule without a host. */
  readonly origin: string;
  /** `/api → 80`, or `(default) → http` for spec.defaultBackend. */
  readonly label: string;
  /** `namespace/name` of the backend Service. */
  readonly service: string;
}

function backendPort(backend: IngressBackend): string {
  const port = backend.service?.port;
  return String(port?.number ?? port?.name ?? '');
}

/** Every Service route of the Ingress; resource backends route to no Service and are left out. */
export function ingressRoutes(ingress: Ingress): IngressRoute[] {
  const namespace = ingress.metadata?.namespace ?? '';
  const tlsHosts = new Set((ingress.spec?.tls ?? []).flatMap((t) => t.hosts ?? []));
  const routes: IngressRoute[] = [];
  const defaultBackend = ingress.spec?.defaultBackend;
  if (defaultBackend?.service !== undefined) {
    routes.push({ origin: 'http://*', label: `(default) → ${backendPort(defaultBackend)}`, service: `${namespace}/${defaultBackend.service.name}` });
  }
  for (const rule of ingress.spec?.rules ?? []) {
    const host = rule.host ?? '*';
    const origin = `${tlsHosts.has(host) ? 'https' : 'http'}://${host}`;
    for (const path of rule.http?.paths ?? []) {
      if (path.backend.service === undefined) continue;
      routes.push({ origin, label: `${path.path ?? '/'} → ${backendPort(path.backend)}`, service: `${namespace}/${path.backend.service.name}` });
    }
  }
  return routes;
}

/** Adds the Ingress box, the external client's edge to it, and its edges to the backend Services drawn. */
export function addIngressPath(draft: Draft, entry: Entry<Ingress>, client: string, drawn: ReadonlySet<string>): void {
  const { name = '', namespace = '' } = entry.object.metadata ?? {};
  const routes = ingressRoutes(entry.object);
  const addresses = (entry.object.status?.loadBalancer?.ingress ?? []).map((i) => i.ip ?? i.hostname ?? '').filter((a) => a !== '');
  const className = entry.object.spec?.ingressClassName;
  const data: GraphNodeData = {
    title: name,
    namespace,
    subtitle: [...new Set(routes.map((r) => r.origin))],
    badges: [className === undefined ? 'Ingress' : `class ${className}`, ...addresses],
    simulated: entry.simulated.includes('status.loadBalancer.ingress'),
    ...objectRef(entry),
  };
  const id = ingressId(namespace, name);
  addNode(draft, { id, kind: 'ingress', column: COLUMN.entry, data });
  for (const route of routes) addEdge(draft, client, id, 'traffic', route.origin);
  for (const route of routes) {
    const [ns = '', svc = ''] = route.service.split('/');
    if (drawn.has(route.service)) addEdge(draft, id, serviceId(ns, svc), 'traffic', route.label);
  }
}
