/**
 * `kubectl get` over a simulated cluster: the objects chosen by type, name, namespace and label
 * selector, printed as a table, wide table, YAML, JSON or names. Mirrors
 * staging/src/k8s.io/kubectl/pkg/cmd/get/get.go Run: one table per resource type, a blank line
 * between tables, `kind/name` names when several types are requested, and "No resources found"
 * on stderr when nothing was printed.
 */
import { selectorMatches, type Cluster, type Entry, type Requirement } from '../../model/index.ts';
import { compareStrings, formatLabels } from './label-selector.ts';
import { groupResource, kindPrefix, metadataOf, type ResourceType } from './resources.ts';
import { toKubectlJson, toKubectlList, toKubectlYaml } from './serialize.ts';
import { printTable } from './table.ts';

export type OutputFormat = 'table' | 'wide' | 'yaml' | 'json' | 'name';

export interface GetRequest {
  readonly types: readonly ResourceType[];
  /** Object names; empty for every object of the types. */
  readonly names: readonly string[];
  readonly namespace: string;
  readonly allNamespaces: boolean;
  readonly selector: readonly Requirement[];
  readonly output: OutputFormat;
  /** `--show-labels`: a LABELS column after the others (table and wide output only). */
  readonly showLabels?: boolean;
}

export interface GetOutput {
  readonly stdout: string;
  readonly stderr: string;
  /** 1 when a named object was not found, as kubectl exits. */
  readonly exitCode: number;
}

interface Group {
  readonly type: ResourceType;
  readonly entries: readonly Entry<object>[];
}

/** What `kubectl get` prints for the request. */
export function formatGet(cluster: Cluster, request: GetRequest): GetOutput {
  const errors: string[] = [];
  const groups: Group[] = request.types.map((type) => {
    const { entries, missing } = selectEntries(cluster, type, request);
    for (const name of missing) errors.push(`Error from server (NotFound): ${groupResource(type)} "${name}" not found\n`);
    return { type, entries };
  });
  const stdout = formatGroups(groups, request, cluster.config.now);
  let stderr = errors.join('');
  if (stdout === '' && errors.length === 0) {
    const allNamespaced = !request.allNamespaces && request.types.every((type) => type.namespaced);
    stderr = allNamespaced ? `No resources found in ${request.namespace} namespace.\n` : 'No resources found\n';
  }
  return { stdout, stderr, exitCode: errors.length > 0 ? 1 : 0 };
}

/** The objects of one type, in the API server's list order (namespace, then name) or the order of the names asked for. */
function selectEntries(cluster: Cluster, type: ResourceType, request: GetRequest): { entries: Entry<object>[]; missing: string[] } {
  const inScope = type
    .list(cluster)
    .filter((entry) => !type.namespaced || request.allNamespaces || metadataOf(entry.object).namespace === request.namespace)
    .filter((entry) => selectorMatches(request.selector, metadataOf(entry.object).labels));
  if (request.names.length === 0) {
    const key = (entry: Entry<object>): string => `${metadataOf(entry.object).namespace ?? ''}/${metadataOf(entry.object).name ?? ''}`;
    return { entries: [...inScope].sort((a, b) => compareStrings(key(a), key(b))), missing: [] };
  }
  const entries: Entry<object>[] = [];
  const missing: string[] = [];
  for (const name of request.names) {
    const found = inScope.find((entry) => metadataOf(entry.object).name === name);
    if (found === undefined) missing.push(name);
    else entries.push(found);
  }
  return { entries, missing };
}

function formatGroups(groups: readonly Group[], request: GetRequest, now: string): string {
  const all = groups.flatMap((group) => group.entries);
  switch (request.output) {
    case 'json':
    case 'yaml': {
      // A single named object prints as itself; anything else as a List (get.go singleItemImplied).
      const singleItemImplied = request.names.length === 1 && request.types.length === 1;
      if (singleItemImplied && all.length === 0) return '';
      const value = singleItemImplied && all[0] !== undefined ? all[0].object : toKubectlList(all.map((entry) => entry.object));
      return request.output === 'json' ? toKubectlJson(value) : toKubectlYaml(value);
    }
    case 'name':
      return groups
        .flatMap((group) => group.entries.map((entry) => `${kindPrefix(group.type)}/${metadataOf(entry.object).name ?? ''}\n`))
        .join('');
    case 'table':
    case 'wide': {
      const withKind = request.types.length > 1;
      return groups
        .filter((group) => group.entries.length > 0)
        .map((group) =>
          printTable(
            request.showLabels === true ? [...group.type.columns, { name: 'Labels' }] : group.type.columns,
            group.entries.map((entry) => {
              const cells = group.type.row(entry.object, now, request.output === 'wide');
              return { namespace: metadataOf(entry.object).namespace, cells: request.showLabels === true ? [...cells, formatLabels(metadataOf(entry.object).labels)] : cells };
            }),
            {
              wide: request.output === 'wide',
              // get.go: cluster-scoped resources never get the NAMESPACE column.
              withNamespace: request.allNamespaces && group.type.namespaced,
              ...(withKind ? { kindPrefix: kindPrefix(group.type) } : {}),
            },
          ),
        )
        .join('\n');
    }
  }
}
