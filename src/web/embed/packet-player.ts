/**
 * The packet of the embed: the explorer's player (Play/Pause, Step, Restart and the caption of the
 * hop, named "Packet") over the drawn SVG, with the explorer's own state machine (playback.ts) and
 * plan (plan.ts). A move is a Web Animation of the dot's transform along the edges' path
 * (motion.ts), Pause pauses it, and its end says the packet has arrived. With reduced motion the
 * dot never glides: it jumps from hop to hop.
 */
import { keyframesAlong, moveMillis } from '../features/graph/packet/motion.ts';
import type { HopPlan } from '../features/graph/packet/plan.ts';
import { IDLE, isRunning, playback, type Playback, type PlaybackAction } from '../features/graph/packet/playback.ts';
import type { PacketRun } from '../features/graph/packet/types.ts';
import { element, svgElement } from './dom.ts';
import { prefersReducedMotion } from './theme.ts';

// The explorer's timings (usePacketPlayback.ts, PacketDot.tsx): long enough to read a caption.
const PAUSE_AT_HOP_MS = 1100;
const REDUCED_PAUSE_AT_HOP_MS = 1800;
const RADIUS = '7';

export interface PlayerHost {
  /** Keeps the box the packet is at, or heading for, in view. */
  follow(id: string): void;
}

export interface PacketPlayer {
  /** The controls and the caption. */
  readonly element: HTMLElement;
  /** Draws the packet over `svg`: the first drawing, or the same graph in another theme. */
  attach(svg: SVGSVGElement): void;
}

interface Drawn {
  readonly svg: SVGSVGElement;
  readonly layer: SVGGElement;
  readonly byId: ReadonlyMap<string, Element>;
}

