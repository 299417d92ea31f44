import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { boot, pageStorage, preferredTheme } from './app/boot.ts';
import { createExplorerStore, ExplorerProvider, savedManifest } from './store/index.ts';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');

const start = await boot(window.location.hash);
const saved = start.shared ? (savedManifest(pageStorage) ?? { text: '', exampleId: '' }) : start;
const store = createExplorerStore({ storage: pageStorage, initial: saved, theme: preferredTheme() });
document.documentElement.dataset.theme = store.getState().theme;
// A share link replaces the saved text the way an example does: the user's own is kept aside.
if (start.shared) store.getState().replace(start.text, '');

createRoot(root).render(
  <StrictMode>
    <ExplorerProvider store={store}>
      <App startProblem={start.problem} startParams={start.params} />
    </ExplorerProvider>
  </StrictMode>,
);
