import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkerAnswer, WorkerRequest } from '../../worker/protocol.ts';
import { workerFactory } from './testing/fake-worker.ts';
import { BASE_SILENCE_MS, silenceBudget, superviseWorker, type SupervisorHandlers, type WorkerFailure } from './worker-supervisor.ts';

const build = (id: number, text = 'kind: Service\n'): WorkerRequest => ({ type: 'build', id, events: [], sources: [{ name: 'manifest.yaml', text }] });
const dns = (id: number): WorkerRequest => ({ type: 'dns', id, name: 'web', qtype: 'A' });
const dnsAnswer = (id: number): WorkerAnswer => ({ type: 'dns', id, text: ';; ANSWER' });

function supervise() {
  const workers = workerFactory();
  const answers: WorkerAnswer[] = [];
  const failures: WorkerFailure[] = [];
  const handlers: SupervisorHandlers = { answer: (a) => void answers.push(a), progress: () => undefined, failed: (f) => void failures.push(f) };
  const supervised = superviseWorker({ spawn: () => workers.spawn(), now: () => Date.now() }, handlers);
  return { workers, answers, failures, supervised };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the worker supervisor', () => {
  it('passes answers through and keeps the worker while it answers', () => {
    const { workers, answers, failures, supervised } = supervise();
    supervised.post(dns(1));
    workers.current.reply(dnsAnswer(1));
    vi.advanceTimersByTime(10 * BASE_SILENCE_MS);
    expect(answers).toEqual([dnsAnswer(1)]);
    expect(failures).toEqual([]);
    expect(workers.spawned).toHaveLength(1);
  });

  it('replaces a worker that throws, and names the request it was on and those it left unanswered', () => {
    const { workers, failures, supervised } = supervise();
    supervised.post(build(1));
    supervised.post(dns(2));
    workers.current.reply({ type: 'progress', id: 1, stage: 'started' });
    const event = workers.current.crash('TypeError: type is not iterable');
    // Handled: the worker's error is not reported as the page's own.
    expect(event.defaultPrevented).toBe(true);
    expect(workers.spawned[0]?.terminated).toBe(true);
    expect(workers.spawned).toHaveLength(2);
    expect(failures).toEqual([{ kind: 'crashed', blamed: build(1), unanswered: [dns(2)], silentFor: 0, detail: 'TypeError: type is not iterable' }]);
  });

  it('blames the request a failed answer names', () => {
    const { workers, failures, supervised } = supervise();
    supervised.post(build(1));
    supervised.post(dns(2));
    workers.current.reply({ type: 'failed', id: 2, request: 'dns', detail: 'RangeError' });
    expect(failures[0]?.blamed).toEqual(dns(2));
    expect(failures[0]?.unanswered).toEqual([build(1)]);
  });

  it('replaces a worker whose message cannot be read', () => {
    const { workers, failures, supervised } = supervise();
    supervised.post(dns(1));
    workers.current.onmessageerror?.({} as MessageEvent);
    expect(failures.map((f) => f.kind)).toEqual(['crashed']);
    expect(workers.spawned).toHaveLength(2);
  });

  it('replaces a worker silent for longer than its work allows', () => {
    const { workers, failures, supervised } = supervise();
    supervised.post(build(1));
    vi.advanceTimersByTime(BASE_SILENCE_MS - 1);
    expect(failures).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(failures.map((f) => [f.kind, f.blamed?.id, f.silentFor])).toEqual([['hung', 1, BASE_SILENCE_MS]]);
    expect(workers.spawned).toHaveLength(2);
  });

  it('gives a slow build all the time it needs while each stage reports in', () => {
    const { workers, answers, failures, supervised } = supervise();
    supervised.post(build(1));
    for (const stage of ['started', 'admitting', 'controllers', 'views'] as const) {
      vi.advanceTimersByTime(BASE_SILENCE_MS - 1000);
      workers.current.reply({ type: 'progress', id: 1, stage });
    }
    vi.advanceTimersByTime(BASE_SILENCE_MS - 1000);
    workers.current.reply({ type: 'built', id: 1 } as WorkerAnswer);
    expect(failures).toEqual([]);
    expect(answers).toHaveLength(1);
  });

  it('allows more silence for a bigger text', () => {
    const big = build(1, 'x'.repeat(4 * 2 ** 20));
    expect(silenceBudget(big)).toBe(BASE_SILENCE_MS + 20_000);
    const { failures, supervised } = supervise();
    supervised.post(big);
    vi.advanceTimersByTime(BASE_SILENCE_MS + 19_999);
    expect(failures).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(failures).toHaveLength(1);
  });

  it('does not count the time it sat idle against the next request', () => {
    const { workers, failures, supervised } = supervise();
    supervised.post(dns(1));
    workers.current.reply(dnsAnswer(1));
    vi.advanceTimersByTime(3 * BASE_SILENCE_MS);
    supervised.post(dns(2));
    vi.advanceTimersByTime(BASE_SILENCE_MS - 1);
    expect(failures).toEqual([]);
  });

  it('ignores a replaced worker, and stops the current one when disposed', () => {
    const { workers, answers, supervised } = supervise();
    supervised.post(dns(1));
    const first = workers.current;
    first.crash('boom');
    first.terminated = false;
    first.reply(dnsAnswer(1));
    expect(answers).toEqual([]);
    supervised.dispose();
    expect(workers.current.terminated).toBe(true);
  });
});
