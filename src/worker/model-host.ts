/**
 * The model behind the worker's messages: keeps the parse cache and the last cluster, so that an
 * edit re-parses only what changed and DNS questions are answered against what is on screen.
 */
import { buildCluster, createParseCache, resolve, resolveFrom, type Cluster } from '../model/index.ts';
import { toGraph } from '../present/graph/index.ts';
import { formatDig } from '../present/text/dig.ts';
import { formatGet } from '../present/text/get.ts';
import { findResourceType, type ResourceType } from '../present/text/resources.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

const TABLE_TYPES: readonly ResourceType[] = ['services', 'endpoints', 'endpointslices']
  .map((name) => findResourceType(name))
  .filter((type): type is ResourceType => type !== undefined);

export interface ModelHost {
  handle(request: WorkerRequest, now: () => number): WorkerResponse;
}

export function createModelHost(): ModelHost {
  const cache = createParseCache();
  let cluster: Cluster = buildCluster([], { cache });
  return {
    handle(request, now) {
      if (request.type === 'build') {
        const started = now();
        cluster = buildCluster(request.sources, { cache });
        const get = formatGet(cluster, { types: TABLE_TYPES, names: [], namespace: 'default', allNamespaces: true, selector: [], output: 'wide' });
        return {
          type: 'built',
          id: request.id,
          diagnostics: cluster.diagnostics,
          summary: {
            services: cluster.services.length,
            pods: cluster.pods.length,
            endpointSlices: cluster.endpointSlices.length,
            namespaces: cluster.namespaces.map((n) => n.object.metadata?.name ?? ''),
          },
          tables: get.stdout,
          graph: toGraph(cluster),
          millis: now() - started,
        };
      }
      const question = { name: request.name, type: request.qtype };
      const response = request.fromNamespace ? resolveFrom(cluster, question, request.fromNamespace) : resolve(cluster, question);
      return { type: 'dns', id: request.id, text: formatDig(response) };
    },
  };
}
