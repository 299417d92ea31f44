/**
 * Keeps the model worker answering. A worker that fails (an `error` or `messageerror` event, a
 * `failed` answer) or falls silent while it owes answers is terminated and replaced by a fresh one,
 * and the caller is told which request it was on and which others went unanswered.
 *
 * A worker cannot say "still busy" from inside a long synchronous build, so silence is measured
 * between signs of life: every message counts, and the worker sends one as it starts each request
 * and as each stage of a build ends (src/worker/serve.ts). The time allowed grows with the size of
 * the text being built, so a big manifest on a slow machine is given time, and a hung one is not
 * given forever.
 */
import type { WorkerAnswer, WorkerRequest, WorkerResponse, WorkStage } from '../../worker/protocol.ts';

/** What the supervisor needs of a Worker; a test passes a stand-in. */
export interface WorkerPort {
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: WorkerRequest): void;
  terminate(): void;
}

/**
 * A port over `inner` that sends with `postMessage`, hears its own messages (`deliver`, fed by the
 * wrapper), and passes the inner worker's errors through as they are.
 */
export function portOver(
  inner: Pick<WorkerPort, 'onerror' | 'onmessageerror'>,
  postMessage: (request: WorkerRequest) => void,
  terminate: () => void,
): { port: WorkerPort; deliver: (event: MessageEvent<WorkerResponse>) => void } {
  let onmessage: WorkerPort['onmessage'] = null;
  const port: WorkerPort = {
    get onmessage() {
      return onmessage;
    },
    set onmessage(handler) {
      onmessage = handler;
    },
    get onerror() {
      return inner.onerror;
    },
    set onerror(handler) {
      inner.onerror = handler;
    },
    get onmessageerror() {
      return inner.onmessageerror;
    },
    set onmessageerror(handler) {
      inner.onmessageerror = handler;
    },
    postMessage,
    terminate,
  };
  return { port, deliver: (event) => onmessage?.(event) };
}

export type FailureKind =
  /** The worker threw, could not be read, or said it could not answer. */
  | 'crashed'
  /** The worker owed answers and said nothing for longer than the size of its work allows. */
  | 'hung';

export interface WorkerFailure {
  readonly kind: FailureKind;
  /** The request the worker was working on, if any. */
  readonly blamed: WorkerRequest | undefined;
  /** The other requests it had not answered, in the order they were sent: a fresh worker needs them again. */
  readonly unanswered: readonly WorkerRequest[];
  /** How long the worker was silent before it was stopped, in ms. */
  readonly silentFor: number;
  /** What went wrong, for the developer console; never shown on the page. */
  readonly detail: string;
}

export interface SupervisorHandlers {
  answer(answer: WorkerAnswer): void;
  /** The worker started on request `id`, or a stage of that build ended. */
  progress(id: number, stage: WorkStage): void;
  /** Called after the failed worker has been replaced: the fresh one has built nothing yet. */
  failed(failure: WorkerFailure): void;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): ReturnType<typeof setTimeout>;
  clearTimeout(handle: ReturnType<typeof setTimeout>): void;
}

export interface SupervisorOptions {
  readonly spawn: () => WorkerPort;
  readonly now?: () => number;
  readonly timers?: Timers;
  /** How long the worker may stay silent while it works on `request`, in ms. */
  readonly silenceBudget?: (request: WorkerRequest) => number;
}

export interface SupervisedWorker {
  post(request: WorkerRequest): void;
  dispose(): void;
}

/**
 * Silence allowed whatever the size: a small build takes milliseconds, but a busy 2-core machine
 * can stall a worker for seconds, and the first learning question loads its code.
 */
export const BASE_SILENCE_MS = 25_000;
/**
 * More per MiB of text: a 9.7 MiB dump builds here in 10–14 s in all, its longest stage well under
 * half of that, so 5 s a MiB leaves the slowest stage several times the time it needs.
 */
export const SILENCE_PER_MIB_MS = 5_000;

/** The characters of text a request makes the worker read: a build's sources, `kubectl apply`'s manifest. */
function textSize(request: WorkerRequest): number {
  if (request.type === 'build') return request.sources.reduce((sum, source) => sum + source.text.length, 0);
  if (request.type === 'kubectl') return request.manifest.length;
  return 0;
}

export function silenceBudget(request: WorkerRequest): number {
  return BASE_SILENCE_MS + Math.round((SILENCE_PER_MIB_MS * textSize(request)) / 2 ** 20);
}

const browserTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle),
};

export function superviseWorker(options: SupervisorOptions, handlers: SupervisorHandlers): SupervisedWorker {
  const { spawn, now = () => performance.now(), timers = browserTimers, silenceBudget: budgetOf = silenceBudget } = options;
  /** Requests sent and not answered, in the order they were sent. */
  const owed = new Map<number, WorkerRequest>();
  /** The request the worker last said it was working on. */
  let working: number | undefined;
  let lastSign = now();
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let port = start();

  function start(): WorkerPort {
    const started = spawn();
    started.onmessage = (event) => {
      if (port === started) hear(event.data);
    };
    started.onerror = (event) => {
      // Handled here: left alone, the worker's uncaught error would be reported as the page's own.
      event.preventDefault();
      // A worker script that cannot load reports an error without a message.
      if (port === started) fail('crashed', event.message || 'the worker could not run');
    };
    started.onmessageerror = () => {
      if (port === started) fail('crashed', 'a message from the worker could not be read');
    };
    return started;
  }

  function budget(): number {
    let most = 0;
    for (const request of owed.values()) most = Math.max(most, budgetOf(request));
    return most;
  }

  /** Restarts the watchdog from the last sign of life, while answers are owed. */
  function arm(): void {
    if (watchdog !== undefined) timers.clearTimeout(watchdog);
    watchdog = undefined;
    if (owed.size === 0) return;
    const allowed = budget();
    watchdog = timers.setTimeout(
      () => {
        watchdog = undefined;
        const silent = now() - lastSign;
        if (silent >= allowed) fail('hung', `no word from the worker for ${Math.round(silent)} ms`, silent);
        else arm();
      },
      Math.max(0, lastSign + allowed - now()),
    );
  }

  function hear(message: WorkerResponse): void {
    lastSign = now();
    switch (message.type) {
      case 'progress':
        working = message.id;
        handlers.progress(message.id, message.stage);
        break;
      case 'failed':
        fail('crashed', message.detail, 0, message.id);
        return;
      default:
        owed.delete(message.id);
        if (working === message.id) working = undefined;
        handlers.answer(message);
    }
    arm();
  }

  /** 1. Take stock of what was owed; 2. replace the worker; 3. tell the caller, who asks again. */
  function fail(kind: FailureKind, detail: string, silentFor = 0, blamedId?: number): void {
    const id = blamedId ?? working ?? owed.keys().next().value;
    const blamed = id === undefined ? undefined : owed.get(id);
    const unanswered = [...owed.values()].filter((request) => request !== blamed);
    port.terminate();
    owed.clear();
    working = undefined;
    lastSign = now();
    port = start();
    arm();
    handlers.failed({ kind, blamed, unanswered, silentFor, detail });
  }

  return {
    post(request) {
      // An idle worker's silence is not the worker's: the clock starts with the request.
      if (owed.size === 0) lastSign = now();
      owed.set(request.id, request);
      port.postMessage(request);
      arm();
    },
    dispose() {
      if (watchdog !== undefined) timers.clearTimeout(watchdog);
      watchdog = undefined;
      owed.clear();
      port.terminate();
    },
  };
}
