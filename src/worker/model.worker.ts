/**
 * The model's Web Worker: builds clusters and answers DNS questions off the main thread.
 */
import { createModelHost } from './model-host.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

// The app is typed with the DOM library; inside a dedicated worker `self` is the worker's scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
};
const host = createModelHost();

scope.onmessage = (event) => {
  const answer = host.handle(event.data, () => performance.now());
  if (answer instanceof Promise) void answer.then((response) => scope.postMessage(response));
  else scope.postMessage(answer);
};
