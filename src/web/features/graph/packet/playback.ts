/**
 * The packet player's state, as a reducer: which hop the packet is at, whether it is travelling
 * to the next one, and whether it goes on by itself. Time is not in here: the SVG animation moves
 * the dot and reports its arrival, a timer ends the pause at each hop.
 */
export interface Playback {
  /** The run this state belongs to (PacketRun.key). */
  readonly key: string | undefined;
  readonly count: number;
  /** Index of the hop the packet is at (or leaving, while it moves). */
  readonly hop: number;
  /** Travelling from `hop` to `hop + 1`. */
  readonly moving: boolean;
  /** Goes on to the next hop by itself after a pause at each one. */
  readonly auto: boolean;
  /** A move stopped halfway by Pause. */
  readonly frozen: boolean;
}

export type PlaybackAction =
  | { readonly type: 'load'; readonly key: string | undefined; readonly count: number; readonly auto: boolean }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  /** `jump`: reach the next hop at once (reduced motion, or nothing to travel along). */
  | { readonly type: 'step'; readonly jump: boolean }
  /** The pause at a hop is over. */
  | { readonly type: 'depart'; readonly jump: boolean }
  /** The move that left hop `from` has ended. */
  | { readonly type: 'arrive'; readonly from: number }
  | { readonly type: 'restart'; readonly auto: boolean }
  | { readonly type: 'stop' };

export const IDLE: Playback = { key: undefined, count: 0, hop: 0, moving: false, auto: false, frozen: false };

const isLast = (state: Playback, hop: number): boolean => hop >= state.count - 1;

/** The packet is at the next hop; it keeps going only if there is a hop after that. */
function reach(state: Playback): Playback {
  const hop = state.hop + 1;
  return { ...state, hop, moving: false, frozen: false, auto: state.auto && !isLast(state, hop) };
}

function leave(state: Playback, jump: boolean): Playback {
  return jump ? reach(state) : { ...state, moving: true, frozen: false };
}

export function playback(state: Playback, action: PlaybackAction): Playback {
  switch (action.type) {
    case 'load':
      return { ...IDLE, key: action.key, count: action.count, auto: action.auto && action.count > 1 };
    case 'play':
      if (isLast(state, state.hop)) return { ...state, hop: 0, moving: false, frozen: false, auto: state.count > 1 };
      return { ...state, auto: true, frozen: false };
    case 'pause':
      return { ...state, auto: false, frozen: state.moving };
    case 'step':
      if (state.moving) return reach(state);
      return isLast(state, state.hop) ? state : leave(state, action.jump);
    case 'depart':
      return !state.auto || state.moving || isLast(state, state.hop) ? state : leave(state, action.jump);
    case 'arrive':
      return state.moving && action.from === state.hop ? reach(state) : state;
    case 'restart':
      return { ...state, hop: 0, moving: false, frozen: false, auto: action.auto && state.count > 1 };
    case 'stop':
      return { ...state, moving: false, frozen: false, auto: false };
  }
}

/** Whether the player is going (so its toggle offers Pause rather than Play). */
export const isRunning = (state: Playback): boolean => state.auto || (state.moving && !state.frozen);
