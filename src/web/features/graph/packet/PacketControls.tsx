import type { HopPlan } from './plan.ts';
import { isRunning } from './playback.ts';
import type { PacketPlayer } from './usePacketPlayback.ts';
import type { PacketHop } from './types.ts';

interface Props {
  readonly hops: readonly PacketHop[];
  readonly plan: readonly HopPlan[] | undefined;
  readonly player: PacketPlayer;
}

/**
 * Play/Pause, Step and Restart, and the caption of the hop the packet is at. The caption is a
 * polite live region named "Packet"; `data-hop` holds the 0-based index of the current hop.
 */
export function PacketControls({ hops, plan, player }: Props) {
  const { state } = player;
  const playable = plan !== undefined && hops.length > 0;
  const running = isRunning(state);
  const atEnd = state.hop >= hops.length - 1 && !state.moving;
  const hop = hops[state.hop];
  return (
    <div className="kse-player" role="group" aria-label="Packet player">
      <div className="kse-player__buttons">
        <button type="button" onClick={running ? player.pause : player.play} disabled={!playable}>
          {running ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={player.step} disabled={!playable || atEnd}>
          Step
        </button>
        <button type="button" onClick={player.restart} disabled={!playable}>
          Restart
        </button>
      </div>
      <p className="kse-player__caption" role="status" aria-label="Packet" data-hop={state.hop} data-hops={hops.length}>
        {playable && hop !== undefined ? (
          <>
            <span className="kse-player__count">
              hop {state.hop + 1} of {hops.length}
            </span>
            <span className="kse-player__text">{hop.caption}</span>
            {hop.warning !== undefined && <span className="kse-player__warning"> · {hop.warning}</span>}
          </>
        ) : (
          <span className="kse-player__text">{hops.length === 0 ? 'No hops to show.' : 'The packet’s path is not on this graph.'}</span>
        )}
      </p>
    </div>
  );
}
