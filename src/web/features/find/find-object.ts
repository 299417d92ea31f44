/**
 * Finds the graph box of an object named in the "Find object" box. People type what kubectl
 * prints: `web`, `svc/web`, `default/web`, `service/default/web`, `Pod/shop/web-7d4b9-x2k4p`, or
 * a graph id (`svc:default/web`). The object may have no box of its own (a Pod folded into its
 * workload's group box): the outline says which boxes stand for it.
 */
import type { Graph } from '../../../present/graph/index.ts';
import type { OutlineItem } from '../../../worker/protocol.ts';

/** kubectl's short and plural names of the kinds that have boxes, to their Kind. */
const KIND_NAMES: Readonly<Record<string, string>> = {
  svc: 'Service', service: 'Service', services: 'Service',
  po: 'Pod', pod: 'Pod', pods: 'Pod',
  no: 'Node', node: 'Node', nodes: 'Node',
  ing: 'Ingress', ingress: 'Ingress', ingresses: 'Ingress',
  endpointslice: 'EndpointSlice', endpointslices: 'EndpointSlice',
  deploy: 'Deployment', deployment: 'Deployment', deployments: 'Deployment',
  rs: 'ReplicaSet', replicaset: 'ReplicaSet', replicasets: 'ReplicaSet',
  sts: 'StatefulSet', statefulset: 'StatefulSet', statefulsets: 'StatefulSet',
  ds: 'DaemonSet', daemonset: 'DaemonSet', daemonsets: 'DaemonSet',
};

interface Candidate {
  readonly id: string;
  /** `Kind/namespace/name` or `Kind/name`. */
  readonly key: string;
}

interface Query {
  readonly kind?: string;
  readonly namespace?: string;
  readonly name: string;
}

function parseQuery(text: string): Query | undefined {
  const parts = text.trim().split('/').filter((part) => part !== '');
  if (parts.length === 0 || parts.length > 3) return undefined;
  const kindOf = (word: string): string | undefined => KIND_NAMES[word.toLowerCase()];
  if (parts.length === 1) return { name: parts[0] as string };
  if (parts.length === 3) {
    const [kind = '', namespace = '', name = ''] = parts;
    return { kind: kindOf(kind) ?? kind, namespace, name };
  }
  const kind = kindOf(parts[0] as string);
  // `svc/web` names a kind; `default/web` a namespace.
  return kind !== undefined ? { kind, name: parts[1] as string } : { namespace: parts[0] as string, name: parts[1] as string };
}

function matches(key: string, query: Query): boolean {
  const parts = key.split('/');
  const [kind, namespace, name] = parts.length === 3 ? parts : [parts[0], undefined, parts[1]];
  if (name !== query.name) return false;
  if (query.kind !== undefined && kind?.toLowerCase() !== query.kind.toLowerCase()) return false;
  return query.namespace === undefined || namespace === query.namespace;
}

/** Services first: "find web" means the Service web more often than its Deployment. */
const KIND_ORDER = ['Service', 'Ingress', 'Deployment', 'StatefulSet', 'DaemonSet', 'Pod', 'Node'];
const rank = (key: string): number => {
  const index = KIND_ORDER.indexOf(key.split('/')[0] ?? '');
  return index < 0 ? KIND_ORDER.length : index;
};

/** The graph id to focus for `text`, or undefined when no object of that name is drawn. */
export function findObject(text: string, graph: Graph | undefined, outline: readonly OutlineItem[]): string | undefined {
  const trimmed = text.trim();
  if (graph === undefined || trimmed === '') return undefined;
  const ids = new Set(graph.nodes.map((node) => node.id));
  if (ids.has(trimmed)) return trimmed;
  const query = parseQuery(trimmed);
  if (query === undefined) return undefined;
  const candidates: Candidate[] = [];
  for (const node of graph.nodes) if (node.data.objectKey !== undefined) candidates.push({ id: node.id, key: node.data.objectKey });
  for (const item of outline) {
    const id = item.graphIds.find((graphId) => ids.has(graphId));
    if (id !== undefined) candidates.push({ id, key: item.key });
  }
  const found = candidates.filter((candidate) => matches(candidate.key, query));
  found.sort((a, b) => rank(a.key) - rank(b.key));
  return found[0]?.id;
}

/** Names to offer as the user types: each drawn object's `Kind/namespace/name`, at most `limit`. */
export function objectNames(graph: Graph | undefined, limit = 2000): string[] {
  const names = new Set<string>();
  for (const node of graph?.nodes ?? []) {
    if (node.data.objectKey !== undefined) names.add(node.data.objectKey);
    if (names.size >= limit) break;
  }
  return [...names];
}

/** `svc:team-3/web`, `pod:team-3/web-x`, `group:Deployment/team-3/web`: the namespace a graph id names. */
const NAMESPACED_ID = /^(?:(?:svc|pod|slice|lb|ingress|dns|gateway|route):|client:pod\/)([^/]+)\/|^group:[^/]+\/([^/]+)\//;

/**
 * The namespace to draw so that `text`'s object gets a box: the graph draws one namespace, and the
 * object, in the editor's text (the outline lists every object of it), is in another. Undefined when
 * no object of the text matches, or when the object names no namespace (a Node).
 */
export function namespaceOf(text: string, outline: readonly OutlineItem[]): string | undefined {
  const trimmed = text.trim();
  const id = NAMESPACED_ID.exec(trimmed);
  if (id !== null) return id[1] ?? id[2];
  const query = parseQuery(trimmed);
  if (query === undefined) return undefined;
  const found = outline.filter((item) => matches(item.key, query)).sort((a, b) => rank(a.key) - rank(b.key));
  const parts = found[0]?.key.split('/') ?? [];
  return parts.length === 3 ? parts[1] : undefined;
}
