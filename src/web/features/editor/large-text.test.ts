import { describe, expect, it } from 'vitest';
import { isLargeText, LARGE_TEXT_OFF, LARGE_TEXT_ON } from './large-text.ts';

describe('the editor’s large-text mode', () => {
  it.each([
    [LARGE_TEXT_ON - 1, false, false],
    [LARGE_TEXT_ON, false, true],
    [LARGE_TEXT_OFF, true, true],
    [LARGE_TEXT_OFF - 1, true, false],
    [(LARGE_TEXT_ON + LARGE_TEXT_OFF) / 2, false, false],
    [(LARGE_TEXT_ON + LARGE_TEXT_OFF) / 2, true, true],
  ])('at %i characters (was large: %s) is %s', (length, was, large) => {
    expect(isLargeText(length, was)).toBe(large);
  });
});
