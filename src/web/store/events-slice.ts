/**
 * The runtime overlay: what the learner made happen to the cluster (a Pod killed, a probe failing,
 * a Node drained), in order. The worker applies it on top of the manifest on every build; undoing
 * an event drops it and everything after it, as rewinding a timeline does.
 */
import type { StateCreator } from 'zustand';
import type { RuntimeEvent } from '../../model/index.ts';
import type { ExplorerState } from './explorer-store.ts';

export interface EventsSlice {
  readonly events: readonly RuntimeEvent[];
  /** The graph ids the newest event changed, for a moment of highlight; cleared by the next edit. */
  readonly changed: ReadonlySet<string>;
  readonly addEvents: (events: readonly RuntimeEvent[]) => void;
  /** Drops the event at `index` and every later one. */
  readonly rewindTo: (index: number) => void;
  readonly markChanged: (ids: ReadonlySet<string>) => void;
}

const NOTHING: ReadonlySet<string> = new Set();

export const createEventsSlice: StateCreator<ExplorerState, [], [], EventsSlice> = (set) => ({
  events: [],
  changed: NOTHING,
  addEvents(events) {
    if (events.length > 0) set((state) => ({ events: [...state.events, ...events] }));
  },
  rewindTo(index) {
    set((state) => ({ events: state.events.slice(0, Math.max(0, index)) }));
  },
  markChanged(changed) {
    set({ changed });
  },
});
