/**
 * Which namespaces the graph draws. Every one, unless the cluster has more Services than a screen
 * shows legibly (a real cluster's dump: hundreds of Services): then, until the user chooses in the
 * toolbar's Namespace control, the namespace with the most Services. Aggregation (present/graph/
 * aggregate.ts) folds a namespace's repeated boxes; this keeps the namespaces apart, so React Flow
 * draws a few hundred boxes, not thousands, and every box is still there, one choice away.
 */
import type { Cluster } from '../model/index.ts';

/** The choice of every namespace at once; not a namespace name (those are DNS labels). */
export const ALL_NAMESPACES = '*';

/**
 * More Services than this, drawn at once, and the graph starts with one namespace. A Service is
 * three to five boxes (its clients, itself, its slices, its Pods' group), so this is a few hundred
 * boxes, about what a 1440×900 screen shows at a legible zoom; every gallery example is far under it.
 */
export const OVERVIEW_SERVICES = 100;

export interface NamespaceServices {
  readonly name: string;
  /** Services in it, the built-in ones (default/kubernetes, kube-system/kube-dns) included. */
  readonly services: number;
}

export interface GraphScope {
  /** The one namespace drawn; undefined when every namespace is. */
  readonly namespace?: string;
  /** True when the namespace was chosen for the user: the whole cluster is too big to draw legibly. */
  readonly overview: boolean;
  /**
   * The cluster has more Services than a screen shows legibly (a dump), whatever is drawn of it:
   * the page then creates the elements of on-screen boxes only.
   */
  readonly large: boolean;
  /** Every namespace with a Service, by name. */
  readonly namespaces: readonly NamespaceServices[];
}

/**
 * The scope of the graph for the user's `choice`: a namespace, ALL_NAMESPACES, or undefined (let
 * the size decide). A chosen namespace without Services (the text changed since) counts as no choice.
 */
export function graphScope(cluster: Cluster, choice: string | undefined): GraphScope {
  const all = new Map<string, number>();
  const own = new Map<string, number>();
  for (const entry of cluster.services) {
    const namespace = entry.object.metadata?.namespace ?? '';
    all.set(namespace, (all.get(namespace) ?? 0) + 1);
    if (entry.origin !== 'builtin') own.set(namespace, (own.get(namespace) ?? 0) + 1);
  }
  const namespaces = [...all.entries()].map(([name, services]) => ({ name, services })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // By default the graph leaves out the built-in Services (select.ts): only the user's count.
  const large = [...own.values()].reduce((sum, n) => sum + n, 0) > OVERVIEW_SERVICES;
  if (choice === ALL_NAMESPACES) return { overview: false, large, namespaces };
  if (choice !== undefined && all.has(choice)) return { namespace: choice, overview: false, large, namespaces };
  if (!large || own.size < 2) return { overview: false, large, namespaces };
  // The busiest namespace; on a tie, the first by name.
  const [busiest] = [...own.entries()].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
  return { namespace: busiest?.[0] ?? '', overview: true, large, namespaces };
}
