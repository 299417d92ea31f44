/**
 * A memo of the checks of each Service (troubleshoot's costliest part: a selector that matches
 * nothing ranks every near miss in its namespace), so that an edit inside a dump re-checks the
 * Services of the namespace it touched, not the cluster's thousand.
 *
 * What a Service's checks read (finding.ts ServiceContext; each check in index.ts's lists): the
 * Service, and the RawObject its findings are located in; the Pods it selects, their workloads'
 * samples and the EndpointSlices of its namespace (selector-near-miss, no-ready-endpoints,
 * traffic-spread, stateful-set-service); and what the cluster shares: its domain and Namespaces,
 * its worker Nodes, and which Services exist (an ExternalName may name any namespace's). Each
 * namespace gets a token that stays the same object while its Pods, workloads and EndpointSlices
 * are the very entries of the last build; a Service's findings are kept while its entry, its
 * RawObject, its namespace's token and the shared part are.
 */
import type { Cluster } from '../cluster-types.ts';
import { sameItems } from '../controllers/controller-memo.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { RawObject } from '../manifest/parse.ts';
import type { Entry, Pod, Service } from '../objects.ts';
import type { ClusterIndex } from './cluster-index.ts';

export interface ServiceChecked {
  /** The Pods the Service selects, undefined for a Service without a selector. */
  readonly selected: readonly Pod[] | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

interface Kept extends ServiceChecked {
  readonly raw: RawObject;
  readonly token: object | undefined;
  readonly shared: string;
}

export interface ServiceChecksMemo {
  namespaces: Map<string, { readonly entries: readonly Entry<object>[]; readonly token: object }>;
  services: WeakMap<Entry<Service>, Kept>;
  /** The last build's shared part: an equal one is replaced by it, so that each Service compares it by reference. */
  shared: string;
}

export function createServiceChecksMemo(): ServiceChecksMemo {
  return { namespaces: new Map(), services: new WeakMap(), shared: '' };
}

/** The checks of one build: `check` runs a Service's checks, or gives the last build's when nothing they read changed. */
export function serviceChecksOf(
  cluster: Omit<Cluster, 'diagnostics'>,
  index: ClusterIndex,
  memo: ServiceChecksMemo,
): (entry: Entry<Service>, raw: RawObject, run: () => ServiceChecked) => ServiceChecked {
  const tokens = namespaceTokens(cluster, memo);
  const drawn = [
    index.clusterDomain,
    index.workerNodes.join(' '),
    cluster.namespaces.map((entry) => entry.object.metadata?.name ?? '').join(' '),
    cluster.services.map((entry) => entry.key).join(' '),
  ].join('\n');
  // Compared once here, not once per Service: a dump's thousand Service keys make it 40 KB long.
  if (drawn !== memo.shared) memo.shared = drawn;
  const { shared } = memo;
  return (entry, raw, run) => {
    const token = tokens.get(entry.object.metadata?.namespace ?? 'default');
    const known = memo.services.get(entry);
    if (known !== undefined && known.raw === raw && known.token === token && known.shared === shared) return known;
    const checked = run();
    memo.services.set(entry, { ...checked, raw, token, shared });
    return checked;
  };
}

/** Each namespace's token: the last build's while its Pods, workloads and EndpointSlices are the same entries, in the same order. */
function namespaceTokens(cluster: Omit<Cluster, 'diagnostics'>, memo: ServiceChecksMemo): Map<string, object> {
  const byNamespace = new Map<string, Entry<object & { metadata?: { namespace?: string } }>[]>();
  const collections = [cluster.pods, cluster.deployments, cluster.replicaSets, cluster.statefulSets, cluster.daemonSets, cluster.replicationControllers, cluster.endpointSlices];
  for (const entries of collections) {
    for (const entry of entries) {
      const namespace = entry.object.metadata?.namespace ?? 'default';
      const list = byNamespace.get(namespace);
      if (list) list.push(entry);
      else byNamespace.set(namespace, [entry]);
    }
  }
  const tokens = new Map<string, object>();
  const next: ServiceChecksMemo['namespaces'] = new Map();
  for (const [namespace, entries] of byNamespace) {
    const known = memo.namespaces.get(namespace);
    const token = known !== undefined && sameItems(known.entries, entries) ? known.token : {};
    next.set(namespace, { entries, token });
    tokens.set(namespace, token);
  }
  memo.namespaces = next;
  return tokens;
}
