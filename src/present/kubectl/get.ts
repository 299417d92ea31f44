/** `kubectl get`: the same request `kse get` makes, printed by the same formatGet. */
import type { Cluster } from '../../model/index.ts';
import { formatGet, type OutputFormat } from '../text/get.ts';
import { parseLabelSelector } from '../text/label-selector.ts';
import { findResourceType, type ResourceType } from '../text/resources.ts';
import { ALL_NAMESPACES_FLAG, OUTPUT_FLAG, SELECTOR_FLAG, type KubectlCommand } from './command.ts';
import { flagSet, flagValue, namespaceOf } from './flags.ts';
import { fail, usageError, type KubectlResult } from './types.ts';

const OUTPUTS: Readonly<Record<string, OutputFormat>> = { '': 'table', wide: 'wide', yaml: 'yaml', json: 'json', name: 'name' };

/** The `all` category, as far as the simulated kinds go (pods, services, then the apps workloads). */
const ALL = ['pods', 'services', 'daemonsets', 'deployments', 'replicasets', 'statefulsets'];

const MISSING_TYPE =
  'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
  'error: Required resource not specified.\n' +
  'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
  "See 'kubectl get -h' for help and examples";

export const getCommand: KubectlCommand = {
  name: 'get',
  summary: 'Display one or many resources',
  usage: 'kubectl get TYPE[,TYPE...] [NAME...] | TYPE/NAME... [-n NS | -A] [-l SELECTOR] [-o wide|yaml|json|name] [--show-labels]',
  flags: [ALL_NAMESPACES_FLAG, SELECTOR_FLAG, OUTPUT_FLAG, { long: 'show-labels', kind: 'boolean' }],
  run: (cluster, parsed) => {
    const outputName = flagValue(parsed, 'output') ?? '';
    const output = OUTPUTS[outputName];
    if (output === undefined) {
      return fail(`error: unable to match a printer suitable for the output format "${outputName}", allowed formats are: json,name,wide,yaml`);
    }
    const selector = parseLabelSelector(flagValue(parsed, 'selector') ?? '');
    if (!selector.ok) return fail(`error: ${selector.error}`);
    const requests = parseTargets(parsed.positionals, cluster);
    if (typeof requests === 'string') return fail(requests);
    const allNamespaces = flagSet(parsed, 'all-namespaces');
    if (allNamespaces && requests.some((r) => r.names.length > 0)) return usageError('get', 'a resource cannot be retrieved by name across all namespaces');
    const results = requests.map((request) =>
      formatGet(cluster, {
        ...request,
        namespace: namespaceOf(parsed),
        allNamespaces,
        selector: selector.requirements,
        output,
        showLabels: flagSet(parsed, 'show-labels'),
      }),
    );
    return combine(results);
  },
};

interface Target {
  readonly types: readonly ResourceType[];
  readonly names: readonly string[];
}

/** `svc,ep [NAME...]`, or `TYPE/NAME...` (one request per type, in the order first named). */
function parseTargets(positionals: readonly string[], cluster: Cluster): Target[] | string {
  const [first, ...rest] = positionals;
  if (first === undefined) return MISSING_TYPE;
  if (first.includes('/')) {
    const byType = new Map<ResourceType, string[]>();
    for (const word of positionals) {
      const [typeName = '', name = ''] = word.split('/');
      if (!word.includes('/')) return "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'";
      const type = findResourceType(typeName, cluster);
      if (type === undefined) return `error: the server doesn't have a resource type "${typeName}"`;
      byType.set(type, [...(byType.get(type) ?? []), name]);
    }
    return [...byType].map(([type, names]) => ({ types: [type], names }));
  }
  const types: ResourceType[] = [];
  for (const name of first.split(',')) {
    const expanded = name === 'all' ? ALL : [name];
    for (const one of expanded) {
      const type = findResourceType(one, cluster);
      if (type === undefined) return `error: the server doesn't have a resource type "${one}"`;
      if (!types.includes(type)) types.push(type);
    }
  }
  return [{ types, names: rest }];
}

function combine(results: readonly ReturnType<typeof formatGet>[]): KubectlResult {
  if (results.length === 1) {
    const [only] = results;
    return { stdout: only?.stdout ?? '', stderr: only?.stderr ?? '', exitCode: only?.exitCode ?? 0, events: [] };
  }
  return {
    stdout: results.map((r) => r.stdout).filter((text) => text !== '').join('\n'),
    stderr: results.map((r) => r.stderr).join(''),
    exitCode: results.some((r) => r.exitCode !== 0) ? 1 : 0,
    events: [],
  };
}
