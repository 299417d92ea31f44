/**
 * The page's entry: the full explorer, or with `?embed` the graph alone, for iframes. Each is a
 * chunk of its own, loaded from here, so an embedded graph downloads neither the editor nor React:
 * this file imports React only through app/start-explorer.ts, and has no JSX, whose runtime would be a
 * static import of React.
 */
import './app/app.css';
import { spawnModelWorkerEarly } from './app/model-worker.ts';

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
  // The worker's bundle loads and compiles while React and the explorer's chunks do.
  spawnModelWorkerEarly();
  const { startExplorer } = await import('./app/start-explorer.ts');
  await startExplorer(root);
}
