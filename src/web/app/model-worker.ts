/**
 * The model worker, started as early as the page can: main.tsx spawns it before React and the
 * explorer's chunks have loaded, so that the worker downloads and compiles its bundle alongside
 * them, and the first build is answered as soon as the explorer asks. The explorer's connection
 * takes that worker the first time, and spawns a fresh one after a failure.
 */
let early: Worker | undefined;

function spawn(): Worker {
  return new Worker(new URL('../../worker/model.worker.ts', import.meta.url), { type: 'module' });
}

/** Starts the worker ahead of the connection that will use it. */
export function spawnModelWorkerEarly(): void {
  early ??= spawn();
}

/** The early worker, once; otherwise a new one. */
export function spawnModelWorker(): Worker {
  const worker = early ?? spawn();
  early = undefined;
  return worker;
}
