/**
 * `kubectl port-forward TYPE/NAME [LOCAL:]REMOTE`. For anything but a Pod, kubectl picks one Pod
 * (polymorphichelpers attachablePodForObject: the Pods the selector matches, sorted by
 * sort.Reverse(podutils.ActivePods), the first) and translates the Service port to the container
 * port (cmd/portforward/portforward.go translateServicePortToTargetPort, util
 * LookupContainerPortNumberByServicePort). The tunnel then goes to that Pod alone.
 */
import type { Cluster, Pod, Service } from '../../model/index.ts';
import { selectorMatches } from '../../model/index.ts';
import { findResourceType } from '../text/resources.ts';
import type { KubectlCommand } from './command.ts';
import { namespaceOf } from './flags.ts';
import { findPod, findService, namespacedName } from './lookup.ts';
import { fail, ok, usageError } from './types.ts';

const NOTE =
  'port-forward talks to one Pod through the API server and kubelet; it bypasses the Service\'s ClusterIP and kube-proxy, so it cannot show load balancing.';

export const portForwardCommand: KubectlCommand = {
  name: 'port-forward',
  summary: 'Forward one or more local ports to a pod',
  usage: 'kubectl port-forward (svc/NAME | pod/NAME | deploy/NAME) [LOCAL:]REMOTE',
  flags: [{ long: 'address', kind: 'string' }],
  run: (cluster, parsed) => {
    const [target, ...ports] = parsed.positionals;
    if (target === undefined || ports.length === 0) return usageError('port-forward', 'TYPE/NAME and list of ports are required for port-forward');
    const namespace = namespaceOf(parsed);
    const slash = target.indexOf('/');
    const typeName = slash < 0 ? 'pod' : target.slice(0, slash);
    const name = slash < 0 ? target : target.slice(slash + 1);
    const type = findResourceType(typeName);
    if (type === undefined) return fail(`error: the server doesn't have a resource type "${typeName}"`);
    const [spec] = ports;
    if (ports.length > 1) return fail('error: the simulator forwards one port at a time');
    const { local, remote } = splitPort(spec ?? '');
    if (type.resource === 'pods') {
      const pod = findPod(cluster, namespace, name);
      if (pod === undefined) return fail(`Error from server (NotFound): pods "${name}" not found`);
      return forwardToPod(pod, local, remote, undefined);
    }
    if (type.resource !== 'services') {
      const selector = workloadSelector(cluster, type.resource, namespace, name);
      if (typeof selector === 'string') return fail(selector);
      const pod = attachablePod(cluster, namespace, selector);
      if (pod === undefined) return fail('error: timed out waiting for the condition');
      return forwardToPod(pod, local, remote, undefined);
    }
    const service = findService(cluster, namespace, name);
    if (service === undefined) return fail(`Error from server (NotFound): services "${name}" not found`);
    const selector = service.spec?.selector ?? {};
    if (Object.keys(selector).length === 0) return fail(`error: invalid service '${name}': Service is defined without a selector`);
    const pod = attachablePod(cluster, namespace, selector);
    if (pod === undefined) return fail('error: timed out waiting for the condition', { note: `No Pod matches the selector of Service ${name}; kubectl waits for one (--pod-running-timeout, 1m) and gives up.` });
    return forwardToPod(pod, local, remote, service);
  },
};

function splitPort(spec: string): { local: string; remote: string } {
  const colon = spec.indexOf(':');
  return colon < 0 ? { local: spec, remote: spec } : { local: spec.slice(0, colon), remote: spec.slice(colon + 1) };
}

