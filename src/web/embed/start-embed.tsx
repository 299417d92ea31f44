/**
 * The embedded graph (`?embed#m=…`): the cluster of a share link, drawn read-only to fill an
 * iframe, with its packet. It imports neither the editor nor the app's shell and panels, so a docs
 * page that embeds a diagram downloads React, React Flow and the model worker, and nothing else.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { RuntimeEvent } from '../../model/index.ts';
import { EVENTS_PARAM, readEvents } from '../features/share/events-param.ts';
import { decodeFragment, ShareLinkError } from '../features/share/share-link.ts';
import { createExplorerStore, ExplorerProvider } from '../store/index.ts';
import { EmbedProblem } from './EmbedProblem.tsx';
import { EmbedView } from './EmbedView.tsx';
import './embed.css';

const NO_LINK = 'There is no diagram here: an embedded graph needs a share link after `?embed` (`#m=…`), as the explorer’s Share button makes it.';

interface Link {
  readonly manifest: string;
  readonly service: string | undefined;
  /** The What-if timeline the link was made with. */
  readonly events: readonly RuntimeEvent[];
}

async function readLink(): Promise<Link | string> {
  try {
    const shared = await decodeFragment(window.location.hash);
    return shared === undefined ? NO_LINK : { manifest: shared.manifest, service: shared.params.get('svc'), events: readEvents(shared.params.get(EVENTS_PARAM)) };
  } catch (error) {
    if (error instanceof ShareLinkError) return error.message;
    throw error;
  }
}

export async function startEmbed(root: HTMLElement): Promise<void> {
  document.documentElement.classList.add('kse-embed-page');
  const link = await readLink();
  const reactRoot = createRoot(root);
  if (typeof link === 'string') {
    reactRoot.render(
      <StrictMode>
        <EmbedProblem message={link} />
      </StrictMode>,
    );
    return;
  }
  // No storage: an embed shows the link's manifest and must not touch the visitor's saved text.
  const store = createExplorerStore({ initial: { text: link.manifest, exampleId: '', origin: 'shared' }, theme: 'light' });
  store.getState().addEvents(link.events);
  reactRoot.render(
    <StrictMode>
      <ExplorerProvider store={store}>
        <EmbedView service={link.service} />
      </ExplorerProvider>
    </StrictMode>,
  );
}
