/**
 * `kubectl describe TYPE [NAME]`: as kubectl's describe command, a NAME that matches no object
 * exactly describes every object whose name starts with it; pages are separated by a blank line
 * (staging/src/k8s.io/kubectl/pkg/cmd/describe/describe.go).
 */
import type { Cluster, EndpointSlice } from '../../model/index.ts';
import { describeEndpointSlice } from '../text/describe-endpoint-slice.ts';
import { describeEndpoints } from '../text/describe-endpoints.ts';
import { describeNode } from '../text/describe-node.ts';
import { describePod } from '../text/describe-pod.ts';
import { describeService } from '../text/describe-service.ts';
import { compareStrings, parseLabelSelector } from '../text/label-selector.ts';
import { groupResource, metadataOf, type ResourceType } from '../text/resources.ts';
import { selectorMatches, type Pod, type Service } from '../../model/index.ts';
import { ALL_NAMESPACES_FLAG, SELECTOR_FLAG, type KubectlCommand } from './command.ts';
import { flagSet, flagValue, namespaceOf } from './flags.ts';
import { listIn, nameOf, resourceTypeOrError, splitTypeName } from './lookup.ts';
import { fail, ok, usageError } from './types.ts';

/** discovery/v1 LabelServiceName. */
const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

type Describer = (cluster: Cluster, object: object) => string;

const DESCRIBERS: Readonly<Record<string, Describer>> = {
  services: (cluster, object) => describeService(object, slicesOf(cluster, object)),
  endpoints: (_cluster, object) => describeEndpoints(object),
  endpointslices: (_cluster, object) => describeEndpointSlice(object as EndpointSlice),
  pods: (_cluster, object) => describePod(object),
  nodes: (cluster, object) => describeNode(object, podsOn(cluster, nameOf(object)), cluster.config.now),
};

export const describeCommand: KubectlCommand = {
  name: 'describe',
  summary: 'Show details of a specific resource or group of resources',
  usage: 'kubectl describe (svc|endpoints|endpointslices|pod|node) [NAME] [-n NS | -A] [-l SELECTOR]',
  flags: [ALL_NAMESPACES_FLAG, SELECTOR_FLAG],
  run: (cluster, parsed) => {
    const target = splitTypeName(parsed.positionals[0], parsed.positionals[1]);
    if (target === undefined) {
      return fail(
        'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
          "error: Required resource not specified.\nSee 'kubectl describe -h' for help and examples",
      );
    }
    const type = resourceTypeOrError(target.type, cluster);
    if (typeof type === 'string') return fail(type);
    const describer = DESCRIBERS[type.resource];
    if (describer === undefined) return fail(`error: the simulator describes services, endpoints, endpointslices, pods and nodes only, not ${groupResource(type)}; try kubectl get ${type.resource} -o yaml`);
    const selector = parseLabelSelector(flagValue(parsed, 'selector') ?? '');
    if (!selector.ok) return fail(`error: ${selector.error}`);
    const allNamespaces = flagSet(parsed, 'all-namespaces');
    const wanted = target.name === undefined ? [] : [target.name, ...parsed.positionals.slice(target.consumed)];
    if (allNamespaces && wanted.length > 0) return usageError('describe', 'a resource cannot be retrieved by name across all namespaces');
    const namespace = namespaceOf(parsed);
    const candidates = listIn(cluster, type, allNamespaces ? undefined : namespace).filter((entry) =>
      selectorMatches(selector.requirements, metadataOf(entry.object).labels),
    );
    const pages: string[] = [];
    const errors: string[] = [];
    if (wanted.length === 0) {
      if (candidates.length === 0) return ok('', { stderr: type.namespaced && !allNamespaces ? `No resources found in ${namespace} namespace.\n` : 'No resources found\n' });
      pages.push(...candidates.map((entry) => describer(cluster, entry.object)));
    }
    for (const name of wanted) {
      const exact = candidates.filter((entry) => nameOf(entry.object) === name);
      const matched = exact.length > 0 ? exact : candidates.filter((entry) => nameOf(entry.object).startsWith(name)).sort((a, b) => compareStrings(nameOf(a.object), nameOf(b.object)));
      if (matched.length === 0) errors.push(notFound(type, name));
      pages.push(...matched.map((entry) => describer(cluster, entry.object)));
    }
    return { stdout: pages.join('\n\n'), stderr: errors.join(''), exitCode: errors.length > 0 ? 1 : 0, events: [] };
  },
};

function notFound(type: ResourceType, name: string): string {
  return `Error from server (NotFound): ${groupResource(type)} "${name}" not found\n`;
}

function slicesOf(cluster: Cluster, service: Service): EndpointSlice[] {
  return cluster.endpointSlices
    .map((entry) => entry.object)
    .filter((slice) => slice.metadata?.namespace === service.metadata?.namespace && slice.metadata?.labels?.[SERVICE_NAME_LABEL] === service.metadata?.name)
    .sort((a, b) => compareStrings(a.metadata?.name ?? '', b.metadata?.name ?? ''));
}

/** describe.go NodeDescriber: the Node's Pods that are neither Succeeded nor Failed. */
function podsOn(cluster: Cluster, node: string): Pod[] {
  return cluster.pods
    .map((entry) => entry.object)
    .filter((pod) => pod.spec?.nodeName === node && pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed')
    .sort((a, b) => compareStrings(`${a.metadata?.namespace ?? ''}/${a.metadata?.name ?? ''}`, `${b.metadata?.namespace ?? ''}/${b.metadata?.name ?? ''}`));
}
