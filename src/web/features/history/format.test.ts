import { describe, expect, it } from 'vitest';
import { formatSize, formatWhen } from './format.ts';

describe('the history’s words for times and sizes', () => {
  const now = new Date(2026, 11, 6, 15, 30).getTime();

  it.each([
    ['earlier today', new Date(2026, 11, 6, 10, 42), /^today, /],
    ['yesterday', new Date(2026, 11, 5, 23, 59), /^yesterday, /],
    ['before', new Date(2026, 10, 28, 9, 15), /^(28 Nov|Nov 28), /],
  ])('names a time %s', (_, at, expected) => {
    expect(formatWhen(at.getTime(), now)).toMatch(expected);
  });

  it.each([
    [240, '240 characters'],
    [4_200, '4 kB'],
    [9_700_000, '9.7 MB'],
  ])('gives %i characters as %s', (characters, expected) => {
    expect(formatSize(characters)).toBe(expected);
  });
});
