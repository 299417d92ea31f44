/**
 * `kse describe svc [NAME]`: kubectl's describe page of Services. As kubectl does, a NAME that
 * matches no Service exactly describes every Service whose name starts with it.
 */
import type { Cluster, Service } from '../../model/index.ts';
import { describeService } from '../../present/text/describe-service.ts';
import { compareStrings } from '../../present/text/label-selector.ts';
import { findResourceType } from '../../present/text/resources.ts';
import { EXIT_FAILURE, EXIT_OK, EVENTS_FLAG, INPUT_FLAG, KUBE_VERSION_FLAG, GATEWAY_API_FLAG, FILENAME_FLAG, HELP_FLAG, loadCluster, NAMESPACE_FLAG, usageError, type Command } from '../command.ts';
import { flagValue } from '../flags.ts';

/** discovery/v1 LabelServiceName: how EndpointSlices name their Service. */
const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

export const describeCommand: Command = {
  name: 'describe',
  summary: 'Print what kubectl describe service would print',
  usage: 'describe svc [NAME] [-n NS] -f FILE|DIR|-',
  flags: [FILENAME_FLAG, EVENTS_FLAG, INPUT_FLAG, KUBE_VERSION_FLAG, GATEWAY_API_FLAG, NAMESPACE_FLAG, HELP_FLAG],
  examples: ['kse describe svc web -f manifests/'],
  run: async (args, io) => {
    const [resource, name, ...rest] = args.positionals;
    if (resource === undefined) return usageError(io, 'describe', 'Required resource not specified.');
    if (findResourceType(resource)?.resource !== 'services') return usageError(io, 'describe', `describe supports services only, not "${resource}"`);
    if (rest.length > 0) return usageError(io, 'describe', `unexpected argument "${rest[0] ?? ''}"`);
    const loaded = await loadCluster(args, io);
    if (!loaded.ok) return loaded.exitCode;
    const namespace = flagValue(args, 'namespace') ?? 'default';
    const services = selectServices(loaded.cluster, namespace, name);
    if (services.length === 0) {
      io.stderr(name === undefined ? `No resources found in ${namespace} namespace.\n` : `Error from server (NotFound): services "${name}" not found\n`);
      return name === undefined ? EXIT_OK : EXIT_FAILURE;
    }
    // describe.go (cmd): pages after the first are preceded by two blank lines.
    io.stdout(services.map((service) => describeService(service, slicesOf(loaded.cluster, service))).join('\n\n'));
    return EXIT_OK;
  },
};

/** Exact name first, else every name with that prefix (kubectl describe's fallback), in name order. */
function selectServices(cluster: Cluster, namespace: string, name: string | undefined): Service[] {
  const inNamespace = cluster.services
    .map((entry) => entry.object)
    .filter((service) => service.metadata?.namespace === namespace)
    .sort((a, b) => compareStrings(a.metadata?.name ?? '', b.metadata?.name ?? ''));
  if (name === undefined) return inNamespace;
  const exact = inNamespace.filter((service) => service.metadata?.name === name);
  return exact.length > 0 ? exact : inNamespace.filter((service) => (service.metadata?.name ?? '').startsWith(name));
}

function slicesOf(cluster: Cluster, service: Service) {
  return cluster.endpointSlices
    .map((entry) => entry.object)
    .filter((slice) => slice.metadata?.namespace === service.metadata?.namespace && slice.metadata?.labels?.[SERVICE_NAME_LABEL] === service.metadata?.name)
    .sort((a, b) => compareStrings(a.metadata?.name ?? '', b.metadata?.name ?? ''));
}
