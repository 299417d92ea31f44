import { describe, expect, it } from 'vitest';
import { createModelHost, type ModelHost } from './model-host.ts';
import type { ResponseDelivery } from './answer-delivery.ts';
import type { WireRequest, WorkerRequest } from './protocol.ts';
import { serveModel, type WorkerScope } from './serve.ts';

function serve(host: ModelHost = createModelHost()) {
  const posted: ResponseDelivery[] = [];
  const scope: WorkerScope = { onmessage: null, postMessage: (message) => void posted.push(message) };
  serveModel(scope, host, () => 0);
  const send = (request: WireRequest): void => scope.onmessage?.({ data: request } as MessageEvent<WireRequest>);
  return { posted, send };
}

const build = (id: number, text: string): WorkerRequest => ({ type: 'build', id, events: [], sources: [{ name: 'manifest.yaml', text }] });

describe('the worker loop', () => {
  it('says when it starts a build and as each stage ends, then answers', () => {
    const { posted, send } = serve();
    send(build(1, 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: 80}]\n'));
    expect(posted.map((m) => (m.type === 'progress' ? m.stage : m.type))).toEqual(['started', 'admitting', 'controllers', 'views', 'built']);
    expect(posted.every((m) => m.id === 1)).toBe(true);
  });

  it('builds a quiet build without a word, and answers the next question about its cluster', () => {
    const { posted, send } = serve();
    send({ ...build(1, 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports: [{port: 80}]\n'), quiet: true } as WireRequest);
    expect(posted).toEqual([]);
    send({ type: 'dns', id: 2, name: 'web.default.svc.cluster.local', qtype: 'A' });
    const answer = posted.at(-1);
    expect(answer?.type).toBe('dns');
    expect(answer?.type === 'dns' && answer.text).toMatch(/web\.default\.svc\.cluster\.local\.\s+\d+\s+IN\s+A\s+10\./);
  });

  it('tells of a quiet build that fails, so that the page replaces a worker it cannot keep up to date', () => {
    const { posted, send } = serve();
    send({ type: 'build', id: 1, events: [], quiet: true, sources: [{ name: 'manifest.yaml', edit: { start: 0, end: 0, insert: 'x', base: 4 } }] });
    expect(posted).toEqual([expect.objectContaining({ type: 'failed', id: 1, request: 'build' })]);
  });

  it('answers a request the model throws on with a failure, and keeps serving', () => {
    const throwing = {
      handle(request: WorkerRequest) {
        if (request.type === 'dns') throw new TypeError('type is not iterable');
        return { type: 'details', id: request.id, key: '', yaml: '' };
      },
    } as ModelHost;
    const { posted, send } = serve(throwing);
    send({ type: 'dns', id: 7, name: 'web', qtype: 'A' });
    send({ type: 'details', id: 8, key: 'Service/default/web' });
    expect(posted.filter((m) => m.type !== 'progress')).toEqual([
      { type: 'failed', id: 7, request: 'dns', detail: 'TypeError: type is not iterable' },
      { type: 'details', id: 8, key: '', yaml: '' },
    ]);
  });

  it('answers a learning question that fails after its code loads with a failure', async () => {
    const rejecting = { handle: () => Promise.reject(new RangeError('Maximum call stack size exceeded')) } as unknown as ModelHost;
    const { posted, send } = serve(rejecting);
    send({ type: 'complete', id: 3, line: 'kubectl g' });
    await Promise.resolve();
    await Promise.resolve();
    expect(posted.at(-1)).toEqual({ type: 'failed', id: 3, request: 'complete', detail: 'RangeError: Maximum call stack size exceeded' });
  });

  it('builds the text an edit delivery makes of the one it holds, and fails on an edit of a text it lacks', () => {
    const asked: string[] = [];
    const recording = {
      handle(request: WorkerRequest) {
        if (request.type === 'build') asked.push(request.sources[0]?.text ?? '');
        return { type: 'details', id: request.id, key: '', yaml: '' };
      },
    } as ModelHost;
    const { posted, send } = serve(recording);
    const edit = (id: number, start: number, insert: string, base: number): WireRequest => ({ type: 'build', id, events: [], sources: [{ name: 'manifest.yaml', edit: { start, end: start, insert, base } }] });
    send(edit(1, 0, 'x', 4));
    expect(posted.at(-1)).toMatchObject({ type: 'failed', id: 1, request: 'build' });
    send(build(2, 'kind: Pod\n'));
    send(edit(3, 4, 'xx', 10));
    expect(asked).toEqual(['kind: Pod\n', 'kindxx: Pod\n']);
  });
});
