/**
 * A stand-in for the model worker in unit tests: records what the page sends, and lets the test
 * answer, report progress, throw or stay silent, as the real worker might.
 */
import type { WorkerRequest, WorkerResponse } from '../../../worker/protocol.ts';
import type { WorkerPort } from '../worker-supervisor.ts';

export interface FakeWorker extends WorkerPort {
  readonly received: WorkerRequest[];
  terminated: boolean;
  reply(message: WorkerResponse): void;
  /** An uncaught error in the worker, as the page's Worker object reports it. */
  crash(message: string): { defaultPrevented: boolean };
}

export function fakeWorker(): FakeWorker {
  const worker: FakeWorker = {
    received: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(message) {
      if (!worker.terminated) worker.received.push(message);
    },
    terminate() {
      worker.terminated = true;
    },
    reply(message) {
      if (!worker.terminated) worker.onmessage?.({ data: message } as MessageEvent<WorkerResponse>);
    },
    crash(message) {
      const event = { message, defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      worker.onerror?.(event as unknown as ErrorEvent);
      return event;
    },
  };
  return worker;
}

/** Every worker the page made, newest last. */
export function workerFactory(): { readonly spawned: FakeWorker[]; spawn(): FakeWorker; readonly current: FakeWorker } {
  const spawned: FakeWorker[] = [];
  return {
    spawned,
    spawn() {
      const worker = fakeWorker();
      spawned.push(worker);
      return worker;
    },
    get current() {
      const worker = spawned.at(-1);
      if (worker === undefined) throw new Error('no worker was spawned');
      return worker;
    },
  };
}
