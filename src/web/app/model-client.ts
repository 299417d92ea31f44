/**
 * The page's side of the model worker. Builds are coalesced: while one is running, only the newest
 * text waits, so fast typing never queues stale builds; other questions carry an id and only the
 * answer to the newest is kept. The worker is supervised (worker-supervisor.ts): when it fails or
 * hangs it is replaced, the cluster is rebuilt from the text on screen, and the page says so.
 */
import type { ProxyMode, RRType } from '../../model/index.ts';
// From its module, not the index: the index leads to the layout, which the page loads only for focus mode.
import { changedNodes } from '../../present/graph/changes.ts';
import type { Graph } from '../../present/graph/index.ts';
import type { BuildRequest, WorkerAnswer, WorkerRequest, WorkStage } from '../../worker/protocol.ts';
import type { ExplorerStore, WorkerTrouble } from '../store/index.ts';
import { createRecovery, type Strike, type Verdict } from './recovery.ts';
import { pageModel, withInPageBuilds } from './in-page-builds.ts';
import { spawnModelWorker } from './model-worker.ts';
import { superviseWorker, type SupervisorOptions, type WorkerFailure, type WorkerPort } from './worker-supervisor.ts';
import { DEFAULT_KUBE_VERSION } from '../../model/versions/kube-version.ts';