export function createPacketPlayer(run: PacketRun, plan: readonly HopPlan[] | undefined, host: PlayerHost): PacketPlayer {
  const playButton = element('button', { type: 'button' });
  const stepButton = element('button', { type: 'button' }, 'Step');
  const restartButton = element('button', { type: 'button' }, 'Restart');
  const caption = element('p', { class: 'kse-embed-player__caption', role: 'status', 'aria-label': 'Packet' });
  const root = element(
    'div',
    { class: 'kse-embed-player', role: 'group', 'aria-label': 'Packet player' },
    element('div', { class: 'kse-embed-player__buttons' }, playButton, stepButton, restartButton),
    caption,
  );

  let state: Playback = IDLE;
  let drawn: Drawn | undefined;
  let dotKey = '';
  /** The move under way. */
  let glide: Animation | undefined;
  let waitKey = '';
  let waitTimer: ReturnType<typeof setTimeout> | undefined;
  let heading: string | undefined;
  let marked: Element[] = [];

  const playable = plan !== undefined && run.hops.length > 0;
  /** Reach the next hop at once: reduced motion, or nothing to travel along. */
  const jump = (): boolean => prefersReducedMotion() || plan?.[state.hop + 1]?.motion === undefined;

  function dispatch(action: PlaybackAction): void {
    state = playback(state, action);
    render();
  }

  playButton.addEventListener('click', () => dispatch({ type: isRunning(state) ? 'pause' : 'play' }));
  stepButton.addEventListener('click', () => dispatch({ type: 'step', jump: jump() }));
  restartButton.addEventListener('click', () => dispatch({ type: 'restart', auto: !prefersReducedMotion() }));

  function renderControls(): void {
    playButton.textContent = isRunning(state) ? 'Pause' : 'Play';
    playButton.disabled = !playable;
    stepButton.disabled = !playable || (state.hop >= run.hops.length - 1 && !state.moving);
    restartButton.disabled = !playable;
    caption.dataset.hop = String(state.hop);
    caption.dataset.hops = String(run.hops.length);
    const hop = run.hops[state.hop];
    if (!playable || hop === undefined) {
      caption.replaceChildren(element('span', { class: 'kse-embed-player__text' }, run.hops.length === 0 ? 'No hops to show.' : 'The packet’s path is not on this graph.'));
      return;
    }
    caption.replaceChildren(
      element('span', { class: 'kse-embed-player__count' }, `hop ${state.hop + 1} of ${run.hops.length}`),
      // A space, so that the count and the caption are read as two phrases.
      ' ',
      element('span', { class: 'kse-embed-player__text' }, hop.caption),
      ...(hop.warning === undefined ? [] : [element('span', { class: 'kse-embed-player__warning' }, ` · ${hop.warning}`)]),
    );
  }

  /** The box the packet is at, and the edges it has travelled, stand out. */
  function renderMarks(): void {
    for (const mark of marked) mark.classList.remove('kse-embed-at', 'kse-embed-trail');
    marked = [];
    if (drawn === undefined || plan === undefined) return;
    const mark = (id: string | undefined, className: string): void => {
      const found = id === undefined ? undefined : drawn?.byId.get(id);
      if (found === undefined) return;
      found.classList.add(className);
      marked.push(found);
    };
    mark(plan[state.hop]?.at, 'kse-embed-at');
    for (const step of plan.slice(1, state.hop + (state.moving ? 2 : 1))) for (const edge of step.edges) mark(edge, 'kse-embed-trail');
  }

  /** A new dot for each stop and each move, so that a running animation never restarts by itself. */
  function renderDot(force: boolean): void {
    if (drawn === undefined || plan === undefined) return;
    const key = `${state.hop}:${state.moving}`;
    if (key !== dotKey || force) {
      dotKey = key;
      const from = state.hop;
      const rest = plan[from];
      const move = state.moving ? plan[from + 1] : undefined;
      drawn.layer.replaceChildren();
      glide?.cancel();
      glide = undefined;
      if (move?.motion !== undefined) {
        const dot = svgElement('circle', { class: 'kse-embed-packet__dot', r: RADIUS, 'data-testid': 'packet', 'data-hop': String(from), 'data-moving': 'true' });
        drawn.layer.append(dot);
        glide = dot.animate(keyframesAlong(move.motion), { duration: moveMillis(move.length), easing: 'linear', fill: 'forwards' });
        glide.onfinish = () => dispatch({ type: 'arrive', from });
      } else if (rest !== undefined) {
        const point = { cx: String(rest.point.x), cy: String(rest.point.y) };
        drawn.layer.append(svgElement('circle', { class: 'kse-embed-packet__dot', r: RADIUS, ...point, 'data-testid': 'packet', 'data-hop': String(from), 'data-moving': 'false' }));
        // A move with nothing to travel along (the boxes are not connected) ends at once.
        if (state.moving) queueMicrotask(() => dispatch({ type: 'arrive', from }));
      }
    }
    if (state.frozen) glide?.pause();
    else if (glide?.playState === 'paused') glide.play();
  }

  /** Going on by itself: a pause at each hop, long enough to read its caption. */
  function renderWait(): void {
    const waiting = state.auto && !state.moving && plan !== undefined;
    const key = waiting ? String(state.hop) : '';
    if (key === waitKey) return;
    waitKey = key;
    clearTimeout(waitTimer);
    if (!waiting) return;
    const reduced = prefersReducedMotion();
    waitTimer = setTimeout(() => {
      waitKey = '';
      dispatch({ type: 'depart', jump: jump() });
    }, reduced ? REDUCED_PAUSE_AT_HOP_MS : PAUSE_AT_HOP_MS);
  }

  function renderFollow(): void {
    const next = state.moving ? plan?.[state.hop + 1]?.at : plan?.[state.hop]?.at;
    if (next === undefined || next === heading) return;
    heading = next;
    host.follow(next);
  }

  function render(force = false): void {
    renderControls();
    renderMarks();
    renderDot(force);
    renderWait();
    renderFollow();
  }

  dispatch({ type: 'load', key: run.key, count: run.hops.length, auto: !prefersReducedMotion() && plan !== undefined });
  return {
    element: root,
    attach(svg) {
      const layer = svgElement('g', { class: 'kse-embed-packet', 'aria-hidden': 'true' });
      svg.append(layer);
      drawn = { svg, layer, byId: new Map([...svg.querySelectorAll('[data-id]')].map((e) => [e.getAttribute('data-id') ?? '', e])) };
      heading = undefined;
      render(true);
    },
  };
}
