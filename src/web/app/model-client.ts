/**
 * The page's side of the model worker. Builds are coalesced: while one is running, only the newest
 * text waits, so fast typing never queues stale builds; other questions carry an id and only the
 * answer to the newest is kept.
 */
import type { ProxyMode, RRType } from '../../model/index.ts';
import { changedNodes, type Graph } from '../../present/graph/index.ts';
import type { PacketQuestion, WorkerRequest, WorkerResponse } from '../../worker/protocol.ts';
import type { ExplorerStore } from '../store/index.ts';

export interface ModelClient {
  askDns(name: string, qtype: RRType, fromNamespace?: string): void;
  askDetails(key: string): void;
  askRules(mode: ProxyMode, node?: string): void;
  /** The challenges of the cluster on screen; `exampleId` picks its interview scenario. */
  askChallenges(exampleId: string, seed: string): void;
  /** What the timeline's events cost the control plane on a cluster of `nodes` Nodes. */
  askPropagation(nodes: number, endpointsPerService: number): void;
  /** Runs a terminal command against the cluster on screen; its events join the overlay. */
  runKubectl(line: string): void;
  /** Completions for the terminal's line, delivered to `onComplete`. */
  complete(line: string, onComplete: (start: number, candidates: readonly string[]) => void): void;
  dispose(): void;
}

const SOURCE_NAME = 'manifest.yaml';

export function connectModel(store: ExplorerStore): ModelClient {
  const worker = new Worker(new URL('../../worker/model.worker.ts', import.meta.url), { type: 'module' });
  let counter = 0;
  const latest: Record<WorkerRequest['type'], number> = { build: 0, dns: 0, details: 0, trace: 0, rules: 0, kubectl: 0, complete: 0, challenges: 0, propagation: 0 };
  let building = false;
  /** The packet the running build was asked to trace: its answer is stale once the user picks another. */
  let buildPacket: PacketQuestion | undefined;
  let pending = false;
  /** The graph on screen when the events changed: the next build's boxes are compared with it. */
  let beforeEvents: Graph | undefined;
  let onComplete: ((start: number, candidates: readonly string[]) => void) | undefined;

  const post = (request: WorkerRequest): void => {
    latest[request.type] = request.id;
    worker.postMessage(request);
  };
  const build = (): void => {
    if (building) {
      pending = true;
      return;
    }
    building = true;
    const { packet, text, events } = store.getState();
    buildPacket = packet;
    post({ type: 'build', id: ++counter, sources: [{ name: SOURCE_NAME, text }], events, ...(packet === undefined ? {} : { packet }) });
  };

  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const response = event.data;
    const state = store.getState();
    switch (response.type) {
      case 'built': {
        building = false;
        if (beforeEvents !== undefined && !pending) {
          state.markChanged(changedNodes(beforeEvents, response.graph));
          beforeEvents = undefined;
        }
        if (buildPacket === state.packet) state.receiveBuilt(response);
        else {
          state.receiveBuilt({ ...response, trace: undefined });
          if (state.packet !== undefined) post({ type: 'trace', id: ++counter, packet: state.packet });
        }
        if (pending) {
          pending = false;
          build();
        }
        return;
      }
      case 'kubectl':
        state.typed(response.line);
        state.receiveKubectl({ line: response.line, result: response.result });
        return;
      case 'challenges':
        if (response.id === latest.challenges) state.receiveChallenges({ interviews: response.interviews, challenges: response.challenges });
        return;
      case 'propagation':
        if (response.id === latest.propagation) state.receivePropagation(response);
        return;
      case 'complete':
        if (response.id === latest.complete) onComplete?.(response.start, response.candidates);
        return;
      case 'dns':
        if (response.id === latest.dns) state.receiveDns(response.text);
        return;
      case 'details':
        if (response.id === latest.details) state.receiveDetails(response);
        return;
      case 'trace':
        if (response.id === latest.trace) state.receiveTrace(response.result);
        return;
      case 'rules':
        if (response.id === latest.rules) state.receiveRules(response.result);
        return;
    }
  };

  build();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.events !== previous.events) {
      // A new manifest starts a new timeline: only events on the same text are worth highlighting.
      beforeEvents = state.text === previous.text ? state.lastGood?.graph : undefined;
      if (beforeEvents === undefined) state.markChanged(new Set());
      build();
    } else if (state.text !== previous.text) {
      if (state.changed.size > 0) state.markChanged(new Set());
      build();
    } else if (state.packet !== previous.packet && state.packet !== undefined) post({ type: 'trace', id: ++counter, packet: state.packet });
  });

  return {
    askDns(name, qtype, fromNamespace) {
      post({ type: 'dns', id: ++counter, name, qtype, ...(fromNamespace ? { fromNamespace } : {}) });
    },
    askDetails(key) {
      post({ type: 'details', id: ++counter, key });
    },
    askRules(mode, node) {
      post({ type: 'rules', id: ++counter, mode, ...(node === undefined ? {} : { node }) });
    },
    askChallenges(exampleId, seed) {
      post({ type: 'challenges', id: ++counter, exampleId, seed });
    },
    askPropagation(nodes, endpointsPerService) {
      post({ type: 'propagation', id: ++counter, nodes, endpointsPerService });
    },
    runKubectl(line) {
      post({ type: 'kubectl', id: ++counter, line, manifest: store.getState().text });
    },
    complete(line, callback) {
      onComplete = callback;
      post({ type: 'complete', id: ++counter, line });
    },
    dispose() {
      unsubscribe();
      worker.terminate();
    },
  };
}
