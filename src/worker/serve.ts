/**
 * The worker's side of the conversation: every request gets exactly one answer, a `failed` one when
 * the model throws, so the page never waits for an answer that will not come; and the worker says
 * when it starts a request and as a build moves on, so the page can tell slow from stuck.
 */
import type { ModelHost } from './model-host.ts';
import type { FailedResponse, WorkerRequest, WorkerResponse } from './protocol.ts';

/** What the worker needs of its global scope (a DedicatedWorkerGlobalScope, or a test's stand-in). */
export interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

/** The error's name and message, for the developer console: `TypeError: type is not iterable`. */
function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function failed(request: WorkerRequest, error: unknown): FailedResponse {
  return { type: 'failed', id: request.id, request: request.type, detail: describe(error) };
}

export function serveModel(scope: WorkerScope, host: ModelHost, now: () => number): void {
  scope.onmessage = (event) => {
    const request = event.data;
    const post = (message: WorkerResponse): void => scope.postMessage(message);
    post({ type: 'progress', id: request.id, stage: 'started' });
    try {
      const answer = host.handle(request, now, (stage) => post({ type: 'progress', id: request.id, stage }));
      // An answer that cannot be cloned fails as the model's own errors do.
      if (answer instanceof Promise) answer.then(post).catch((error: unknown) => post(failed(request, error)));
      else post(answer);
    } catch (error) {
      post(failed(request, error));
    }
  };
}
