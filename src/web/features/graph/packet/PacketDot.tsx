import { ViewportPortal } from '@xyflow/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { HopPlan } from './plan.ts';
import type { Playback } from './playback.ts';

/** Pixels per second along the edges, and the bounds of one move. */
const SPEED = 220;
const MIN_SECONDS = 0.6;
const MAX_SECONDS = 2.4;
const RADIUS = 7;
const STROKE = 2.5;
/** The circle's box: its radius and the half of its stroke that lies outside it. */
const HALF_DOT = RADIUS + STROKE / 2;
/** Pixels between two keyframes of a move: far below what the eye tells from the path itself. */
const KEYFRAME_STEP = 4;

const seconds = (length: number): number => Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, length / SPEED));

const at = (x: number, y: number): string => `translate(${x - HALF_DOT}px, ${y - HALF_DOT}px)`;

/** The move as transform keyframes at even steps along the edges' path (corners included), so that linear timing is an even speed. */
function keyframesAlong(motion: string): Keyframe[] {
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', motion);
  const length = path.getTotalLength();
  const steps = Math.max(1, Math.ceil(length / KEYFRAME_STEP));
  return Array.from({ length: steps + 1 }, (_, i) => {
    const { x, y } = path.getPointAtLength((length * i) / steps);
    return { transform: at(x, y) };
  });
}

interface Props {
  readonly plan: readonly HopPlan[];
  readonly state: Playback;
  readonly onArrive: (from: number) => void;
}

/**
 * The packet: a dot in the flow's own coordinates, so it pans and zooms with the graph. A move is
 * a Web Animation of its transform along the edges' path, which the compositor runs: the page's
 * thread neither paints nor lays out a frame of it. (An SVG `<animateMotion>` repainted the graph's
 * layer at every frame: with a thousand Pods drawn, 20 ms of a 16 ms frame, the page busy all the
 * while the packet moved.) Pause pauses the animation, and its end tells the player that the
 * packet has arrived.
 */
export function PacketDot({ plan, state, onArrive }: Props) {
  const dot = useRef<HTMLDivElement>(null);
  /** The move under way, and the path and length it was made for. */
  const running = useRef<{ readonly animation: Animation; path: string; length: number } | undefined>(undefined);
  const rest = plan[state.hop];
  const move = state.moving ? plan[state.hop + 1] : undefined;
  const path = move?.motion;
  const length = move?.length ?? 0;
  const travelling = path !== undefined;

  // Before paint: the move must start before the dot shows at the flow's origin.
  useLayoutEffect(() => {
    const element = dot.current;
    if (path === undefined || element === null) return;
    const from = state.hop;
    const animation = element.animate(keyframesAlong(path), { duration: seconds(length) * 1000, easing: 'linear', fill: 'forwards' });
    animation.onfinish = () => onArrive(from);
    const move = { animation, path, length };
    running.current = move;
    return () => {
      animation.onfinish = null;
      animation.cancel();
      if (running.current === move) running.current = undefined;
    };
    // A rebuild that moves the edges mid-move changes the path, not the move: see below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [travelling, state.hop, onArrive]);

  // The edges moved under a travelling packet (a rebuild): it goes on along the new path, as far along.
  useLayoutEffect(() => {
    const move = running.current;
    const effect = move?.animation.effect;
    if (path === undefined || move === undefined || (move.path === path && move.length === length) || !(effect instanceof KeyframeEffect)) return;
    effect.setKeyframes(keyframesAlong(path));
    effect.updateTiming({ duration: seconds(length) * 1000 });
    move.path = path;
    move.length = length;
  }, [path, length]);

  // A move whose path vanished with a rebuild (the boxes no longer connect) ends at once.
  useEffect(() => {
    if (state.moving && !travelling) onArrive(state.hop);
  }, [state.moving, travelling, state.hop, onArrive]);

  useEffect(() => {
    const animation = running.current?.animation;
    if (state.frozen) animation?.pause();
    else if (animation?.playState === 'paused') animation.play();
  }, [state.frozen, travelling, state.hop]);

  if (rest === undefined) return null;
  // The circle is drawn in SVG, whose stroke keeps its width at any zoom (a CSS border would be
  // rounded to whole pixels); the box around it is what moves.
  const circle = (
    <svg width={2 * HALF_DOT} height={2 * HALF_DOT} aria-hidden="true" focusable="false">
      <circle cx={HALF_DOT} cy={HALF_DOT} r={RADIUS} strokeWidth={STROKE} />
    </svg>
  );
  return (
    <ViewportPortal>
      {travelling ? (
        <div key={`move-${state.hop}`} ref={dot} className="kse-packet-dot" data-testid="packet" data-hop={state.hop} data-moving="true">
          {circle}
        </div>
      ) : (
        <div key="rest" className="kse-packet-dot" style={{ transform: at(rest.point.x, rest.point.y) }} data-testid="packet" data-hop={state.hop} data-moving="false">
          {circle}
        </div>
      )}
    </ViewportPortal>
  );
}
