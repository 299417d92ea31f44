/**
 * The model behind the worker's messages: keeps the build cache and the last cluster, so that an
 * edit re-derives only what changed and questions are answered against what is on screen.
 */
import {
  buildCluster,
  createBuildCache,
  proxyRules,
  resolve,
  resolveFrom,
  trace,
  type BuildStage,
  type Cluster,
  type Entry,
  type ManifestSource,
  type RuntimeEvent,
  type Service,
  type TraceResult,
} from '../model/index.ts';
import { keptColumns, toGraph, type GraphView, type KeptColumns } from '../present/graph/index.ts';
import { describeService } from '../present/text/describe-service.ts';
import { formatDig } from '../present/text/dig.ts';
import { formatGet } from '../present/text/get.ts';
import { findResourceType, type ResourceType } from '../present/text/resources.ts';
import { toKubectlYaml } from '../present/text/serialize.ts';
import { findingsOf } from './findings.ts';
import { graphScope, type GraphScope } from './graph-scope.ts';
import { outlineOf } from './outline.ts';
import { holdsGatewayApi } from './gateway-api.ts';
import { gatewayEntries, ingressEntries, servicesOnScreen } from './services.ts';
import { scalableWorkloads } from './workloads.ts';
import type { BuildRequest, BuiltResponse, DetailsResponse, LearningRequest, PacketQuestion, WorkerAnswer, WorkerRequest, WorkStage } from './protocol.ts';

const TABLE_TYPES: readonly ResourceType[] = ['services', 'endpoints', 'endpointslices']
  .map((name) => findResourceType(name))
  .filter((type): type is ResourceType => type !== undefined);

/** Told as the work on a request moves on, so the page hears the worker is alive and how far it got. */
export type ProgressListener = (stage: WorkStage) => void;

/** The stage that follows each of buildCluster's: what the worker is busy with next. */
const NEXT_STAGE: Readonly<Record<BuildStage, WorkStage>> = { parse: 'admitting', admit: 'controllers', controllers: 'views' };

export interface ModelHost {
  /** Answers at once, except the learning panels' questions, whose code loads on first use. */
  handle(request: Exclude<WorkerRequest, LearningRequest>, now: () => number, progress?: ProgressListener): WorkerAnswer;
  handle(request: WorkerRequest, now: () => number, progress?: ProgressListener): WorkerAnswer | Promise<WorkerAnswer>;
}

function findEntry(cluster: Cluster, key: string): Entry<object> | undefined {
  const kinds: readonly (readonly Entry<object>[])[] = [
    cluster.services,
    cluster.pods,
    cluster.endpointSlices,
    cluster.endpoints,
    cluster.nodes,
    cluster.ingresses,
    cluster.deployments,
    cluster.replicaSets,
    cluster.statefulSets,
    cluster.daemonSets,
    cluster.replicationControllers,
    cluster.namespaces,
    cluster.ingressClasses,
    cluster.networkPolicies,
    cluster.gatewayClasses,
    cluster.gateways,
    cluster.httpRoutes,
    cluster.referenceGrants,
    cluster.others,
  ];
  for (const entries of kinds) {
    const found = entries.find((entry) => entry.key === key);
    if (found !== undefined) return found;
  }
  return undefined;
}

function details(cluster: Cluster, id: number, key: string): DetailsResponse {
  const entry = findEntry(cluster, key);
  if (entry === undefined) return { type: 'details', id, key, yaml: '' };
  const response: DetailsResponse = {
    type: 'details',
    id,
    key,
    yaml: toKubectlYaml(entry.object),
  };
  if (!key.startsWith('Service/')) return response;
  const service = entry.object as Service;
  const { name, namespace } = service.metadata ?? {};
  const slices = cluster.endpointSlices
    .filter((s) => s.object.metadata?.namespace === namespace && s.object.metadata?.labels?.['kubernetes.io/service-name'] === name)
    .map((s) => s.object);
  return { ...response, describe: describeService(service, slices) };
}

