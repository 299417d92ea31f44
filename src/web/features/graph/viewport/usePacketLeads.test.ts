import { describe, expect, it } from 'vitest';
import { holdPacket, type PacketHold } from './usePacketLeads.ts';

/** The `leads` of each render in turn, the hold carried from one to the next as the hook does. */
function leadsOf(renders: readonly PacketHold[]): boolean[] {
  let held = renders[0] ?? { chosen: undefined, run: undefined, position: '' };
  return renders.map((now) => {
    const { hold, leads } = holdPacket(held, now);
    held = hold;
    return leads;
  });
}

describe('following the packet while a box on its path is chosen', () => {
  it('follows the packet whenever no box is chosen', () => {
    expect(leadsOf([{ chosen: undefined, run: 'a', position: '0|false' }, { chosen: undefined, run: 'a', position: '0|false' }])).toEqual([true, true]);
  });

  it('holds the chosen box until the packet goes on, then follows it', () => {
    const box = 'svc:team-003/svc-303';
    expect(
      leadsOf([
        { chosen: box, run: 'a', position: '0|false' },
        { chosen: box, run: 'a', position: '0|false' },
        { chosen: box, run: 'a', position: '0|true' },
        { chosen: box, run: 'a', position: '1|false' },
      ]),
    ).toEqual([false, false, true, true]);
  });

  it('holds it again when a new run begins, at the new run’s first hop', () => {
    const box = 'svc:team-003/svc-303';
    expect(
      leadsOf([
        // The run to the Service found: chosen while the old run rested at its second hop…
        { chosen: box, run: 'old', position: '1|false' },
        // …then the new run, at its first hop: not a move of the packet.
        { chosen: box, run: 'new', position: '0|false' },
        { chosen: box, run: 'new', position: '0|false' },
        { chosen: box, run: 'new', position: '0|true' },
      ]),
    ).toEqual([false, false, false, true]);
  });

  it('keeps the very hold while nothing changes, so that the hook sets no state at every render', () => {
    for (const chosen of [undefined, 'svc:a/x']) {
      const held: PacketHold = { chosen, run: 'r', position: '0|false' };
      expect(holdPacket(held, { chosen, run: 'r', position: '0|false' }).hold).toBe(held);
      expect(holdPacket(held, { chosen, run: 'r', position: '1|false' }).hold).toBe(held);
    }
  });

  it('holds it again for a new choice', () => {
    expect(
      leadsOf([
        { chosen: 'svc:a/x', run: 'r', position: '0|false' },
        { chosen: 'svc:a/x', run: 'r', position: '1|false' },
        { chosen: 'pod:a/y', run: 'r', position: '1|false' },
      ]),
    ).toEqual([false, true, false]);
  });
});
