/**
 * The page's side of the model worker. Builds are coalesced: while one is running, only the newest
 * text waits, so fast typing never queues stale builds; other questions carry an id and only the
 * answer to the newest is kept.
 */
import type { ProxyMode, RRType } from '../../model/index.ts';
import type { PacketQuestion, WorkerRequest, WorkerResponse } from '../../worker/protocol.ts';
import type { ExplorerStore } from '../store/index.ts';

export interface ModelClient {
  askDns(name: string, qtype: RRType, fromNamespace?: string): void;
  askDetails(key: string): void;
  askRules(mode: ProxyMode, node?: string): void;
  dispose(): void;
}

const SOURCE_NAME = 'manifest.yaml';

export function connectModel(store: ExplorerStore): ModelClient {
  const worker = new Worker(new URL('../../worker/model.worker.ts', import.meta.url), { type: 'module' });
  let counter = 0;
  const latest: Record<WorkerRequest['type'], number> = { build: 0, dns: 0, details: 0, trace: 0, rules: 0 };
  let building = false;
  /** The packet the running build was asked to trace: its answer is stale once the user picks another. */
  let buildPacket: PacketQuestion | undefined;
  let pendingText: string | undefined;

  const post = (request: WorkerRequest): void => {
    latest[request.type] = request.id;
    worker.postMessage(request);
  };
  const build = (text: string): void => {
    if (building) {
      pendingText = text;
      return;
    }
    building = true;
    const { packet } = store.getState();
    buildPacket = packet;
    post({ type: 'build', id: ++counter, sources: [{ name: SOURCE_NAME, text }], ...(packet === undefined ? {} : { packet }) });
  };

  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const response = event.data;
    const state = store.getState();
    switch (response.type) {
      case 'built': {
        building = false;
        if (buildPacket === state.packet) state.receiveBuilt(response);
        else {
          state.receiveBuilt({ ...response, trace: undefined });
          if (state.packet !== undefined) post({ type: 'trace', id: ++counter, packet: state.packet });
        }
        if (pendingText !== undefined) {
          const next = pendingText;
          pendingText = undefined;
          build(next);
        }
        return;
      }
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

  build(store.getState().text);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.text !== previous.text) build(state.text);
    else if (state.packet !== previous.packet && state.packet !== undefined) post({ type: 'trace', id: ++counter, packet: state.packet });
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
    dispose() {
      unsubscribe();
      worker.terminate();
    },
  };
}
