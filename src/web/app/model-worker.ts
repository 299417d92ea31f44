/**
 * The model worker, started as early as the page can: main.tsx spawns it before React and the
 * explorer's chunks have loaded, so that the worker downloads and compiles its bundle alongside
 * them, and the first build is answered as soon as the explorer asks. The explorer's connection
 * takes that worker the first time, and spawns a fresh one after a failure.
 */
import { answerReceiver, type ResponseDelivery } from '../../worker/answer-delivery.ts';
import type { WorkerRequest, WorkerResponse } from '../../worker/protocol.ts';
import { sourceSender } from '../../worker/text-delivery.ts';
import { answersInTurn, isLargeAnswer } from './answers-in-turn.ts';
import { portOver, type WorkerPort } from './worker-supervisor.ts';

let early: Worker | undefined;

function spawn(): Worker {
  return new Worker(new URL('../../worker/model.worker.ts', import.meta.url), { type: 'module' });
}

/** Starts the worker ahead of the connection that will use it. */
export function spawnModelWorkerEarly(): void {
  early ??= spawn();
}

/**
 * The worker, sent each build's texts as deliveries (text-delivery.ts) rather than whole, its
 * answers made whole again (answer-delivery.ts) and handed on in turn (answers-in-turn.ts).
 */
function delivering(worker: Worker): WorkerPort {
  const send = sourceSender();
  const receive = answerReceiver();
  const { port, deliver } = portOver(
    worker,
    (request: WorkerRequest) => worker.postMessage(request.type === 'build' ? { ...request, sources: send(request.sources) } : request),
    () => worker.terminate(),
  );
  const handOn = answersInTurn((data: WorkerResponse) => deliver(new MessageEvent('message', { data })), isLargeAnswer);
  worker.onmessage = (event: MessageEvent<ResponseDelivery>) => {
    let data;
    try {
      data = receive(event.data);
    } catch {
      worker.onmessageerror?.(event);
      return;
    }
    handOn(data);
  };
  return port;
}

/** The early worker, once; otherwise a new one. */
export function spawnModelWorker(): WorkerPort {
  const worker = early ?? spawn();
  early = undefined;
  return delivering(worker);
}
