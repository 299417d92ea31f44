/**
 * The page's entry: the full explorer, or with `?embed` the graph alone, for iframes. Each is a
 * chunk of its own, loaded from here, so an embedded graph never downloads the editor.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/app.css';

async function startExplorer(root: HTMLElement): Promise<void> {
  const [{ App }, { boot, pageStorage, preferredTheme }, { createExplorerStore, ExplorerProvider, savedManifest }, { EVENTS_PARAM, readEvents }] = await Promise.all([
    import('./app/App.tsx'),
    import('./app/boot.ts'),
    import('./store/index.ts'),
    import('./features/share/events-param.ts'),
  ]);
  const start = await boot(window.location.hash);
  const saved = start.shared ? (savedManifest(pageStorage) ?? { text: '', exampleId: '' }) : start;
  const store = createExplorerStore({ storage: pageStorage, initial: saved, theme: preferredTheme() });
  document.documentElement.dataset.theme = store.getState().theme;
  // A share link replaces the saved text the way an example does: the user's own is kept aside.
  if (start.shared) {
    store.getState().replace(start.text, '');
    store.getState().addEvents(readEvents(start.params.get(EVENTS_PARAM)));
  }

  createRoot(root).render(
    <StrictMode>
      <ExplorerProvider store={store}>
        <App startProblem={start.problem} startParams={start.params} />
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
