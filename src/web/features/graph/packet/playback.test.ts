import { describe, expect, it } from 'vitest';
import { IDLE, isRunning, playback, type Playback, type PlaybackAction } from './playback.ts';

const run = (actions: readonly PlaybackAction[], from: Playback = IDLE): Playback => actions.reduce(playback, Object.freeze(from));
const loaded = (auto: boolean): PlaybackAction => ({ type: 'load', key: 'run-1', count: 3, auto });
const pick = ({ hop, moving, auto, frozen }: Playback) => ({ hop, moving, auto, frozen });

describe('playback', () => {
  it.each<[string, PlaybackAction[], ReturnType<typeof pick>]>([
    ['a new run starts at the first hop, playing', [loaded(true)], { hop: 0, moving: false, auto: true, frozen: false }],
    ['a new run under reduced motion waits at the first hop', [loaded(false)], { hop: 0, moving: false, auto: false, frozen: false }],
    ['the pause at a hop ends with a move', [loaded(true), { type: 'depart', jump: false }], { hop: 0, moving: true, auto: true, frozen: false }],
    ['a move ends at the next hop', [loaded(true), { type: 'depart', jump: false }, { type: 'arrive', from: 0 }], { hop: 1, moving: false, auto: true, frozen: false }],
    [
      'the last hop ends the run',
      [loaded(true), { type: 'depart', jump: false }, { type: 'arrive', from: 0 }, { type: 'depart', jump: false }, { type: 'arrive', from: 1 }],
      { hop: 2, moving: false, auto: false, frozen: false },
    ],
    ['Pause freezes a move halfway', [loaded(true), { type: 'depart', jump: false }, { type: 'pause' }], { hop: 0, moving: true, auto: false, frozen: true }],
    ['Play goes on from where it froze', [loaded(true), { type: 'depart', jump: false }, { type: 'pause' }, { type: 'play' }], { hop: 0, moving: true, auto: true, frozen: false }],
    ['Step during a move finishes it at once', [loaded(false), { type: 'step', jump: false }, { type: 'step', jump: false }], { hop: 1, moving: false, auto: false, frozen: false }],
    ['Step at rest travels one hop and stops', [loaded(false), { type: 'step', jump: false }, { type: 'arrive', from: 0 }], { hop: 1, moving: false, auto: false, frozen: false }],
    ['Step under reduced motion jumps', [loaded(false), { type: 'step', jump: true }], { hop: 1, moving: false, auto: false, frozen: false }],
    ['Step at the last hop does nothing', [loaded(false), { type: 'step', jump: true }, { type: 'step', jump: true }, { type: 'step', jump: true }], { hop: 2, moving: false, auto: false, frozen: false }],
    ['Play at the end starts over', [loaded(false), { type: 'step', jump: true }, { type: 'step', jump: true }, { type: 'play' }], { hop: 0, moving: false, auto: true, frozen: false }],
    ['Play under reduced motion jumps hop by hop', [loaded(false), { type: 'play' }, { type: 'depart', jump: true }], { hop: 1, moving: false, auto: true, frozen: false }],
    ['Restart goes back to the first hop', [loaded(true), { type: 'depart', jump: false }, { type: 'arrive', from: 0 }, { type: 'restart', auto: true }], { hop: 0, moving: false, auto: true, frozen: false }],
    ['a late arrival of an old move is ignored', [loaded(false), { type: 'step', jump: true }, { type: 'arrive', from: 0 }], { hop: 1, moving: false, auto: false, frozen: false }],
    ['a departure while paused is ignored', [loaded(false), { type: 'depart', jump: false }], { hop: 0, moving: false, auto: false, frozen: false }],
    ['Stop halts everything', [loaded(true), { type: 'depart', jump: false }, { type: 'stop' }], { hop: 0, moving: false, auto: false, frozen: false }],
  ])('%s', (_, actions, expected) => {
    expect(pick(run(actions))).toEqual(expected);
  });

  it('does not play a run of one hop', () => {
    expect(run([{ type: 'load', key: 'k', count: 1, auto: true }]).auto).toBe(false);
  });

  it('offers Pause while the packet goes on or moves, Play otherwise', () => {
    expect(isRunning(run([loaded(true)]))).toBe(true);
    expect(isRunning(run([loaded(false), { type: 'step', jump: false }]))).toBe(true);
    expect(isRunning(run([loaded(true), { type: 'depart', jump: false }, { type: 'pause' }]))).toBe(false);
    expect(isRunning(run([loaded(false)]))).toBe(false);
  });
});
