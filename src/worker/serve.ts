/**
 * The worker's side of the conversation: every request gets exactly one answer, a `failed` one when
 * the model throws, so the page never waits for an answer that will not come; and the worker says
 * when it starts a request and as a build moves on, so the page can tell slow from stuck.
 */
import type { ModelHost } from './model-host.ts';
import { answerSender, type ResponseDelivery } from './answer-delivery.ts';
import type { FailedResponse, WireRequest, WorkerRequest, WorkerResponse } from './protocol.ts';
import { sourceReceiver } from './text-delivery.ts';

/** What the worker needs of its global scope (a DedicatedWorkerGlobalScope, or a test's stand-in). */
export interface WorkerScope {
  onmessage: ((event: MessageEvent<WireRequest>) => void) | null;
  postMessage(message: ResponseDelivery): void;
}

/** Reads a file the page sent as FileReader does on the page; a test without files needs none. */
export type ReadFileText = (file: Blob) => string;

const noFiles: ReadFileText = () => {
  throw new Error('this worker cannot read files');
};

/** The error's name and message, for the developer console: `TypeError: type is not iterable`. */
function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function failed(request: WireRequest, error: unknown): FailedResponse {
  return { type: 'failed', id: request.id, request: request.type, detail: describe(error) };
}

export function serveModel(scope: WorkerScope, host: ModelHost, now: () => number, readText: ReadFileText = noFiles): void {
  const receive = sourceReceiver(readText);
  const deliver = answerSender();
  const requestOf = (wire: WireRequest): WorkerRequest => (wire.type === 'build' ? { ...wire, sources: receive(wire.sources) } : wire);
  scope.onmessage = (event) => {
    const wire = event.data;
    const post = (message: WorkerResponse): void => scope.postMessage(deliver(message));
    // A quiet build's answer is the page's own (web/app/in-page-builds.ts): only a failure is told.
    const quiet = wire.type === 'build' && wire.quiet === true;
    if (!quiet) post({ type: 'progress', id: wire.id, stage: 'started' });
    try {
      const request = requestOf(wire);
      if (quiet) {
        void host.handle(request, now);
        return;
      }
      const answer = host.handle(request, now, (stage) => post({ type: 'progress', id: request.id, stage }));
      // An answer that cannot be cloned fails as the model's own errors do.
      if (answer instanceof Promise) answer.then(post).catch((error: unknown) => post(failed(wire, error)));
      else post(answer);
    } catch (error) {
      post(failed(wire, error));
    }
  };
}
