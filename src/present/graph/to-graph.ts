/**
 * toGraph: a Cluster as boxes and edges, laid out left to right as a packet travels, for every
 * Service type. Pure: the text measurer is the only thing that comes from the environment.
 */
import type { Cluster, Entry, Service } from '../../model/index.ts';
import { AGGREGATION, aggregateDraft, needsAggregation, type AggregationLimits } from './aggregate.ts';
import { addBackends, addExternalNameAnswer, addHeadlessAnswer, podLookup, type PodLookup } from './backends.ts';
import { COLUMN, createDraft, type Draft } from './draft.ts';
import { addGatewayPaths } from './gateway-paths.ts';
import { addIngressPath } from './ingress-paths.ts';
import { keptWidthsFor } from './kept-columns.ts';
import { layoutDraft } from './layout.ts';
import { approximateMeasurer } from './measure.ts';
import { namespacedName, selectObjects } from './select.ts';
import { addClientPod, addExternalClient, addFrontPath, addServiceNode, serviceTypeBadge } from './service-paths.ts';
import type { Graph, GraphView, TextMeasurer } from './types.ts';

/**
 * One Service's whole path. A ClusterIP Service an Ingress routes to keeps its client Pod: Pods
 * reach it through its clusterIP whatever the Ingress does.
 */
function addServicePath(draft: Draft, cluster: Cluster, pods: PodLookup, entry: Entry<Service>, view: GraphView): void {
  const service = entry.object;
  const namespace = service.metadata?.namespace ?? '';
  const node = addServiceNode(draft, entry);
  const clientPod = (): string => addClientPod(draft, cluster, namespace, view.client);
  switch (serviceTypeBadge(service)) {
    case 'ExternalName':
      addExternalNameAnswer(draft, cluster, service, node, clientPod());
      return;
    case 'Headless':
      addHeadlessAnswer(draft, cluster, service, node, clientPod(), addBackends(draft, cluster, pods, service, node, true));
      return;
    default:
      addFrontPath(draft, cluster, entry, node, clientPod);
      addBackends(draft, cluster, pods, service, node, false);
  }
}

/**
 * The graph of the Services a view shows, with what reaches them and what they reach, positioned.
 * Node ids follow DESIGN.md ("Graph node ids"); the same cluster and view always give the same graph.
 * Past `limits` (aggregate.ts), a workload's Pods, a Service's many slices and many Nodes are stacked.
 */
export function toGraph(cluster: Cluster, view: GraphView = {}, measure: TextMeasurer = approximateMeasurer, limits: AggregationLimits = AGGREGATION): Graph {
  // 1. What the view shows.
  const { services, ingresses, gateways } = selectObjects(cluster, view);
  // 2. Every path, as boxes and edges without positions.
  const draft = createDraft();
  const pods = podLookup(cluster);
  for (const entry of services) addServicePath(draft, cluster, pods, entry, view);
  const drawn = new Set(services.map(namespacedName));
  for (const ingress of ingresses) addIngressPath(draft, ingress, addExternalClient(draft), drawn);
  addGatewayPaths(draft, cluster, gateways, () => addExternalClient(draft), drawn);
  // 3. Past a size, repeated boxes stacked into groups (aggregate.ts); small graphs as they are.
  const laidOut = needsAggregation(draft, limits) ? aggregateDraft(draft, cluster, limits) : draft;
  // 4. Positions; the same boxes as the graph before keep its columns' widths (kept-columns.ts).
  return layoutDraft(laidOut, measure, COLUMN.service, keptWidthsFor(laidOut, view.keep));
}