function forwardToPod(pod: Pod, localText: string, remoteText: string, service: Service | undefined): ReturnType<typeof ok> {
  let remote = Number(remoteText);
  let local = localText;
  let servicePort: number | undefined;
  if (service !== undefined) {
    if (!/^\d+$/.test(remoteText)) {
      const named = (service.spec?.ports ?? []).find((p) => p.name === remoteText);
      if (named === undefined) return fail(`error: Service '${service.metadata?.name ?? ''}' does not have a named port '${remoteText}'`);
      remote = named.port;
      if (local === remoteText) local = String(remote);
    }
    servicePort = remote;
    const container = containerPortForServicePort(service, pod, remote);
    if (typeof container === 'string') return fail(`error: ${container}`);
    remote = container;
  } else if (!/^\d+$/.test(remoteText)) {
    const named = containerPortByName(pod, remoteText);
    if (named === undefined) return fail(`error: Pod '${pod.metadata?.name ?? ''}' does not have a named port '${remoteText}'`);
    remote = named;
    if (local === remoteText) local = String(remote);
  }
  if (pod.status?.phase !== 'Running') return fail(`error: unable to forward port because pod is not running. Current status=${pod.status?.phase ?? 'Pending'}`);
  const localPort = local === '' ? remote : Number(local);
  if (!Number.isInteger(localPort) || localPort < 0 || localPort > 65535) return fail(`error: Error parsing local port '${local}': strconv.ParseUint: parsing "${local}": invalid syntax`);
  const stdout = `Forwarding from 127.0.0.1:${localPort} -> ${remote}\nForwarding from [::1]:${localPort} -> ${remote}\n`;
  return ok(stdout, {
    portForward: {
      service: service === undefined ? namespacedName(pod) : namespacedName(service),
      servicePort: servicePort ?? remote,
      localPort,
      pod: namespacedName(pod),
      podPort: remote,
    },
    note: NOTE,
  });
}

/** LookupContainerPortNumberByServicePort: headless Services and numeric targetPorts need no Pod; names are looked up in its containers. */
function containerPortForServicePort(service: Service, pod: Pod, port: number): number | string {
  const servicePort = (service.spec?.ports ?? []).find((p) => p.port === port);
  if (servicePort === undefined) return `Service ${service.metadata?.name ?? ''} does not have a service port ${port}`;
  if (service.spec?.clusterIP === 'None') return port;
  const target = servicePort.targetPort;
  if (target === undefined || target === 0) return servicePort.port;
  if (typeof target === 'number') return target;
  if (/^\d+$/.test(target)) return Number(target);
  return containerPortByName(pod, target) ?? `Pod '${pod.metadata?.name ?? ''}' does not have a named port '${target}'`;
}

function containerPortByName(pod: Pod, name: string): number | undefined {
  for (const container of pod.spec?.containers ?? []) {
    const found = (container.ports ?? []).find((p) => p.name === name);
    if (found !== undefined) return found.containerPort;
  }
  return undefined;
}

function workloadSelector(cluster: Cluster, resource: string, namespace: string, name: string): Readonly<Record<string, string>> | string {
  const lists: Record<string, readonly { object: { metadata?: { name?: string; namespace?: string }; spec?: { selector?: { matchLabels?: Record<string, string> } } } }[]> = {
    deployments: cluster.deployments,
    replicasets: cluster.replicaSets,
    statefulsets: cluster.statefulSets,
    daemonsets: cluster.daemonSets,
  };
  const list = lists[resource];
  if (list === undefined) return `error: cannot attach to ${resource}: not implemented`;
  const found = list.find((entry) => entry.object.metadata?.namespace === namespace && entry.object.metadata.name === name);
  if (found === undefined) return `Error from server (NotFound): ${resource}.apps "${name}" not found`;
  return found.object.spec?.selector?.matchLabels ?? {};
}

/**
 * podutils.ActivePods, reversed: assigned before unassigned, Running before Unknown before
 * Pending, ready before not ready, fewer restarts first; the API server's name order breaks ties.
 */
export function attachablePod(cluster: Cluster, namespace: string, selector: Readonly<Record<string, string>>): Pod | undefined {
  const requirements = Object.entries(selector).map(([key, value]) => ({ key, operator: '=' as const, values: [value] }));
  const pods = cluster.pods
    .map((entry) => entry.object)
    .filter((pod) => pod.metadata?.namespace === namespace && selectorMatches(requirements, pod.metadata.labels))
    .sort((a, b) => ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1));
  const rank = (pod: Pod): number[] => [
    pod.spec?.nodeName ? 1 : 0,
    { Pending: 0, Unknown: 1, Running: 2 }[pod.status?.phase ?? 'Pending'] ?? 0,
    (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True') ? 1 : 0,
    -(pod.status?.containerStatuses ?? []).reduce((sum, s) => sum + s.restartCount, 0),
  ];
  let best: Pod | undefined;
  for (const pod of pods) {
    if (best === undefined || compareRanks(rank(pod), rank(best)) > 0) best = pod;
  }
  return best;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
