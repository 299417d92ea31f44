import { describe, expect, it } from 'vitest';
import { approximateMeasurer, measureNode } from './measure.ts';

describe('approximateMeasurer', () => {
  it.each([
    ['', 13, 0],
    ['abc', 10, 19],
    ['ABC', 10, 23],
  ])('%j at %d px is %d px wide', (text, size, width) => {
    expect(approximateMeasurer(text, size)).toBe(width);
  });
});

describe('measureNode', () => {
  it.each([
    [{ title: 'x', subtitle: [], badges: [], simulated: false }, { width: 120, height: 34 }],
    [{ title: 'x', subtitle: ['a', 'b'], badges: ['c'], simulated: false }, { width: 120, height: 79 }],
    [{ title: 'x'.repeat(50), subtitle: [], badges: [], simulated: false }, { width: 500 + 24, height: 34 }],
  ])('sizes %j', (data, size) => {
    expect(measureNode(data, (text) => text.length * 10)).toEqual(size);
  });
});
