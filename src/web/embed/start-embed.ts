/**
 * The embedded graph (`?embed#m=…`): the cluster of a share link, drawn read-only to fill an
 * iframe, with its packet. It is drawn as `kse render` draws it (renderSvg, by a worker of its own
 * that holds only what drawing needs) and animated with plain SVG: no React, no React Flow, no
 * editor, so a docs page that embeds a diagram downloads little more than a picture.
 */
import type { SvgTheme } from '../../present/svg/index.ts';
import { decodeFragment, ShareLinkError } from '../features/share/share-link.ts';
import { packetRun } from '../features/trace/packet-run.ts';
import './embed.css';
import { mountEmbed, showProblem, type EmbedView } from './embed-view.ts';
import { explorerHomeHref, explorerHref } from './explorer-link.ts';
import { connectEmbedModel } from './model-connection.ts';
import { followPageTheme } from './theme.ts';

const NO_LINK = 'There is no diagram here: an embedded graph needs a share link after `?embed` (`#m=…`), as the explorer’s Share button makes it.';

/** The link's `ev` parameter (the What-if timeline), read by the worker as share/events-param.ts reads it. */
const EVENTS_PARAM = 'ev';

interface Link {
  readonly manifest: string;
  readonly service: string | undefined;
  readonly events: string | undefined;
  readonly kubeVersion: string | undefined;
  readonly input: string | undefined;
  readonly namespace: string | undefined;
}

async function readLink(): Promise<Link | string> {
  try {
    const shared = await decodeFragment(window.location.hash);
    return shared === undefined ? NO_LINK : { manifest: shared.manifest, service: shared.params.get('svc'), events: shared.params.get(EVENTS_PARAM), kubeVersion: shared.params.get('v'), input: shared.params.get('in'), namespace: shared.params.get('ns') };
  } catch (error) {
    if (error instanceof ShareLinkError) return error.message;
    throw error;
  }
}

export async function startEmbed(root: HTMLElement): Promise<void> {
  document.documentElement.classList.add('kse-embed-page');
  let shown: { view: EmbedView; restyle: (theme: SvgTheme) => Promise<string> } | undefined;
  let theme = followPageTheme((next) => {
    theme = next;
    if (shown !== undefined) void redraw(shown, next);
  });
  /** The graph in the scheme now in force; answers come in the order asked, so a stale one is dropped. */
  async function redraw(on: NonNullable<typeof shown>, asked: SvgTheme): Promise<void> {
    try {
      const svg = await on.restyle(asked);
      if (asked === theme) on.view.restyle(svg);
    } catch (error) {
      console.warn('kse embed: the graph could not be redrawn', error);
    }
  }

  const link = await readLink();
  if (typeof link === 'string') {
    showProblem(root, link, { href: explorerHomeHref(window.location.href), text: 'Open Kube Service Explorer' });
    return;
  }
  const view = mountEmbed(root, explorerHref(window.location.href));
  const model = connectEmbedModel();
  try {
    const asked = theme;
    const drawing = await model.draw({ manifest: link.manifest, theme: asked, ...(link.service === undefined ? {} : { service: link.service }), ...(link.events === undefined ? {} : { events: link.events }), ...(link.kubeVersion === undefined ? {} : { kubeVersion: link.kubeVersion }), ...(link.input === undefined ? {} : { input: link.input }), ...(link.namespace === undefined ? {} : { namespace: link.namespace }) });
    view.show(drawing.graph, drawing.svg, packetRun(drawing.trace, drawing.packetKey));
    shown = { view, restyle: (next) => model.restyle(next) };
    // The scheme changed while the first drawing was made.
    if (theme !== asked) await redraw(shown, theme);
  } catch (error) {
    console.warn('kse embed: the graph could not be drawn', error);
    showProblem(root, 'This diagram could not be drawn here: the simulator stopped. The full explorer may say more.', { href: explorerHref(window.location.href), text: 'Open in Kube Service Explorer' });
  }
}
