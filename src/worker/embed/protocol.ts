/**
 * Messages between the embed (`?embed`) and its own model worker. The embed only draws and
 * animates, so its worker answers one question: the share link's cluster as a graph, its SVG, and
 * the packet to play; then, when the page's colour scheme changes, the same graph in the other theme.
 */
import type { TraceResult } from '../../model/index.ts';
import type { Graph } from '../../present/graph/index.ts';
import type { SvgTheme } from '../../present/svg/index.ts';

export interface DrawRequest {
  readonly type: 'draw';
  readonly id: number;
  /** The share link's manifest. */
  readonly manifest: string;
  /** The link's `ev` parameter as it stands: the What-if timeline, read in the worker. */
  readonly events?: string;
  /** The link's `v` parameter as it stands: the Kubernetes version to simulate when it names a supported one. */
  readonly kubeVersion?: string;
  /** The link's `in` parameter as it stands: how to read the text (`manifest`, `dump`), `auto` otherwise. */
  readonly input?: string;
  /** The link's `ns` parameter as it stands: the namespace to draw, `*` for all; else as the explorer decides for the size. */
  readonly namespace?: string;
  /** `namespace/name` of the Service whose packet to play (the link's `svc`); else the first one drawn. */
  readonly service?: string;
  readonly theme: SvgTheme;
}

export interface RestyleRequest {
  readonly type: 'restyle';
  readonly id: number;
  readonly theme: SvgTheme;
}

export type EmbedRequest = DrawRequest | RestyleRequest;

/** What the embed shows: the graph (for the packet's plan and the view), drawn as `kse render` draws it. */
export interface Drawing {
  readonly graph: Graph;
  readonly svg: string;
  /** The packet's trace to the chosen Service; absent when no Service is drawn. */
  readonly trace?: TraceResult;
  /** A new run for every drawing: the player's key. */
  readonly packetKey: string;
}

export type EmbedResponse =
  /** The worker took the request up, or began it again: a sign of life. */
  | { readonly type: 'working'; readonly id: number }
  | { readonly type: 'drawn'; readonly id: number; readonly drawing: Drawing }
  | { readonly type: 'restyled'; readonly id: number; readonly theme: SvgTheme; readonly svg: string }
  | { readonly type: 'failed'; readonly id: number; readonly detail: string };
