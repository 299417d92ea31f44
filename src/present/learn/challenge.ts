/**
 * A predict-then-check challenge: a question about the loaded cluster, the answer the model computes
 * for it, and what the explorer shows afterwards. Plain data, so that it can cross `postMessage`
 * from the model's Web Worker.
 */
import type { RRType, TraceVia } from '../../model/index.ts';

/** What the learner gives, and the answer the model computed. */
export type ChallengeAnswer =
  | { readonly kind: 'choice'; readonly options: readonly string[]; readonly correct: string }
  | { readonly kind: 'multi'; readonly options: readonly string[]; readonly correct: readonly string[] }
  | { readonly kind: 'number'; readonly correct: number };

export type RevealTab = 'trace' | 'dns' | 'kubectl' | 'rules' | 'details';

/** A packet to send, as `kse trace` takes it. */
export interface PacketReveal {
  /** `ns/name`. */
  readonly service: string;
  /** `external` or `pod/NS/NAME`; left out, the trace's default client. */
  readonly from?: 'external' | `pod/${string}`;
  /** The Node that receives the packet, or the placeholder client Pod's Node. */
  readonly node?: string;
  /** The port the client sends to: service port, nodePort or load-balancer port. */
  readonly port?: number;
  /** Left out, by the Service's type. */
  readonly via?: TraceVia;
  /** The client's address, where the question depends on it (loadBalancerSourceRanges). */
  readonly clientIP?: string;
}

/** A DNS question, as `kse dns` takes it. */
export interface DnsReveal {
  readonly name: string;
  readonly type: RRType;
  /** The client Pod's namespace: the name goes through its search path. Left out, the name is asked as it is. */
  readonly from?: string;
}

/** What the explorer shows once the learner has answered. */
export interface Reveal {
  readonly packet?: PacketReveal;
  readonly dns?: DnsReveal;
  readonly tab?: RevealTab;
  /** Graph node id to select: `svc:NS/NAME`, `pod:NS/NAME`, `slice:NS/NAME`, `node:NAME`. */
  readonly select?: string;
  /** A kubectl command for the terminal tab, without the leading `kubectl`. */
  readonly kubectl?: string;
}

export interface Challenge {
  /** Stable: the same cluster gives the same ids, so progress saved under an id stays meaningful. */
  readonly id: string;
  readonly source: 'interview' | 'generated';
  readonly title: string;
  readonly question: string;
  readonly answer: ChallengeAnswer;
  /** Why, from the model's own result: names, addresses, counts. */
  readonly explanation: string;
  readonly reveal: Reveal;
}

export type GivenAnswer = string | readonly string[] | number;

export interface Grade {
  readonly correct: boolean;
  /** The expected answer in words, as the learner would have given it. */
  readonly expected: string;
}

/** What an empty set of options reads as. */
export const NONE = 'none';

/** The expected answer in words: a multi answer's options in their listed order, `none` when empty. */
export function expectedText(answer: ChallengeAnswer): string {
  if (answer.kind === 'choice') return answer.correct;
  if (answer.kind === 'number') return String(answer.correct);
  const chosen = new Set(answer.correct);
  const listed = answer.options.filter((option) => chosen.has(option));
  return listed.length === 0 ? NONE : listed.join(', ');
}

function asNumber(given: GivenAnswer): number | undefined {
  if (typeof given === 'number') return Number.isFinite(given) ? given : undefined;
  if (typeof given !== 'string' || given.trim() === '') return undefined;
  const value = Number(given.trim());
  return Number.isFinite(value) ? value : undefined;
}

function sameSet(given: readonly string[], correct: readonly string[]): boolean {
  const a = new Set(given);
  const b = new Set(correct);
  return a.size === b.size && [...a].every((item) => b.has(item));
}

/** Checks the learner's answer: a choice by its text, a set regardless of order, a number by value. */
export function grade(challenge: Challenge, given: GivenAnswer): Grade {
  const { answer } = challenge;
  const expected = expectedText(answer);
  switch (answer.kind) {
    case 'choice':
      return { correct: typeof given === 'string' && given === answer.correct, expected };
    case 'multi': {
      const list = typeof given === 'string' ? (given === '' ? [] : [given]) : Array.isArray(given) ? (given as readonly string[]) : undefined;
      return { correct: list !== undefined && sameSet(list, answer.correct), expected };
    }
    case 'number':
      return { correct: asNumber(given) === answer.correct, expected };
  }
}