export interface ModelClient {
  askDns(name: string, qtype: RRType, fromNamespace?: string): void;
  askDetails(key: string): void;
  askRules(mode: ProxyMode, node?: string): void;
  /** The kubectl tab's live tables, for the cluster on screen. */
  askTables(): void;
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

export interface ConnectOptions {
  /** Makes the worker; a test passes a stand-in. */
  readonly spawn?: () => WorkerPort;
  readonly supervisor?: Omit<SupervisorOptions, 'spawn'>;
}

const SOURCE_NAME = 'manifest.yaml';
/** A build answered sooner than this is never shown as in progress: typing would flicker. */
const PROGRESS_DELAY_MS = 400;

/** The notice for a build the worker was stopped on. */
const buildStopped = (strike: Strike): WorkerTrouble => ({ kind: 'build-stopped', hung: strike.kind === 'hung', seconds: Math.round(strike.silentFor / 1000) });

/** What the page tells the user after a failure, from what failed and what the policy decided. */
function troubleOf(failure: WorkerFailure, verdict: Verdict, onScreen: string): WorkerTrouble {
  const { blamed, kind, silentFor } = failure;
  if (verdict.halted) return { kind: 'halted' };
  if (blamed === undefined || verdict.retry) return { kind: 'restarted' };
  if (blamed.type === 'build') {
    // Stopped on an earlier text: the one on screen is built afresh.
    if (blamed.sources[0]?.text !== onScreen) return { kind: 'restarted' };
    return buildStopped({ request: blamed, kind, silentFor, refused: true });
  }
  return { kind: 'question-stopped', question: blamed.type };
}

export function connectModel(store: ExplorerStore, options: ConnectOptions = {}): ModelClient {
  let counter = 0;
  const latest: Record<WorkerRequest['type'], number> = { build: 0, dns: 0, details: 0, trace: 0, rules: 0, tables: 0, kubectl: 0, complete: 0, challenges: 0, propagation: 0 };
  const recovery = createRecovery();
  /** The build the worker is on; a newer text waits for it (`pending`). */
  let building: BuildRequest | undefined;
  /** The revision of the text `building` sends. */
  let buildingRevision: number | undefined;
  let pending = false;
  /** Shows the running build's progress once it has taken longer than a moment. */
  let progressTimer: ReturnType<typeof setTimeout> | undefined;
  let stage: WorkStage | 'queued' = 'queued';
  /** Set by the user's next edit after a failure: the build of that edit clears the notice. */
  let clearTroubleOnBuilt = false;
  /** The graph on screen when the events changed: the next build's boxes are compared with it. */
  let beforeEvents: Graph | undefined;
  let onComplete: ((start: number, candidates: readonly string[]) => void) | undefined;
  /** Cleared by a failure: the failed worker may have been unable to read the file (changed on disk since). */
  let filesReadable = true;

  // Typing is built on the page once it can be (in-page-builds.ts), the rest by the worker.
  const spawn = options.spawn ?? (() => withInPageBuilds(spawnModelWorker(), pageModel));
  const worker = superviseWorker({ spawn, ...options.supervisor }, { answer, progress, failed });

  function post(request: WorkerRequest): void {
    if (recovery.refusal(request) !== undefined) return;
    latest[request.type] = request.id;
    worker.post(request);
  }

  function showProgress(): void {
    if (building === undefined) return;
    store.getState().setProgress({ stage, since: Date.now() - PROGRESS_DELAY_MS, size: building.sources[0]?.text.length ?? 0 });
  }

  function endBuild(): void {
    building = undefined;
    buildingRevision = undefined;
    clearTimeout(progressTimer);
    progressTimer = undefined;
    if (store.getState().progress !== undefined) store.getState().setProgress(undefined);
  }

  function build(): void {
    if (building !== undefined) {
      pending = true;
      return;
    }
    if (recovery.halted) return;
    const { packet, text, textRevision, textFile, events, inputMode, kubeVersion, gatewayApi, graphNamespace } = store.getState();
    const request: WorkerRequest = {
      type: 'build',
      id: ++counter,
      // The file the text was read from: the worker can read it itself rather than be sent megabytes.
      sources: [{ name: SOURCE_NAME, text, ...(textFile !== undefined && filesReadable && { file: textFile }) }],
      events,
      ...(packet === undefined ? {} : { packet }),
      ...(inputMode === 'auto' ? {} : { input: inputMode }),
      ...(kubeVersion === DEFAULT_KUBE_VERSION ? {} : { kubeVersion }),
      ...(gatewayApi === undefined ? {} : { gatewayApi }),
      ...(graphNamespace === undefined ? {} : { namespace: graphNamespace }),
    };
    // The worker was stopped on this very input: the graph stays as it is until the user changes it.
    const refusal = recovery.refusal(request);
    if (refusal !== undefined) {
      store.getState().setTrouble(buildStopped(refusal));
      return;
    }
    building = request;
    buildingRevision = textRevision;
    stage = 'queued';
    progressTimer = setTimeout(showProgress, PROGRESS_DELAY_MS);
    post(request);
  }

  function progress(id: number, next: WorkStage): void {
    if (id !== building?.id) return;
    stage = next;
    if (store.getState().progress !== undefined) showProgress();
  }

  function receiveBuilt(response: Extract<WorkerAnswer, { type: 'built' }>): void {
    const state = store.getState();
    const asked = building;
    const revision = buildingRevision;
    endBuild();
    if (clearTroubleOnBuilt) {
      clearTroubleOnBuilt = false;
      state.setTrouble(undefined);
    }
    if (beforeEvents !== undefined && !pending) {
      state.markChanged(changedNodes(beforeEvents, response.graph));
      beforeEvents = undefined;
    }
    // The packet the build traced is stale once the user picked another.
    if (asked?.packet === state.packet) state.receiveBuilt(response, revision);
    else {
      state.receiveBuilt({ ...response, trace: undefined }, revision);
      if (state.packet !== undefined) post({ type: 'trace', id: ++counter, packet: state.packet });
    }
    if (pending) {
      pending = false;
      build();
    }
  }

  function answer(response: WorkerAnswer): void {
    const state = store.getState();
    switch (response.type) {
      case 'built':
        receiveBuilt(response);
        return;
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
      case 'tables':
        if (response.id === latest.tables) state.receiveTables(response.text);
        return;
    }
  }

  /**
   * The worker failed and a fresh one took its place: 1. decide whether to try the request again;
   * 2. say what happened; 3. rebuild the text on screen; 4. ask the unanswered questions again.
   */
  function failed(failure: WorkerFailure): void {
    const verdict = recovery.record(failure, Date.now());
    console.warn(`The model worker was restarted (${failure.kind}): ${failure.detail}`);
    filesReadable = false;
    endBuild();
    pending = false;
    clearTroubleOnBuilt = false;
    store.getState().setTrouble(troubleOf(failure, verdict, store.getState().text));
    if (verdict.halted) return;
    build();
    const { blamed } = failure;
    const again = [...failure.unanswered, ...(blamed !== undefined && verdict.retry ? [blamed] : [])];
    // Only the newest question of each kind is still wanted; every kubectl command is.
    for (const request of again) {
      if (request.type !== 'build' && (request.type === 'kubectl' || request.id === latest[request.type])) post(request);
    }
  }

  build();
  const unsubscribe = store.subscribe((state, previous) => {
    const textEdited = state.textRevision !== previous.textRevision;
    const edited = textEdited || state.events !== previous.events;
    if (edited && state.trouble !== undefined) {
      recovery.resume();
      clearTroubleOnBuilt = true;
    }
    if (state.events !== previous.events) {
      // A new manifest starts a new timeline: only events on the same text are worth highlighting.
      beforeEvents = textEdited ? undefined : state.lastGood?.graph;
      if (beforeEvents === undefined) state.markChanged(new Set());
      build();
    } else if (textEdited || state.inputMode !== previous.inputMode || state.kubeVersion !== previous.kubeVersion || state.gatewayApi !== previous.gatewayApi) {
      if (state.changed.size > 0) state.markChanged(new Set());
      build();
    } else if (state.graphNamespace !== previous.graphNamespace) {
      // Another namespace of the same cluster: the worker draws it without building the cluster again.
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
    askTables() {
      post({ type: 'tables', id: ++counter });
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
      endBuild();
      worker.dispose();
    },
  };
}
