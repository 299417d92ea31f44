import { describe, expect, it } from 'vitest';
import type { WorkerRequest } from '../../worker/protocol.ts';
import { createRecovery, MAX_RESTARTS, RESTART_WINDOW_MS, sameQuestion } from './recovery.ts';
import type { FailureKind, WorkerFailure } from './worker-supervisor.ts';

const build = (id: number, text: string): WorkerRequest => ({ type: 'build', id, events: [], sources: [{ name: 'm.yaml', text }] });
const failure = (kind: FailureKind, blamed?: WorkerRequest): WorkerFailure => ({ kind, blamed, unanswered: [], silentFor: 0, detail: '' });

describe('the recovery policy', () => {
  it.each<[string, WorkerRequest, WorkerRequest, boolean]>([
    ['builds of the same text, whatever their ids', build(1, 'a'), build(2, 'a'), true],
    ['builds of different texts', build(1, 'a'), build(2, 'b'), false],
    ['kubectl lines, whatever the manifest', { type: 'kubectl', id: 1, line: 'get svc', manifest: 'a' }, { type: 'kubectl', id: 2, line: 'get svc', manifest: 'b' }, true],
    ['DNS questions of different names', { type: 'dns', id: 1, name: 'a', qtype: 'A' }, { type: 'dns', id: 2, name: 'b', qtype: 'A' }, false],
    ['requests of different types', { type: 'details', id: 1, key: 'k' }, { type: 'trace', id: 1, packet: {} }, false],
  ])('tells %s apart or not', (_, a, b, same) => {
    expect(sameQuestion(a, b)).toBe(same);
  });

  it('retries a request once after a crash, never after a hang', () => {
    const policy = createRecovery();
    expect(policy.record(failure('crashed', build(1, 'a')), 0).retry).toBe(true);
    expect(policy.refusal(build(2, 'a'))).toBeUndefined();
    expect(policy.record(failure('crashed', build(2, 'a')), 1).retry).toBe(false);
    expect(policy.refusal(build(3, 'a'))?.kind).toBe('crashed');
    expect(policy.record(failure('hung', build(4, 'b')), 2).retry).toBe(false);
    expect(policy.refusal(build(5, 'b'))?.kind).toBe('hung');
    expect(policy.refusal(build(6, 'c'))).toBeUndefined();
  });

  it('halts past a few restarts a minute, and resumes when told', () => {
    const policy = createRecovery();
    for (let i = 0; i < MAX_RESTARTS; i++) expect(policy.record(failure('crashed'), i).halted).toBe(false);
    expect(policy.record(failure('crashed'), MAX_RESTARTS).halted).toBe(true);
    policy.resume();
    expect(policy.halted).toBe(false);
    // Restarts spread out over time never halt.
    const spread = createRecovery();
    for (let i = 0; i < 10; i++) expect(spread.record(failure('crashed'), i * RESTART_WINDOW_MS).halted).toBe(false);
  });
});
