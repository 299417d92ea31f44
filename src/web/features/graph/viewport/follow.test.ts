import { describe, expect, it } from 'vitest';
import { FOLLOW_MARGIN, followShift, whollyShown } from './follow.ts';

const pane = { width: 800, height: 200 };

describe('panning a box into view', () => {
  it('leaves a box wholly in the pane where it is, even close to the edge', () => {
    expect(followShift({ x: 8, y: 2, width: 150, height: 60 }, pane)).toEqual({ dx: 0, dy: 0 });
    expect(followShift({ x: 650, y: 140, width: 150, height: 60 }, pane)).toEqual({ dx: 0, dy: 0 });
  });

  it('moves along one axis only when the box is cut on that axis, and just enough', () => {
    // Cut at the bottom: up by what is hidden and the margin; across, nothing moves.
    expect(followShift({ x: 300, y: 180, width: 150, height: 60 }, pane)).toEqual({ dx: 0, dy: 200 - FOLLOW_MARGIN - 240 });
    // Off to the right.
    expect(followShift({ x: 900, y: 20, width: 150, height: 60 }, pane)).toEqual({ dx: 800 - FOLLOW_MARGIN - 1050, dy: 0 });
    // Off to the left.
    expect(followShift({ x: -120, y: 20, width: 150, height: 60 }, pane)).toEqual({ dx: FOLLOW_MARGIN + 120, dy: 0 });
  });

  it('aligns a box taller than the pane by its top, where its title is', () => {
    expect(followShift({ x: 10, y: 150, width: 150, height: 400 }, pane)).toEqual({ dx: 0, dy: FOLLOW_MARGIN - 150 });
    expect(followShift({ x: 10, y: -300, width: 150, height: 400 }, pane)).toEqual({ dx: 0, dy: FOLLOW_MARGIN + 300 });
  });

  it('tells a box wholly inside the pane from one the pane cuts', () => {
    const box = { x: 20, y: 300, width: 150, height: 60 };
    expect(whollyShown(box, { width: 800, height: 372 })).toBe(true);
    // The same place in a pane a toolbar row shorter: its bottom is cut off.
    expect(whollyShown(box, { width: 800, height: 356 })).toBe(false);
    expect(whollyShown({ ...box, x: -1 }, { width: 800, height: 400 })).toBe(false);
  });
});
