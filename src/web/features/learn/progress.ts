/**
 * What the learner has answered, saved in localStorage by challenge id so that it survives a reload;
 * ids are stable for the same cluster, so the record stays meaningful.
 */
import type { GivenAnswer } from '../../../present/learn/index.ts';

export interface ChallengeProgress {
  readonly given: GivenAnswer;
  readonly correct: boolean;
}

export type Progress = Readonly<Record<string, ChallengeProgress>>;

export const PROGRESS_KEY = 'kse:learn-progress';

/** What `localStorage` offers, so that tests and private windows can pass their own or none. */
export interface ProgressStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function pageStorage(): ProgressStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled (privacy settings, sandboxed iframes): progress then lasts the visit.
    return undefined;
  }
}

function isGiven(value: unknown): value is GivenAnswer {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
}

function isEntry(value: unknown): value is ChallengeProgress {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.correct === 'boolean' && isGiven(entry.given);
}

/** The saved progress; anything unreadable (corrupt JSON, a foreign shape) counts as none, entry by entry. */
export function loadProgress(storage: ProgressStorage | undefined = pageStorage()): Progress {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage?.getItem(PROGRESS_KEY) ?? '{}');
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  return Object.fromEntries(Object.entries(parsed).filter(([, entry]) => isEntry(entry)));
}

export function saveProgress(progress: Progress, storage: ProgressStorage | undefined = pageStorage()): void {
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // A full or disabled storage must not stop the learner; the answers stay on screen.
  }
}

export function recordAnswer(progress: Progress, id: string, entry: ChallengeProgress): Progress {
  return { ...progress, [id]: entry };
}

export interface ProgressCount {
  readonly total: number;
  readonly answered: number;
  readonly right: number;
}

/** How far the learner is through these challenges (progress on other clusters' challenges is not counted). */
export function countProgress(progress: Progress, ids: readonly string[]): ProgressCount {
  const entries = ids.map((id) => progress[id]).filter((entry): entry is ChallengeProgress => entry !== undefined);
  return { total: ids.length, answered: entries.length, right: entries.filter((entry) => entry.correct).length };
}
