/**
 * The page's entry: the full explorer, or with `?embed` the graph alone, for iframes. Each is a
 * chunk of its own, loaded from here, so an embedded graph never downloads the editor.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/app.css';

async function startExplorer(root: HTMLElement): Promise<void> {
  const [{ App }, { boot, preferredTheme }, { createExplorerStore, ExplorerProvider }, { EVENTS_PARAM, readEvents }, { pageLocalStore }, { keepTexts }, { flushPendingEdit }] =
    await Promise.all([
      import('./app/App.tsx'),
      import('./app/boot.ts'),
      import('./store/index.ts'),
      import('./features/share/events-param.ts'),
      import('./app/storage/local-text.ts'),
      import('./app/storage/text-keeper.ts'),
      import('./features/editor/pending-edit.ts'),
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
  }

  createRoot(root).render(
    <StrictMode>
      <ExplorerProvider store={store}>
        <App startProblem={start.problem} startParams={start.params} keeper={keeper} />
      </ExplorerProvider>
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');

// A share link pasted into an open tab, or an iframe pointed at another one, changes only the
// fragment: the page opens it as it would on a first visit. Listening before the first await also
// catches a change made while the chunks are still loading.
window.addEventListener('hashchange', () => window.location.reload());

if (new URLSearchParams(window.location.search).has('embed')) {
  const { startEmbed } = await import('./embed/start-embed.tsx');
  await startEmbed(root);
} else {
  await startExplorer(root);
}