/** How the text was read; a cluster built before the model said so reads as manifests. */
function inputOf(cluster: Cluster): BuiltResponse['summary']['input'] {
  const input = cluster.input;
  if (input === undefined) return { requested: 'auto', mode: 'manifest', objects: { manifest: 0, dump: 0 }, notSimulated: 0 };
  return { requested: input.requested, mode: input.mode, objects: input.objects, notSimulated: input.notSimulated };
}

function tracePacket(cluster: Cluster, packet: PacketQuestion): TraceResult {
  const { entry, gateway } = packet;
  if (gateway !== undefined) {
    return trace(cluster, {
      via: 'gateway',
      gateway: gateway.gateway,
      path: gateway.path,
      ...(gateway.host === undefined || gateway.host === '' ? {} : { host: gateway.host }),
      ...(gateway.listener === undefined ? {} : { listener: gateway.listener }),
      ...(gateway.method === undefined ? {} : { method: gateway.method }),
      ...(gateway.headers === undefined ? {} : { headers: gateway.headers }),
    });
  }
  if (entry !== undefined) {
    return trace(cluster, {
      via: 'ingress',
      path: entry.path,
      ...(entry.host === undefined ? {} : { host: entry.host }),
      ...(packet.node === undefined ? {} : { node: packet.node }),
    });
  }
  const [namespace = '', service = ''] = (packet.service ?? '').split('/');
  return trace(cluster, {
    service,
    namespace,
    ...(packet.port === undefined ? {} : { port: String(packet.port) }),
    ...(packet.from === undefined ? {} : { from: packet.from }),
    ...(packet.node === undefined ? {} : { node: packet.node }),
    ...(packet.via === undefined ? {} : { via: packet.via }),
    ...(packet.clientIP === undefined ? {} : { clientIP: packet.clientIP }),
  });
}

/**
 * The graph shows the packet's client Pod, when one is chosen, in place of the placeholder, and the
 * Services of the scope's namespace when it names one.
 */
function viewFor(packet: PacketQuestion | undefined, scope: GraphScope): GraphView {
  const pod = packet?.from?.startsWith('pod/') === true ? packet.from.slice('pod/'.length) : undefined;
  return { ...(pod === undefined ? {} : { client: pod }), ...(scope.namespace === undefined ? {} : { namespaces: [scope.namespace] }) };
}

/** True when two builds have the same input: only the view differs (another namespace), so the cluster stands. */
function sameInput(a: BuildRequest, b: BuildRequest): boolean {
  return (
    a.input === b.input &&
    a.kubeVersion === b.kubeVersion &&
    a.gatewayApi === b.gatewayApi &&
    a.sources.length === b.sources.length &&
    a.sources.every((source, i) => source.name === b.sources[i]?.name && source.text === b.sources[i]?.text) &&
    JSON.stringify(a.events) === JSON.stringify(b.events)
  );
}

