/**
 * The kubectl terminal's session: each command with what it printed, and the lines typed, for
 * the up and down arrows. Kept in the store so that switching panels loses nothing.
 */
import type { StateCreator } from 'zustand';
import type { KubectlResult } from '../../worker/protocol.ts';
import type { ExplorerState } from './explorer-store.ts';

export interface TerminalEntry {
  readonly line: string;
  readonly result: KubectlResult;
}

export interface TerminalSlice {
  readonly terminal: readonly TerminalEntry[];
  /** Typed lines, oldest first, without consecutive repeats (as a shell's history). */
  readonly history: readonly string[];
  readonly typed: (line: string) => void;
  readonly receiveKubectl: (entry: TerminalEntry) => void;
  readonly clearTerminal: () => void;
}

/** Enough scrollback for a session; older output goes, as a terminal's does. */
const SCROLLBACK = 200;

export const createTerminalSlice: StateCreator<ExplorerState, [], [], TerminalSlice> = (set) => ({
  terminal: [],
  history: [],
  typed(line) {
    set((state) => (state.history.at(-1) === line ? state : { history: [...state.history, line] }));
  },
  receiveKubectl(entry) {
    set((state) => ({
      terminal: [...state.terminal, entry].slice(-SCROLLBACK),
      ...(entry.result.events.length > 0 && { events: [...state.events, ...entry.result.events] }),
    }));
  },
  clearTerminal() {
    set({ terminal: [] });
  },
});
