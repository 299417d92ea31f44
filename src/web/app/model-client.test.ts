import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerRequest } from '../../worker/protocol.ts';
import { createExplorerStore, isStopped } from '../store/index.ts';
import { connectModel } from './model-client.ts';
import { builtAnswer } from './testing/built-answer.ts';
import { workerFactory } from './testing/fake-worker.ts';
import { BASE_SILENCE_MS } from './worker-supervisor.ts';

function connect(text = 'kind: Service\n') {
  const workers = workerFactory();
  const store = createExplorerStore({ initial: { text, exampleId: '' }, theme: 'light' });
  const client = connectModel(store, { spawn: () => workers.spawn(), supervisor: { now: () => Date.now() } });
  const builds = () => workers.current.received.filter((r): r is Extract<WorkerRequest, { type: 'build' }> => r.type === 'build');
  const lastBuild = () => {
    const request = builds().at(-1);
    if (request === undefined) throw new Error('no build was sent');
    return request;
  };
  return { workers, store, client, builds, lastBuild };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the model client, while the user types', () => {
  it('builds each new text once, and says which text each build drew while the user types ahead', () => {
    const { workers, store, builds, lastBuild } = connect('port: 8080\n');
    const first = lastBuild();
    store.getState().edit('port: 8081\n');
    store.getState().edit('port: 8082\n');
    // One build at a time: the newest text waits for the one the worker is on.
    expect(builds()).toHaveLength(1);
    workers.current.reply(builtAnswer({ id: first.id }));
    expect(store.getState().builtRevision).toBe(0);
    expect(store.getState().textRevision).toBe(2);
    expect(lastBuild().sources[0]?.text).toBe('port: 8082\n');
    store.getState().selectBox('svc:default/web');
    expect(builds()).toHaveLength(2);
    workers.current.reply(builtAnswer({ id: lastBuild().id }));
    expect(store.getState().builtRevision).toBe(2);
  });
});

describe('the model client, when the worker fails', () => {
  it('restarts it, rebuilds the text on screen, says so, and clears the notice with the next edit', () => {
    const { workers, store, lastBuild } = connect();
    workers.current.crash('TypeError: type is not iterable');
    expect(workers.spawned).toHaveLength(2);
    expect(lastBuild().sources[0]?.text).toBe('kind: Service\n');
    expect(store.getState().trouble).toEqual({ kind: 'restarted' });
    workers.current.reply(builtAnswer({ id: lastBuild().id }));
    expect(store.getState().built?.id).toBe(lastBuild().id);
    store.getState().edit('kind: Service\nmetadata: {name: web}\n');
    workers.current.reply(builtAnswer({ id: lastBuild().id }));
    expect(store.getState().trouble).toBeUndefined();
  });

  it('sends an opened file for the worker to read, and its text once a worker has failed', () => {
    const { workers, store, lastBuild } = connect();
    workers.current.reply(builtAnswer({ id: lastBuild().id }));
    const file = new Blob(['kind: Pod\n']);
    store.getState().openFile('kind: Pod\n', file);
    expect(lastBuild().sources).toEqual([{ name: 'manifest.yaml', text: 'kind: Pod\n', file }]);
    workers.current.reply({ type: 'failed', id: lastBuild().id, request: 'build', detail: 'the file changed' });
    expect(workers.spawned).toHaveLength(2);
    expect(lastBuild().sources).toEqual([{ name: 'manifest.yaml', text: 'kind: Pod\n' }]);
  });

  it('stops building a text the worker failed on twice, until the user edits it', () => {
    const { workers, store, builds, lastBuild } = connect();
    workers.current.crash('boom');
    workers.current.reply({ type: 'failed', id: lastBuild().id, request: 'build', detail: 'boom' });
    expect(workers.spawned).toHaveLength(3);
    expect(builds()).toEqual([]);
    expect(store.getState().trouble).toEqual({ kind: 'build-stopped', hung: false, seconds: 0 });
    expect(isStopped(store.getState().trouble)).toBe(true);
    store.getState().edit('kind: Service\nmetadata: {name: fixed}\n');
    expect(lastBuild().sources[0]?.text).toContain('fixed');
    workers.current.reply(builtAnswer({ id: lastBuild().id }));
    expect(store.getState().trouble).toBeUndefined();
    // Undone back to the text it failed on: still not sent, and the notice says why.
    store.getState().edit('kind: Service\n');
    expect(builds()).toHaveLength(1);
    expect(store.getState().trouble?.kind).toBe('build-stopped');
  });

  it('stops a build that hangs, and does not try that text again', () => {
    const { workers, store, builds } = connect();
    vi.advanceTimersByTime(BASE_SILENCE_MS);
    expect(workers.spawned).toHaveLength(2);
    expect(builds()).toEqual([]);
    expect(store.getState().trouble).toEqual({ kind: 'build-stopped', hung: true, seconds: BASE_SILENCE_MS / 1000 });
  });

  it('builds the newest text when it hung on an older one', () => {
    const { workers, store, lastBuild } = connect();
    store.getState().edit('kind: Service\nmetadata: {name: newer}\n');
    vi.advanceTimersByTime(BASE_SILENCE_MS);
    expect(lastBuild().sources[0]?.text).toContain('newer');
    expect(store.getState().trouble).toEqual({ kind: 'restarted' });
    expect(workers.spawned).toHaveLength(2);
  });

  it('asks a question it failed on once more, then gives up on it', () => {
    const { workers, store, client, lastBuild } = connect();
    workers.current.reply(builtAnswer({ id: lastBuild().id }));
    client.askDns('web', 'A');
    const question = workers.current.received.at(-1);
    workers.current.reply({ type: 'failed', id: question?.id ?? 0, request: 'dns', detail: 'RangeError' });
    expect(workers.current.received.map((r) => r.type)).toEqual(['build', 'dns']);
    workers.current.reply({ type: 'failed', id: question?.id ?? 0, request: 'dns', detail: 'RangeError' });
    expect(workers.current.received.map((r) => r.type)).toEqual(['build']);
    expect(store.getState().trouble).toEqual({ kind: 'question-stopped', question: 'dns' });
  });

  it('waits for an edit when the worker keeps failing', () => {
    const { workers, store } = connect();
    for (let i = 0; i < 4; i++) workers.current.crash('the worker script could not load');
    expect(store.getState().trouble).toEqual({ kind: 'halted' });
    expect(workers.current.received).toEqual([]);
    store.getState().edit('kind: Service\nmetadata: {name: again}\n');
    expect(workers.current.received.map((r) => r.type)).toEqual(['build']);
  });
});

describe('the model client, during a long build', () => {
  it('shows the build’s progress after a moment, stage by stage, until it is built', () => {
    const { workers, store, lastBuild } = connect();
    const { id } = lastBuild();
    workers.current.reply({ type: 'progress', id, stage: 'started' });
    expect(store.getState().progress).toBeUndefined();
    vi.advanceTimersByTime(500);
    expect(store.getState().progress).toMatchObject({ stage: 'started', size: 'kind: Service\n'.length });
    workers.current.reply({ type: 'progress', id, stage: 'controllers' });
    expect(store.getState().progress?.stage).toBe('controllers');
    workers.current.reply(builtAnswer({ id: id }));
    expect(store.getState().progress).toBeUndefined();
  });

  it('never shows progress for a quick build', () => {
    const { workers, store, lastBuild } = connect();
    workers.current.reply(builtAnswer({ id: lastBuild().id }));
    vi.advanceTimersByTime(1000);
    expect(store.getState().progress).toBeUndefined();
  });
});
