/**
 * The page's entry: the full explorer, or with `?embed` the graph alone, for iframes. Each is a
 * chunk of its own, loaded from here, so an embedded graph downloads neither the editor nor React:
 * this file imports React only inside startExplorer, and has no JSX, whose runtime would be a
 * static import of React.
 */
import './app/app.css';
import { spawnModelWorkerEarly } from './app/model-worker.ts';

async function startExplorer(root: HTMLElement): Promise<void> {
  // The worker's bundle loads and compiles while React and the explorer's chunks do.
  spawnModelWorkerEarly();
  const [{ createElement, StrictMode }, { createRoot }, { App }, { boot, preferredTheme }, { createExplorerStore, ExplorerProvider }, { EVENTS_PARAM, readEvents }, { pageLocalStore }, { keepTexts }, { flushPendingEdit }, { KUBE_VERSION_PARAM, readKubeVersion }, { INPUT_MODE_PARAM, readInputMode }, { NAMESPACE_PARAM, readGraphNamespace }] =
    await Promise.all([
      import('react'),
      import('react-dom/client'),
      import('./app/App.tsx'),
      import('./app/boot.ts'),
      import('./store/index.ts'),
      import('./features/share/events-param.ts'),
      import('./app/storage/local-text.ts'),
      import('./app/storage/text-keeper.ts'),
      import('./features/editor/pending-edit.ts'),
      import('./features/share/kube-version-param.ts'),
      import('./features/share/input-mode-param.ts'),
      import('./features/share/namespace-param.ts'),
    ]);
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

  createRoot(root).render(
    createElement(StrictMode, null, createElement(ExplorerProvider, { store, children: createElement(App, { startProblem: start.problem, startParams: start.params, keeper }) })),
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');

// A share link pasted into an open tab, or an iframe pointed at another one, changes only the
// fragment: the page opens it as it would on a first visit. Listening before the first await also
// catches a change made while the chunks are still loading.
window.addEventListener('hashchange', () => window.location.reload());

if (new URLSearchParams(window.location.search).has('embed')) {
  const { startEmbed } = await import('./embed/start-embed.ts');
  await startEmbed(root);
} else {
  await startExplorer(root);
}
