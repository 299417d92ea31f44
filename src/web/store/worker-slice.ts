/**
 * How the model worker is doing: how far a long build has got, and what happened when the worker
 * failed and was restarted, for the page to say in plain words.
 */
import type { StateCreator } from 'zustand';
import type { WorkerRequest, WorkStage } from '../../worker/protocol.ts';
import type { ExplorerState } from './explorer-store.ts';

export interface BuildProgress {
  /** `queued` until the worker starts on it (it may be finishing an earlier request). */
  readonly stage: WorkStage | 'queued';
  /** When the build was asked for, in `Date.now()` time. */
  readonly since: number;
  /** Characters of manifest being built. */
  readonly size: number;
}

export type WorkerTrouble =
  /** The worker failed and was replaced; the graph is being rebuilt from the text. */
  | { readonly kind: 'restarted' }
  /** The worker failed twice on this manifest, or hung on it after `seconds` s without progress: it is not built again until edited. */
  | { readonly kind: 'build-stopped'; readonly hung: boolean; readonly seconds: number }
  /** A question of a panel (DNS, details, kubectl…) made the worker fail twice, or hang. */
  | { readonly kind: 'question-stopped'; readonly question: WorkerRequest['type'] }
  /** The worker kept failing: nothing is asked of it until the next edit. */
  | { readonly kind: 'halted' };

export interface WorkerSlice {
  /** The build running for longer than a moment; undefined when none is. */
  readonly progress: BuildProgress | undefined;
  readonly trouble: WorkerTrouble | undefined;
  readonly setProgress: (progress: BuildProgress | undefined) => void;
  readonly setTrouble: (trouble: WorkerTrouble | undefined) => void;
}

/** True when the graph on screen is not the text's: the worker was stopped on it. */
export function isStopped(trouble: WorkerTrouble | undefined): boolean {
  return trouble?.kind === 'build-stopped' || trouble?.kind === 'halted';
}

export const createWorkerSlice: StateCreator<ExplorerState, [], [], WorkerSlice> = (set) => ({
  progress: undefined,
  trouble: undefined,
  setProgress(progress) {
    set({ progress });
  },
  setTrouble(trouble) {
    set({ trouble });
  },
});
