/**
 * The explorer's state, in slices: the manifest, the worker's answers, the selection, the runtime
 * events, the terminal session, the page's settings, the worker's health. Components read it through useExplorer(selector); nothing else imports zustand.
 */
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { createEventsSlice, type EventsSlice } from './events-slice.ts';
import { createManifestSlice, type InitialManifest, type ManifestSlice } from './manifest-slice.ts';
import { createModelSlice, type ModelSlice } from './model-slice.ts';
import { createSelectionSlice, type SelectionSlice } from './selection-slice.ts';
import { createTerminalSlice, type TerminalSlice } from './terminal-slice.ts';
import { createUiSlice, type Theme, type UiSlice } from './ui-slice.ts';
import { createWorkerSlice, type WorkerSlice } from './worker-slice.ts';

export type ExplorerState = ManifestSlice & ModelSlice & SelectionSlice & EventsSlice & TerminalSlice & UiSlice & WorkerSlice;
export type ExplorerStore = UseBoundStore<StoreApi<ExplorerState>>;

export interface StoreSetup {
  readonly initial: InitialManifest;
  readonly theme: Theme;
}

export function createExplorerStore({ initial, theme }: StoreSetup): ExplorerStore {
  return create<ExplorerState>()((...a) => ({
    ...createManifestSlice(initial)(...a),
    ...createModelSlice(...a),
    ...createSelectionSlice(...a),
    ...createEventsSlice(...a),
    ...createTerminalSlice(...a),
    ...createUiSlice(theme)(...a),
    ...createWorkerSlice(...a),
  }));
}
