/**
 * The store, for components: <ExplorerProvider store={…}> at the root, useExplorer(selector)
 * below it. The selector keeps a component from re-rendering on changes it does not read.
 */
import { createContext, createElement, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ExplorerState, ExplorerStore } from './explorer-store.ts';

export { createExplorerStore, type ExplorerState, type ExplorerStore } from './explorer-store.ts';
export type { AsideText, InitialManifest, StorageProblem, TextOrigin } from './manifest-slice.ts';
export { holdsLastGood, isBroken, refusedBoxes, type Learning } from './model-slice.ts';
export type { LineRange, PacketRequest } from './selection-slice.ts';
export type { TerminalEntry } from './terminal-slice.ts';
export type { Theme } from './ui-slice.ts';
export { isStopped, type BuildProgress, type WorkerTrouble } from './worker-slice.ts';

const StoreContext = createContext<ExplorerStore | undefined>(undefined);

export function ExplorerProvider({ store, children }: { readonly store: ExplorerStore; readonly children: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

function useExplorerStore(): ExplorerStore {
  const store = useContext(StoreContext);
  if (store === undefined) throw new Error('useExplorer needs an <ExplorerProvider> above it');
  return store;
}

export function useExplorer<T>(selector: (state: ExplorerState) => T): T {
  return useStore(useExplorerStore(), selector);
}

/** The editor's text with its revision: one object per text, so that props and effects compare it by reference. */
export interface VersionedText {
  readonly text: string;
  readonly revision: number;
}

/** A selector of the editor's text that answers with one object per revision: zustand compares answers with Object.is. */
function versionedTextSelector(): (state: ExplorerState) => VersionedText {
  let held: VersionedText | undefined;
  return (state) => (held?.revision === state.textRevision ? held : (held = { text: state.text, revision: state.textRevision }));
}

/** The editor's text, told apart from the one before by its revision, never by reading both texts (manifest-slice.ts). */
export function useVersionedText(): VersionedText {
  const [select] = useState(versionedTextSelector);
  return useStore(useExplorerStore(), select);
}

/** The store itself, for effects that subscribe outside React's render (the worker connection). */
export { useExplorerStore };
