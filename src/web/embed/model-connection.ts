/**
 * The embed's side of its model worker (src/worker/embed): one drawing, then a redraw in the
 * other theme when the page's colour scheme changes. A worker that fails (an `error` or
 * `messageerror` event, a `failed` answer) or stays silent past its budget rejects what it owes,
 * so the embed can say so instead of waiting for ever.
 */
import type { SvgTheme } from '../../present/svg/index.ts';
import type { DrawRequest, Drawing, EmbedRequest, EmbedResponse } from '../../worker/embed/protocol.ts';

/** What the connection needs of a Worker; a test passes a stand-in. */
export interface EmbedWorkerPort {
  onmessage: ((event: MessageEvent<EmbedResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: EmbedRequest): void;
  terminate(): void;
}

export class EmbedModelError extends Error {}

/**
 * Silence allowed while the worker draws, as the explorer's supervisor allows a build
 * (src/web/app/worker-supervisor.ts): 25 s whatever the size, and 5 s more per MiB of manifest.
 */
export const silenceBudget = (manifestLength: number): number => 25_000 + Math.round((5_000 * manifestLength) / 2 ** 20);

export interface EmbedModelClient {
  draw(request: Omit<DrawRequest, 'type' | 'id'>): Promise<Drawing>;
  restyle(theme: SvgTheme): Promise<string>;
}

interface Owed {
  readonly resolve: (response: EmbedResponse) => void;
  readonly reject: (error: Error) => void;
  readonly budget: number;
  timer?: ReturnType<typeof setTimeout>;
}

const spawnWorker = (): EmbedWorkerPort => new Worker(new URL('../../worker/embed/embed.worker.ts', import.meta.url), { type: 'module', name: 'kse-embed-model' });

export function connectEmbedModel(spawn: () => EmbedWorkerPort = spawnWorker): EmbedModelClient {
  const worker = spawn();
  const owed = new Map<number, Owed>();
  let counter = 0;

  const fail = (message: string): void => {
    worker.terminate();
    for (const request of owed.values()) {
      clearTimeout(request.timer);
      request.reject(new EmbedModelError(message));
    }
    owed.clear();
  };
  const hear = (id: number): Owed | undefined => {
    const request = owed.get(id);
    if (request === undefined) return undefined;
    clearTimeout(request.timer);
    request.timer = setTimeout(() => fail(`the simulator said nothing for ${Math.round(request.budget / 1000)} s`), request.budget);
    return request;
  };
  worker.onmessage = ({ data }) => {
    const request = hear(data.id);
    if (request === undefined || data.type === 'working') return;
    if (data.type === 'failed') {
      fail(data.detail);
      return;
    }
    clearTimeout(request.timer);
    owed.delete(data.id);
    request.resolve(data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fail(event.message || 'the simulator could not start');
  };
  worker.onmessageerror = () => fail('an answer of the simulator could not be read');

  function ask(request: EmbedRequest, budget: number): Promise<EmbedResponse> {
    return new Promise((resolve, reject) => {
      owed.set(request.id, { resolve, reject, budget });
      hear(request.id);
      worker.postMessage(request);
    });
  }

  return {
    async draw(request) {
      const answer = await ask({ type: 'draw', id: ++counter, ...request }, silenceBudget(request.manifest.length));
      if (answer.type !== 'drawn') throw new EmbedModelError(`unexpected answer ${answer.type}`);
      return answer.drawing;
    },
    async restyle(theme) {
      const answer = await ask({ type: 'restyle', id: ++counter, theme }, silenceBudget(0));
      if (answer.type !== 'restyled') throw new EmbedModelError(`unexpected answer ${answer.type}`);
      return answer.svg;
    },
  };
}
