/**
 * `kse get RESOURCE[,RESOURCE...] [NAME...]`: what `kubectl get` prints for the simulated cluster.
 */
import { formatGet, type OutputFormat } from '../../present/text/get.ts';
import { parseLabelSelector } from '../../present/text/label-selector.ts';
import { findResourceType, type ResourceType } from '../../present/text/resources.ts';
import { EXIT_FAILURE, EVENTS_FLAG, INPUT_FLAG, KUBE_VERSION_FLAG, GATEWAY_API_FLAG, FILENAME_FLAG, HELP_FLAG, loadCluster, NAMESPACE_FLAG, usageError, type Command } from '../command.ts';
import { flagSet, flagValue } from '../flags.ts';

const OUTPUTS: Readonly<Record<string, OutputFormat>> = { '': 'table', wide: 'wide', yaml: 'yaml', json: 'json', name: 'name' };

export const getCommand: Command = {
  name: 'get',
  summary: 'Print what kubectl get would print for the simulated cluster',
  usage: 'get RESOURCE[,RESOURCE...] [NAME...] [-n NS | -A] [-l SELECTOR] [-o wide|yaml|json|name] -f FILE|DIR|-',
  flags: [
    FILENAME_FLAG,
    EVENTS_FLAG,
    INPUT_FLAG,
    KUBE_VERSION_FLAG,
    GATEWAY_API_FLAG,
    NAMESPACE_FLAG,
    { long: 'all-namespaces', short: 'A', kind: 'boolean', help: 'list the objects of every namespace' },
    { long: 'selector', short: 'l', kind: 'string', value: 'SELECTOR', help: 'label selector: key=value, key!=value, key in (a,b), key notin (a,b), key, !key' },
    { long: 'output', short: 'o', kind: 'string', value: 'FORMAT', help: 'wide, yaml, json or name' },
    HELP_FLAG,
  ],
  examples: ['kse get svc,ep -f manifests/', 'kse get pods -A -o wide -f manifests/', 'kse get svc web -o yaml -f service.yaml'],
  run: async (args, io) => {
    const [resources, ...names] = args.positionals;
    if (resources === undefined) return usageError(io, 'get', 'Required resource not specified.');
    const output = OUTPUTS[flagValue(args, 'output') ?? ''];
    if (output === undefined) {
      return usageError(io, 'get', `unable to match a printer suitable for the output format "${flagValue(args, 'output') ?? ''}", allowed formats are: json,name,wide,yaml`);
    }
    const allNamespaces = flagSet(args, 'all-namespaces');
    if (allNamespaces && names.length > 0) return usageError(io, 'get', 'a resource cannot be retrieved by name across all namespaces');
    const selector = parseLabelSelector(flagValue(args, 'selector') ?? '');
    if (!selector.ok) return usageError(io, 'get', selector.error);
    const types: ResourceType[] = [];
    for (const name of resources.split(',')) {
      const type = findResourceType(name);
      if (type === undefined) {
        io.stderr(`error: the server doesn't have a resource type "${name}"\n`);
        return EXIT_FAILURE;
      }
      types.push(type);
    }
    const loaded = await loadCluster(args, io);
    if (!loaded.ok) return loaded.exitCode;
    // A type the simulator knows may still not be served by this cluster (a CRD not installed).
    const unserved = resources.split(',').find((name) => findResourceType(name, loaded.cluster) === undefined);
    if (unserved !== undefined) {
      io.stderr(`error: the server doesn't have a resource type "${unserved}"\n`);
      return EXIT_FAILURE;
    }
    const result = formatGet(loaded.cluster, {
      types,
      names,
      namespace: flagValue(args, 'namespace') ?? 'default',
      allNamespaces,
      selector: selector.requirements,
      output,
    });
    io.stdout(result.stdout);
    io.stderr(result.stderr);
    return result.exitCode;
  },
};
