/**
 * The full explorer's start: the saved or shared text, the store, and the first render. One
 * module with static imports, loaded by main.tsx only for the explorer (the embed never downloads
 * it), so that the bundler makes a few chunks of what the first screen needs, not a request for
 * each little module: on a busy machine the chunks' waterfall cost the first graph half a second.
 */
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EVENTS_PARAM, readEvents } from '../features/share/events-param.ts';
import { INPUT_MODE_PARAM, readInputMode } from '../features/share/input-mode-param.ts';
import { KUBE_VERSION_PARAM, readKubeVersion } from '../features/share/kube-version-param.ts';
import { NAMESPACE_PARAM, readGraphNamespace } from '../features/share/namespace-param.ts';
import { flushPendingEdit } from '../features/editor/pending-edit.ts';
import { createExplorerStore, ExplorerProvider } from '../store/index.ts';
import { App } from './App.tsx';
import { boot, preferredTheme } from './boot.ts';
import { connectModel } from './model-client.ts';
import { pageLocalStore } from './storage/local-text.ts';
import { keepTexts } from './storage/text-keeper.ts';

export async function startExplorer(root: HTMLElement): Promise<void> {
  const local = pageLocalStore();
  const start = await boot(window.location.hash, local);
  const store = createExplorerStore({ initial: start.initial, theme: preferredTheme() });
  document.documentElement.dataset.theme = store.getState().theme;
  const keeper = keepTexts(store, { local, vault: start.vault, legacyPrevious: start.legacyPrevious, flushEdits: flushPendingEdit, page: window });
  // A share link replaces the saved text the way an example does: the user's own is put aside.
  if (start.shared !== undefined) {
    store.getState().replace(start.shared, '', 'shared');
    store.getState().addEvents(readEvents(start.params.get(EVENTS_PARAM)));
    store.getState().setKubeVersion(readKubeVersion(start.params.get(KUBE_VERSION_PARAM)));
    store.getState().setInputMode(readInputMode(start.params.get(INPUT_MODE_PARAM)));
    store.getState().setGraphNamespace(readGraphNamespace(start.params.get(NAMESPACE_PARAM)));
  }

  // The first build is asked for now: the worker answers while React renders the first screen.
  const model = connectModel(store);
  createRoot(root).render(
    createElement(StrictMode, null, createElement(ExplorerProvider, { store, children: createElement(App, { startProblem: start.problem, startParams: start.params, keeper, model }) })),
  );
}
