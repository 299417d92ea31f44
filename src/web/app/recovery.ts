/**
 * What to do after the model worker failed: which requests may be sent again, and when to stop
 * restarting. A request the worker failed on gets one more try on a fresh worker (the failure may
 * have come from the old worker's state), unless it hung: a hang costs the user half a minute of
 * waiting each time. Past a few restarts a minute the page stops asking until the user edits.
 */
import type { WorkerRequest } from '../../worker/protocol.ts';
import type { FailureKind, WorkerFailure } from './worker-supervisor.ts';

/** More restarts than this within RESTART_WINDOW_MS, and the page waits for the next edit. */
export const MAX_RESTARTS = 3;
export const RESTART_WINDOW_MS = 60_000;
/** Requests remembered as failed; older ones may be tried again. */
const REMEMBERED = 20;

export interface Verdict {
  /** The blamed request may be sent again to the fresh worker. */
  readonly retry: boolean;
  /** Too many restarts: send nothing until the user changes the manifest. */
  readonly halted: boolean;
}

/** A request the worker failed on. */
export interface Strike {
  readonly request: WorkerRequest;
  readonly kind: FailureKind;
  /** How long the worker was silent before it was stopped, in ms. */
  readonly silentFor: number;
  /** Failed twice, or hung: not sent again. */
  readonly refused: boolean;
}

export interface RecoveryPolicy {
  record(failure: WorkerFailure, now: number): Verdict;
  /** Why `request` is not to be sent: the worker failed on it twice, or hung on it. */
  refusal(request: WorkerRequest): Strike | undefined;
  /** The user changed the manifest: restarts may begin again. */
  resume(): void;
  readonly halted: boolean;
}

/**
 * What makes two requests the same question, whatever their ids. A build's text is compared as a
 * string (the store hands the same string object back, so this is cheap); a `kubectl apply` carries
 * the editor's text too, which is not part of the question.
 */
export function sameQuestion(a: WorkerRequest, b: WorkerRequest): boolean {
  if (a.type === 'build' && b.type === 'build') {
    return (
      a.sources.length === b.sources.length &&
      a.sources.every((source, i) => source.text === b.sources[i]?.text) &&
      JSON.stringify([a.events, a.packet]) === JSON.stringify([b.events, b.packet])
    );
  }
  if (a.type === 'kubectl' && b.type === 'kubectl') return a.line === b.line;
  const { id: _a, ...restA } = a;
  const { id: _b, ...restB } = b;
  return a.type === b.type && JSON.stringify(restA) === JSON.stringify(restB);
}

export function createRecovery(): RecoveryPolicy {
  let strikes: Strike[] = [];
  let restarts: number[] = [];
  let halted = false;

  return {
    record({ kind, blamed, silentFor }, now) {
      restarts = [...restarts.filter((at) => now - at < RESTART_WINDOW_MS), now];
      halted = restarts.length > MAX_RESTARTS;
      if (blamed === undefined) return { retry: false, halted };
      const earlier = strikes.find((strike) => sameQuestion(strike.request, blamed));
      const refused = kind === 'hung' || earlier !== undefined;
      strikes = [{ request: blamed, kind, silentFor, refused }, ...strikes.filter((strike) => strike !== earlier)].slice(0, REMEMBERED);
      return { retry: !refused, halted };
    },
    refusal(request) {
      return strikes.find((strike) => strike.refused && sameQuestion(strike.request, request));
    },
    resume() {
      halted = false;
      restarts = [];
    },
    get halted() {
      return halted;
    },
  };
}
