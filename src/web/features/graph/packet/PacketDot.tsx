import { ViewportPortal } from '@xyflow/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { HopPlan } from './plan.ts';
import type { Playback } from './playback.ts';

/** Pixels per second along the edges, and the bounds of one move. */
const SPEED = 220;
const MIN_SECONDS = 0.6;
const MAX_SECONDS = 2.4;
const RADIUS = 7;

const seconds = (length: number): number => Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, length / SPEED));

interface Props {
  readonly plan: readonly HopPlan[];
  readonly state: Playback;
  readonly onArrive: (from: number) => void;
}

/**
 * The packet: a circle in the flow's own coordinates, so it pans and zooms with the graph. A move
 * is an SVG `<animateMotion>` along the edges' paths; the browser runs it, Pause freezes the SVG
 * timeline, and the animation's end tells the player that the packet has arrived.
 */
export function PacketDot({ plan, state, onArrive }: Props) {
  const layer = useRef<SVGSVGElement>(null);
  const motion = useRef<SVGAnimateMotionElement>(null);
  const rest = plan[state.hop];
  const move = state.moving ? plan[state.hop + 1] : undefined;
  const path = move?.motion;
  const travelling = path !== undefined;

  // Before paint: a new motion element must start before the circle shows at its own origin.
  useLayoutEffect(() => {
    const element = motion.current;
    if (!travelling || element === null) return;
    const from = state.hop;
    const arrived = (): void => onArrive(from);
    element.addEventListener('endEvent', arrived);
    layer.current?.unpauseAnimations();
    element.beginElement();
    return () => element.removeEventListener('endEvent', arrived);
  }, [travelling, state.hop, onArrive]);

  // A move whose path vanished with a rebuild (the boxes no longer connect) ends at once.
  useEffect(() => {
    if (state.moving && !travelling) onArrive(state.hop);
  }, [state.moving, travelling, state.hop, onArrive]);

  useEffect(() => {
    if (state.frozen) layer.current?.pauseAnimations();
    else layer.current?.unpauseAnimations();
  }, [state.frozen]);

  if (rest === undefined) return null;
  return (
    <ViewportPortal>
      <svg ref={layer} className="kse-packet-layer" aria-hidden="true" focusable="false">
        {travelling ? (
          <circle key={`move-${state.hop}`} className="kse-packet-dot" r={RADIUS} data-testid="packet" data-hop={state.hop} data-moving="true">
            <animateMotion ref={motion} path={path} dur={`${seconds(move?.length ?? 0)}s`} begin="indefinite" fill="freeze" />
          </circle>
        ) : (
          <circle key="rest" className="kse-packet-dot" cx={rest.point.x} cy={rest.point.y} r={RADIUS} data-testid="packet" data-hop={state.hop} data-moving="false" />
        )}
      </svg>
    </ViewportPortal>
  );
}
