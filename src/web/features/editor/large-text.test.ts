import { describe, expect, it } from 'vitest';
import { HUGE_TEXT, HUGE_TEXT_SHOWN, isLargeText, LARGE_TEXT_OFF, LARGE_TEXT_ON, shownPart } from './large-text.ts';

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

describe('a huge text in the editor', () => {
  it('is shown whole below the threshold', () => {
    const text = 'a: b\n'.repeat((HUGE_TEXT - 1) / 5);
    expect(shownPart(text)).toBe(text);
  });

  it('is shown from its beginning up to a whole line past the shown size, above it', () => {
    const line = `${'x'.repeat(99)}\n`;
    const text = line.repeat(HUGE_TEXT / 100 + 1);
    const shown = shownPart(text);
    expect(shown.length).toBeGreaterThanOrEqual(HUGE_TEXT_SHOWN);
    expect(shown.length).toBeLessThan(HUGE_TEXT_SHOWN + line.length);
    expect(shown.endsWith('\n')).toBe(true);
    expect(text.startsWith(shown)).toBe(true);
  });
});
