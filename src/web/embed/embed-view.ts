/**
 * The embed's page: the graph region with its packet, and the link to the full explorer; or, when
 * there is nothing to draw, why, with a way to the explorer.
 */
import type { Graph } from '../../present/graph/index.ts';
import { planPacket } from '../features/graph/packet/plan.ts';
import type { PacketRun } from '../features/graph/packet/types.ts';
import { element, parseSvg } from './dom.ts';
import { createGraphPane, type GraphPane } from './graph-pane.ts';
import { createPacketPlayer, type PacketPlayer } from './packet-player.ts';
import type { Layout } from './viewport.ts';

const DRAWING = 'Drawing the cluster…';
/** The explorer's words for a graph with no box (ClusterGraph.tsx). */
const NOTHING_TO_DRAW = 'No Service to draw yet: add one to the manifest.';

export interface EmbedView {
  /** Shows the drawing of `graph`, and plays `packet` over it when there is one. */
  show(graph: Graph, svg: string, packet: PacketRun | undefined): void;
  /** The same graph drawn again (the other theme): the view and the packet stay where they are. */
  restyle(svg: string): void;
}

const openLink = (href: string, text: string): HTMLAnchorElement => element('a', { class: 'kse-embed__open', href, target: '_blank', rel: 'noopener' }, text);

/** The graph region and the link back to the explorer, in `root`, with a note until the drawing comes. */
export function mountEmbed(root: HTMLElement, explorerHref: string): EmbedView {
  const pane: GraphPane = createGraphPane();
  pane.note(DRAWING);
  root.replaceChildren(element('div', { class: 'kse-embed' }, pane.element, openLink(explorerHref, 'Open in Kube Service Explorer')));
  let player: PacketPlayer | undefined;
  let layout: Layout = { width: 0, height: 0, services: [] };
  return {
    show(graph, svg, packet) {
      if (graph.nodes.length === 0) {
        pane.note(NOTHING_TO_DRAW);
        return;
      }
      layout = { width: graph.width, height: graph.height, services: graph.nodes.filter((n) => n.kind === 'service') };
      const drawing = parseSvg(svg);
      pane.show(drawing, layout);
      if (packet === undefined) return;
      player = createPacketPlayer(packet, planPacket(graph, packet.hops), pane);
      pane.addFooter(player.element);
      player.attach(drawing);
    },
    restyle(svg) {
      const drawing = parseSvg(svg);
      pane.show(drawing, layout);
      player?.attach(drawing);
    },
  };
}

/** Why the embed has no graph to draw, and a way to the explorer. */
export function showProblem(root: HTMLElement, message: string, link: { readonly href: string; readonly text: string }): void {
  root.replaceChildren(
    element(
      'div',
      { class: 'kse-embed kse-embed--problem', role: 'alert' },
      element('p', {}, message),
      element('p', {}, element('a', { href: link.href, target: '_blank', rel: 'noopener' }, link.text)),
    ),
  );
}