export function createModelHost(): ModelHost {
  const cache = createBuildCache();
  let cluster: Cluster = buildCluster([], { cache });
  let built: {
    sources: readonly ManifestSource[];
    events: readonly RuntimeEvent[];
  } = { sources: [], events: [] };
  /** The request the cluster was built from: a request that differs only in its view reuses the cluster. */
  let builtFrom: BuildRequest | undefined;
  /** The last graph's columns: the next graph of the same boxes keeps their widths (present/graph/kept-columns.ts). */
  let drawnColumns: KeptColumns | undefined;
  function handle(request: Exclude<WorkerRequest, LearningRequest>, now: () => number, progress?: ProgressListener): WorkerAnswer;
  function handle(request: WorkerRequest, now: () => number, progress?: ProgressListener): WorkerAnswer | Promise<WorkerAnswer>;
  function handle(request: WorkerRequest, now: () => number, progress?: ProgressListener): WorkerAnswer | Promise<WorkerAnswer> {
    switch (request.type) {
      case 'build': {
        const started = now();
        const inText = request.sources.some((source) => holdsGatewayApi(source.text));
        // The user's choice when there is one, else what the text holds (gateway-api.ts).
        const gatewayApi = request.gatewayApi ?? inText;
        if (builtFrom === undefined || !sameInput(builtFrom, request)) {
          cluster = buildCluster(request.sources, {
            gatewayApi,
            cache,
            events: request.events,
            ...(request.input === undefined ? {} : { input: request.input }),
            ...(request.kubeVersion === undefined ? {} : { kubeVersion: request.kubeVersion }),
            ...(progress === undefined ? {} : { onStage: (stage: BuildStage) => progress(NEXT_STAGE[stage]) }),
          });
          builtFrom = request;
        } else progress?.('views');
        built = { sources: request.sources, events: request.events };
        const scope = graphScope(cluster, request.namespace);
        const graph = toGraph(cluster, { ...viewFor(request.packet, scope), ...(drawnColumns === undefined ? {} : { keep: drawnColumns }) });
        drawnColumns = keptColumns(graph);
        // The pickers offer what the graph draws: one namespace's Pods, not a dump's thousands.
        const inScope = (namespace: string | undefined): boolean => scope.namespace === undefined || namespace === scope.namespace;
        const editorText = request.sources[0];
        const outline = editorText === undefined ? [] : outlineOf(cluster, graph, editorText);
        return {
          type: 'built',
          id: request.id,
          diagnostics: cluster.diagnostics,
          summary: {
            services: cluster.services.length,
            pods: cluster.pods.length,
            endpointSlices: cluster.endpointSlices.length,
            namespaces: cluster.namespaces.map((n) => n.object.metadata?.name ?? ''),
            // A hostNetwork Pod (kube-proxy) speaks with its Node's address: a Node, not a Pod, as a client.
            clientPods: cluster.pods
              .filter((p) => p.object.status?.podIP !== undefined && p.object.spec?.hostNetwork !== true && inScope(p.object.metadata?.namespace))
              .map((p) => `${p.object.metadata?.namespace ?? ''}/${p.object.metadata?.name ?? ''}`),
            nodes: cluster.nodes.map((n) => n.object.metadata?.name ?? ''),
            ingressEntries: ingressEntries(cluster),
            gatewayEntries: gatewayEntries(cluster),
            gatewayApi: { installed: gatewayApi, inText },
            input: inputOf(cluster),
          },
          graph,
          scope,
          services: servicesOnScreen(cluster, graph),
          outline,
          findings: findingsOf(cluster.diagnostics, outline),
          events: cluster.events,
          workloads: scalableWorkloads(cluster).filter((w) => inScope(w.namespace)),
          ...(request.packet === undefined ? {} : { trace: tracePacket(cluster, request.packet) }),
          millis: now() - started,
        };
      }
      case 'dns': {
        const question = { name: request.name, type: request.qtype };
        const response = request.fromNamespace ? resolveFrom(cluster, question, request.fromNamespace) : resolve(cluster, question);
        return { type: 'dns', id: request.id, text: formatDig(response) };
      }
      case 'details':
        return details(cluster, request.id, request.key);
      case 'trace':
        return {
          type: 'trace',
          id: request.id,
          result: tracePacket(cluster, request.packet),
        };
      case 'tables':
        return { type: 'tables', id: request.id, text: formatGet(cluster, { types: TABLE_TYPES, names: [], namespace: 'default', allNamespaces: true, selector: [], output: 'wide' }).stdout };
      case 'rules':
        return {
          type: 'rules',
          id: request.id,
          result: proxyRules(cluster, {
            mode: request.mode,
            ...(request.node === undefined ? {} : { node: request.node }),
          }),
        };
      case 'kubectl':
      case 'complete':
      case 'challenges':
      case 'propagation': {
        const current = { cluster, ...built, cache };
        return import('./learning-host.ts').then(({ answerLearning }) => {
          progress?.('answering');
          return answerLearning(request, current);
        });
      }
    }
  }
  return { handle };
}
