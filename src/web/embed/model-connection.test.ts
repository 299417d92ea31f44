import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Drawing, EmbedRequest, EmbedResponse } from '../../worker/embed/protocol.ts';
import { connectEmbedModel, EmbedModelError, silenceBudget, type EmbedWorkerPort } from './model-connection.ts';

/** A worker that answers as the test tells it to. */
function standIn() {
  const sent: EmbedRequest[] = [];
  const terminate = vi.fn();
  const port: EmbedWorkerPort = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage: (message) => sent.push(message),
    terminate,
  };
  const reply = (response: EmbedResponse): void => port.onmessage?.({ data: response } as MessageEvent<EmbedResponse>);
  return { port, sent, reply, terminate };
}

const DRAWING = { graph: { nodes: [], edges: [], width: 0, height: 0 }, svg: '<svg/>', packetKey: '1' } as unknown as Drawing;

describe('the embed’s connection to its worker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks for a drawing and a restyle, and gets them', async () => {
    const worker = standIn();
    const model = connectEmbedModel(() => worker.port);
    const drawn = model.draw({ manifest: 'x', theme: 'light', service: 'a/b' });
    expect(worker.sent).toEqual([{ type: 'draw', id: 1, manifest: 'x', theme: 'light', service: 'a/b' }]);
    worker.reply({ type: 'working', id: 1 });
    worker.reply({ type: 'drawn', id: 1, drawing: DRAWING });
    await expect(drawn).resolves.toBe(DRAWING);
    const restyled = model.restyle('dark');
    worker.reply({ type: 'restyled', id: 2, theme: 'dark', svg: '<svg id="dark"/>' });
    await expect(restyled).resolves.toBe('<svg id="dark"/>');
  });

  it('gives up on a worker that fails, and stops it', async () => {
    const worker = standIn();
    const drawn = connectEmbedModel(() => worker.port).draw({ manifest: 'x', theme: 'light' });
    worker.reply({ type: 'failed', id: 1, detail: 'TypeError: boom' });
    await expect(drawn).rejects.toThrow(new EmbedModelError('TypeError: boom'));
    expect(worker.terminate).toHaveBeenCalled();
  });

  it('gives up on a worker silent past its budget; every sign of life starts the budget again', async () => {
    const worker = standIn();
    const drawn = connectEmbedModel(() => worker.port).draw({ manifest: 'x', theme: 'light' });
    const failed = vi.fn();
    drawn.catch(failed);
    await vi.advanceTimersByTimeAsync(silenceBudget(1) - 1);
    worker.reply({ type: 'working', id: 1 });
    await vi.advanceTimersByTimeAsync(silenceBudget(1) - 1);
    expect(failed).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2);
    expect(failed).toHaveBeenCalledWith(expect.any(EmbedModelError));
    expect(worker.terminate).toHaveBeenCalled();
  });

  it('gives a larger manifest more time', () => {
    expect(silenceBudget(0)).toBe(25_000);
    expect(silenceBudget(2 ** 21)).toBe(35_000);
  });
});
