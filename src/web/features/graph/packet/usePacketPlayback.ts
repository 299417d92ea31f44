import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { HopPlan } from './plan.ts';
import { IDLE, playback, type Playback } from './playback.ts';
import type { PacketRun } from './types.ts';

/** Long enough to read a hop's caption before the packet moves on. */
const PAUSE_AT_HOP_MS = 1100;
const REDUCED_PAUSE_AT_HOP_MS = 1800;

export interface PacketPlayer {
  readonly state: Playback;
  readonly play: () => void;
  readonly pause: () => void;
  readonly step: () => void;
  readonly restart: () => void;
  readonly arrive: (from: number) => void;
}

/**
 * Plays a packet run over its plan. A new run (new key) starts at the first hop and plays by
 * itself, unless the user prefers reduced motion: then the dot never glides; Step jumps to the next
 * hop, and Play jumps hop by hop with a pause at each. A graph that loses a hop's box stops it.
 */
export function usePacketPlayback(packet: PacketRun | undefined, plan: readonly HopPlan[] | undefined, reduced: boolean): PacketPlayer {
  const [state, dispatch] = useReducer(playback, IDLE);
  const count = packet?.hops.length ?? 0;
  // Render-time updates, as React recommends for state that follows a prop: no frame shows the old run.
  if (state.key !== packet?.key || state.count !== count) dispatch({ type: 'load', key: packet?.key, count, auto: !reduced && plan !== undefined });
  if (plan === undefined && (state.auto || state.moving)) dispatch({ type: 'stop' });

  const jump = reduced || plan?.[state.hop + 1]?.motion === undefined;
  const waiting = state.auto && !state.moving && plan !== undefined;
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setTimeout(() => dispatch({ type: 'depart', jump }), reduced ? REDUCED_PAUSE_AT_HOP_MS : PAUSE_AT_HOP_MS);
    return () => window.clearTimeout(timer);
  }, [waiting, state.hop, jump, reduced]);

  // Stable, so that a running animation never restarts because the player re-rendered.
  const arrive = useCallback((from: number) => dispatch({ type: 'arrive', from }), []);
  const controls = useMemo(
    () => ({
      play: () => dispatch({ type: 'play' }),
      pause: () => dispatch({ type: 'pause' }),
      step: () => dispatch({ type: 'step', jump }),
      restart: () => dispatch({ type: 'restart', auto: !reduced }),
    }),
    [jump, reduced],
  );
  return { state, arrive, ...controls };
}
