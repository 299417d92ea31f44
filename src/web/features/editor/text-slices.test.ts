import { describe, expect, it } from 'vitest';
import { blendPace, loadInSlices, MAX_SLICES, SLICE_BUDGET_MS, sliceCharsFor, sliceEnd, type SliceProgress, type SliceScheduling } from './text-slices.ts';

/** Runs the queued slices by hand, each "taking" `msPerChar` per character appended. */
function manualScheduling(msPerChar: number) {
  const queue: (() => void)[] = [];
  let clock = 0;
  const scheduling: SliceScheduling = { now: () => clock, later: (run) => queue.push(run) };
  return {
    scheduling,
    advanceFor: (slice: string) => (clock += msPerChar * slice.length),
    runAll() {
      let tasks = 0;
      while (queue.length > 0) {
        queue.shift()!();
        tasks++;
      }
      return tasks;
    },
  };
}

const lines = (count: number) => Array.from({ length: count }, (_, i) => `line ${i}: ${'x'.repeat(i % 40)}`).join('\n');

describe('a large text put into the editor in slices', () => {
  it('ends a slice after the line break that ends its last line, or at the end of the text', () => {
    expect(sliceEnd('a\nb\nc', 0, 1)).toBe(2);
    expect(sliceEnd('a\nb\nc', 0, 2)).toBe(2);
    expect(sliceEnd('a\nb\nc', 0, 3)).toBe(4);
    expect(sliceEnd('a\nb\nc', 2, 2)).toBe(4);
    expect(sliceEnd('a\nb\nc\n', 4, 100)).toBe(6);
    expect(sliceEnd('no break', 0, 3)).toBe(8);
  });

  it('sizes the next slice by the pace so far, in which one slow slice counts for a part', () => {
    const total = 500_000;
    expect(sliceCharsFor(SLICE_BUDGET_MS / 40_000, total)).toBe(40_000);
    const steady = blendPace(undefined, 40_000, SLICE_BUDGET_MS);
    // A slice three times slower (a garbage collection) moves the pace, and the next slice, by far less.
    const afterSlow = sliceCharsFor(blendPace(steady, 40_000, SLICE_BUDGET_MS * 3), total);
    expect(afterSlow).toBeGreaterThan(40_000 / 2);
    expect(afterSlow).toBeLessThan(40_000);
    // Within bounds, however the clock reads, and never more than MAX_SLICES slices.
    expect(sliceCharsFor(0, total)).toBe(4_000_000);
    expect(sliceCharsFor(1_000, 5_000_000)).toBe(5_000_000 / MAX_SLICES);
    expect(sliceCharsFor(1_000, 100_000_000)).toBe(100_000_000 / MAX_SLICES);
    expect(sliceCharsFor(1_000, 10)).toBe(16_000);
  });

  it.each([
    ['a text of many lines', lines(50_000)],
    ['a text ending in a line break', `${lines(9_000)}\n`],
    ['one long line', 'x'.repeat(300_000)],
    ['an empty text', ''],
  ])('puts %s together exactly, in order, and reports its progress', (_, text) => {
    const manual = manualScheduling(0.01);
    const slices: string[] = [];
    const progress: SliceProgress[] = [];
    let done = 0;
    loadInSlices(
      text,
      {
        append(slice) {
          slices.push(slice);
          manual.advanceFor(slice);
        },
      },
      (p) => progress.push(p),
      () => done++,
      manual.scheduling,
    );
    expect(slices).toEqual([]);
    manual.runAll();
    expect(slices.join('')).toBe(text);
    expect(done).toBe(1);
    expect(progress[0]).toEqual({ loaded: 0, total: text.length });
    expect(progress.map((p) => p.loaded)).toEqual([...progress.map((p) => p.loaded)].sort((a, b) => a - b));
  });

  it('keeps slices near the budget on a slow page, but never more than MAX_SLICES of them', () => {
    const text = lines(100_000);
    const run = (msPerChar: number) => {
      const manual = manualScheduling(msPerChar);
      let slices = 0;
      loadInSlices(
        text,
        {
          append(slice) {
            slices++;
            manual.advanceFor(slice);
          },
        },
        () => undefined,
        () => undefined,
        manual.scheduling,
      );
      manual.runAll();
      return slices;
    };
    // About 2.8 MB: at 1 µs a character, 40,000 fit the budget, so about 70 slices;
    // ten times faster, the budget holds 400,000 characters: a handful.
    expect(text.length).toBeGreaterThan(2_500_000);
    expect(run(0.001)).toBeLessThanOrEqual(MAX_SLICES + 1);
    expect(run(0.001)).toBeGreaterThan(40);
    expect(run(0.0001)).toBeLessThan(12);
  });

  it('stops at the next slice once cancelled, keeping what it appended', () => {
    const manual = manualScheduling(0.01);
    const slices: string[] = [];
    let done = false;
    const load = loadInSlices(
      lines(100_000),
      { append: (slice) => slices.push(slice) },
      () => undefined,
      () => (done = true),
      manual.scheduling,
    );
    load.cancel();
    manual.runAll();
    expect(slices).toEqual([]);
    expect(done).toBe(false);
  });
});
