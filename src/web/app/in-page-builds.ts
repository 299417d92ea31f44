/**
 * Typing in a small manifest is built on the page's own thread. A worker's answer always came a
 * frame late: the keystroke's task ends with the editor's frame already due, so the answer's
 * message waited behind that frame, and the graph was painted one frame after the text (about
 * 31 ms from key to graph on the guide's examples, whatever the worker's speed). Built here, in the
 * keystroke's own task, the graph is committed before that frame and painted with the text.
 *
 * Only typing, and only where it is cheap: a build whose text differs from the last one built by
 * at most TYPING_CHANGE characters, after a build that took the model at most IN_PAGE_BUILD_MS.
 * Everything else (an example, a paste, a file, a dump, a slow build) goes to the worker, where a
 * long build cannot hold the page, as do all questions. Before a question, the worker is brought up
 * to the text built here with a quiet build (protocol.ts), so it answers about what is on screen.
 */
import { changedRange } from '../../model/index.ts';
import type { ModelHost } from '../../worker/model-host.ts';
import type { BuildRequest, WorkerResponse } from '../../worker/protocol.ts';
import { portOver, type WorkerPort } from './worker-supervisor.ts';

/** The most characters an edit may replace or insert and still be typing rather than a new text. */
export const TYPING_CHANGE = 256;
/**
 * The model time of the last build (the answer's `millis`) up to which the next is built on the
 * page. The editor and React take about 10 ms of the keystroke's task: with a build of up to 10 ms
 * more, text and graph are painted together well before the worker's answer would have been (two
 * frames, 33 ms), and the editor's echo of the key is late by no more than the build.
 */
export const IN_PAGE_BUILD_MS = 10;

/** The model host of the page's thread, once its code has loaded; undefined until then. */
export interface PageModel {
  readonly host: ModelHost | undefined;
  /** Stops building on the page for good, after the host threw. */
  close(): void;
}

/** Whether `after` is `before` with at most TYPING_CHANGE characters replaced in one place. */
export function isTyping(before: string, after: string): boolean {
  const { start, beforeEnd, afterEnd } = changedRange(before, after);
  return beforeEnd - start <= TYPING_CHANGE && afterEnd - start <= TYPING_CHANGE;
}

/** The last build answered, by either thread: the text it built and what it cost the model. */
interface LastBuild {
  readonly text: string;
  readonly millis: number;
}

const textOf = (request: BuildRequest): string | undefined => (request.sources.length === 1 && request.sources[0]?.file === undefined ? request.sources[0]?.text : undefined);

/** The worker's port, with typing answered on the page (see above). */
export function withInPageBuilds(worker: WorkerPort, model: PageModel, now: () => number = () => performance.now()): WorkerPort {
  let last: LastBuild | undefined;
  /** The texts of the builds the worker owes, by id: their answers say what the build cost. */
  const sent = new Map<number, string>();
  /** The newest build answered on the page that the worker has not built. */
  let unsynced: BuildRequest | undefined;

  const { port, deliver } = portOver(
    worker,
    (request) => {
      if (request.type === 'build') {
        const host = model.host;
        const text = textOf(request);
        if (host !== undefined && text !== undefined && onPage(text)) buildOnPage(request, text, host);
        else {
          unsynced = undefined;
          toWorker(request);
        }
        return;
      }
      if (unsynced !== undefined) worker.postMessage({ ...unsynced, quiet: true });
      unsynced = undefined;
      worker.postMessage(request);
    },
    () => worker.terminate(),
  );

  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const text = sent.get(message.id);
    if (text !== undefined && message.type !== 'progress') {
      sent.delete(message.id);
      if (message.type === 'built') last = { text, millis: message.millis };
    }
    deliver(event);
  };

  function onPage(text: string): boolean {
    return last !== undefined && last.millis <= IN_PAGE_BUILD_MS && isTyping(last.text, text);
  }

  function toWorker(request: BuildRequest): void {
    sent.set(request.id, textOf(request) ?? '');
    worker.postMessage(request);
  }

  function buildOnPage(request: BuildRequest, text: string, host: ModelHost): void {
    unsynced = request;
    // In a microtask: still before the keystroke's frame, but after the caller's own bookkeeping.
    queueMicrotask(() => {
      let answer;
      try {
        answer = host.handle(request, now);
      } catch {
        // The worker meets the same error and the supervisor recovers as it does for any build.
        model.close();
        if (unsynced === request) unsynced = undefined;
        toWorker(request);
        return;
      }
      if (answer.type === 'built') last = { text, millis: answer.millis };
      deliver(new MessageEvent('message', { data: answer }));
    });
  }

  return port;
}

let pageHost: ModelHost | undefined;
let loading = false;
let closed = false;

/** The page's model host, loaded by loadPageModel. */
export const pageModel: PageModel = {
  get host() {
    return closed ? undefined : pageHost;
  },
  close() {
    closed = true;
  },
};

/** Texts up to this long are built once as the host starts; typing in a longer one is rarely cheap enough for the page. */
const WARM_TEXT = 64 * 1024;

/**
 * Loads the model's code into the page, once the page is idle: compiling it holds the thread for
 * a moment, so the page asks for it once the editor is ready (App.tsx), not before the first graph.
 * Each step is an idle task of its own: the code; the host, which builds the cluster's built-in
 * objects as it starts; and a first build of the text on screen, the slowest a host makes (its
 * code compiles as it runs), so that no keystroke waits for it.
 */
export function loadPageModel(textOnScreen: () => string): void {
  if (loading) return;
  loading = true;
  const load = (): void => {
    import('../../worker/model-host.ts').then(
      ({ createModelHost }) => {
        whenIdle(() => {
          const host = createModelHost();
          whenIdle(() => {
            const text = textOnScreen();
            if (text.length <= WARM_TEXT) host.handle({ type: 'build', id: 0, events: [], sources: [{ name: 'manifest.yaml', text }] }, () => performance.now());
            pageHost = host;
          });
        });
      },
      () => {
        // Not loaded (offline after an update, say): every build stays with the worker.
      },
    );
  };
  whenIdle(load);
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5_000 });
  else setTimeout(run);
}
