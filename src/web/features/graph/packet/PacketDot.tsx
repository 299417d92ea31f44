import { ViewportPortal } from '@xyflow/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { HopPlan } from './plan.ts';
import { keyframesAlong, moveMillis, placedAt } from './motion.ts';
import type { Playback } from './playback.ts';

const RADIUS = 7;
const STROKE = 2.5;
/** The circle's box: its radius and the half of its stroke that lies outside it. */
const HALF_DOT = RADIUS + STROKE / 2;

interface Props {
  readonly plan: readonly HopPlan[];
  readonly state: Playback;
  readonly onArrive: (from: number) => void;
}

/**
 * The packet: a dot in the flow's own coordinates, so it pans and zooms with the graph. A move is
 * a Web Animation of its box's transform along the edges' path (motion.ts), which the compositor
 * runs: with the 1,000-Pod example open, an SVG `<animateMotion>` kept the page's thread busy a
 * third of the time the packet moved, repainting the graph's layer at every frame. Pause pauses
 * the animation, and its end tells the player that the packet has arrived.
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
    const animation = element.animate(keyframesAlong(path, HALF_DOT), { duration: moveMillis(length), easing: 'linear', fill: 'forwards' });
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
    effect.setKeyframes(keyframesAlong(path, HALF_DOT));
    effect.updateTiming({ duration: moveMillis(length) });
    move.path = path;
    move.length = length;
  }, [path, length]);

  // A move whose path vanished with a rebuild (the boxes no longer connect) ends at once.
  useEffect(() => {
    if (state.moving && !travelling) onArrive(state.hop);
  }, [state.moving, travelling, state.hop, onArrive]);

  // Again for each new move (`travelling`, `state.hop`): Pause holds whichever animation is under way.
  useEffect(() => {
    const animation = running.current?.animation;
    if (state.frozen) animation?.pause();
    else if (animation?.playState === 'paused') animation.play();
  }, [state.frozen, travelling, state.hop]);

  if (rest === undefined) return null;
  // The circle is drawn in SVG, whose stroke keeps its width at any zoom (a CSS border would be
  // rounded to whole pixels); the box around it is what moves. A new box for each move and for
  // the rest, so that an animation never carries over to the next.
  return (
    <ViewportPortal>
      <div
        key={travelling ? `move-${state.hop}` : 'rest'}
        ref={travelling ? dot : undefined}
        className="kse-packet-dot"
        style={travelling ? undefined : { transform: placedAt(rest.point.x, rest.point.y, HALF_DOT) }}
        data-testid="packet"
        data-hop={state.hop}
        data-moving={travelling}
      >
        <svg width={2 * HALF_DOT} height={2 * HALF_DOT} aria-hidden="true" focusable="false">
          <circle cx={HALF_DOT} cy={HALF_DOT} r={RADIUS} strokeWidth={STROKE} />
        </svg>
      </div>
    </ViewportPortal>
  );
}
