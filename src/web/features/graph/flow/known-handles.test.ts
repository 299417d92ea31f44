import { describe, expect, it } from 'vitest';
import { knownHandles } from './known-handles.ts';

describe('a box’s handles, known before it is drawn', () => {
  it('sit in the middle of its left and right sides', () => {
    expect(knownHandles(200, 60).map(({ type, position, x, y }) => ({ type, position, x, y }))).toEqual([
      { type: 'target', position: 'left', x: -1, y: 30 },
      { type: 'source', position: 'right', x: 200, y: 30 },
    ]);
  });
});
