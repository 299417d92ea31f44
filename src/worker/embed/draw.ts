/**
 * The embed's model: the share link's manifest built into a cluster, laid out and drawn by the same
 * functions as `kse render` (toGraph, renderSvg), and traced for the packet as the explorer traces
 * its first packet. Nothing else of the explorer's worker: no kubectl tables, outline, findings or
 * learning, so the embed downloads none of them.
 */
import { buildCluster, INPUT_MODES, parseKubeVersion, trace, type Cluster, type TraceResult } from '../../model/index.ts';
import { toGraph, type Graph } from '../../present/graph/index.ts';
import { renderSvg, type SvgTheme } from '../../present/svg/index.ts';
import { parseEvents } from '../../present/text/events-json.ts';
import { holdsGatewayApi } from '../gateway-api.ts';
import { graphScope } from '../graph-scope.ts';
import { servicesOnScreen } from '../services.ts';
import type { DrawRequest, Drawing } from './protocol.ts';

/** The name the explorer gives its one source (src/web/app/model-client.ts). */
const SOURCE_NAME = 'manifest.yaml';
const TITLE = 'Kubernetes Services';
/** How many Service names the drawing's accessible name lists before it says how many more. */
const NAMED_SERVICES = 4;

/** The drawing's accessible name: what a screen reader says of the picture as a whole. */
function titleOf(services: readonly string[]): string {
  if (services.length === 0) return `${TITLE}: none drawn`;
  const named = services.slice(0, NAMED_SERVICES).join(', ');
  const more = services.length - NAMED_SERVICES;
  return `${TITLE}: ${named}${more > 0 ? ` and ${more} more` : ''}`;
}

/** The packet the explorer sends first: to the wanted Service when it is drawn, else to the first one (src/web/features/trace/usePacketRun.ts). */
function packetTo(cluster: Cluster, services: readonly string[], wanted: string | undefined): TraceResult | undefined {
  const chosen = wanted !== undefined && services.includes(wanted) ? wanted : services[0];
  if (chosen === undefined) return undefined;
  const [namespace = '', service = ''] = chosen.split('/');
  return trace(cluster, { service, namespace });
}

export interface EmbedModel {
  draw(request: DrawRequest): Drawing;
  /** The last graph drawn, in `theme`; undefined before the first drawing. */
  restyle(theme: SvgTheme): string | undefined;
}

export function createEmbedModel(): EmbedModel {
  let last: { graph: Graph; title: string } | undefined;
  let runs = 0;
  return {
    draw(request) {
      const events = request.events === undefined ? [] : parseEvents(request.events).events;
      const kubeVersion = request.kubeVersion === undefined ? undefined : parseKubeVersion(request.kubeVersion);
      // As the explorer does (gateway-api.ts): a manifest with Gateway API objects has their CRDs installed.
      const gatewayApi = holdsGatewayApi(request.manifest);
      const input = INPUT_MODES.find((mode) => mode === request.input) ?? 'auto';
      const cluster = buildCluster([{ name: SOURCE_NAME, text: request.manifest }], { events, gatewayApi, input, ...(kubeVersion === undefined ? {} : { kubeVersion }) });
      // The namespace the explorer would draw: the link's choice, else one when the cluster is too big for a screen.
      const { namespace } = graphScope(cluster, request.namespace);
      const graph = toGraph(cluster, namespace === undefined ? {} : { namespaces: [namespace] });
      const services = servicesOnScreen(cluster, graph).map((s) => `${s.namespace}/${s.name}`);
      const title = titleOf(services);
      last = { graph, title };
      const traced = packetTo(cluster, services, request.service);
      runs += 1;
      return {
        graph,
        svg: renderSvg(graph, { theme: request.theme, title }),
        ...(traced === undefined ? {} : { trace: traced }),
        packetKey: String(runs),
      };
    },
    restyle(theme) {
      return last === undefined ? undefined : renderSvg(last.graph, { theme, title: last.title });
    },
  };
}
