/**
 * Puts a large text into Monaco's model a slice at a time, one slice per task, so that the page
 * answers input while a cluster dump arrives. Set whole, Monaco builds a view line for every model
 * line in one go: a 14 MB dump of 520,000 lines held the page's thread 2–4 s. Appended at the end,
 * each slice costs Monaco in proportion to its own lines, plus a part that grows with the lines
 * already there (it copies its per-line arrays on each insertion). So slices are sized by the pace
 * of the last ones, but never so small that there are more than MAX_SLICES of them.
 */

/** What one slice should cost on the page's thread, in milliseconds. */
export const SLICE_BUDGET_MS = 40;
/**
 * At most this many slices: past it, the part of each slice that grows with the text dominates.
 * That part is about 30 ms at the end of a 520,000-line dump (Monaco copies its per-line arrays);
 * at 50 slices, each slice's own lines added 40 ms more, and on a busy machine both double.
 */
export const MAX_SLICES = 100;
const FIRST_SLICE_CHARS = 64_000;
const MIN_SLICE_CHARS = 16_000;
const MAX_SLICE_CHARS = 4_000_000;
/** How much the last slice's pace counts against the pace so far: one slow slice (a collection) must not halve the next. */
const PACE_WEIGHT = 0.3;

export interface SliceTarget {
  /** Appends a slice to what was put before. */
  append(slice: string): void;
}

export interface SliceProgress {
  readonly loaded: number;
  readonly total: number;
}

export interface SlicedLoad {
  /** Stops before the next slice; what was appended stays. */
  cancel(): void;
}

export interface SliceScheduling {
  readonly now: () => number;
  readonly later: (run: () => void) => void;
}

const browserScheduling: SliceScheduling = {
  now: () => performance.now(),
  // A macrotask, not a microtask or a frame: input and rendering get their turn between slices.
  later: (run) => setTimeout(run, 0),
};

/** The end of a slice of about `chars` characters from `from`: after the line break that ends its last line. */
export function sliceEnd(text: string, from: number, chars: number): number {
  const lineBreak = text.indexOf('\n', Math.min(text.length, from + Math.max(1, chars) - 1));
  return lineBreak === -1 ? text.length : lineBreak + 1;
}

/** Milliseconds per character, the last slice's pace blended into the pace so far. */
export function blendPace(pace: number | undefined, chars: number, tookMs: number): number {
  const last = tookMs / Math.max(1, chars);
  return pace === undefined ? last : pace + PACE_WEIGHT * (last - pace);
}

/** As many characters as the pace fits in the budget, within bounds, and at least a MAX_SLICES-th of the text. */
export function sliceCharsFor(pace: number, total: number): number {
  const fit = pace > 0 ? Math.floor(SLICE_BUDGET_MS / pace) : MAX_SLICE_CHARS;
  const floor = Math.max(MIN_SLICE_CHARS, Math.ceil(total / MAX_SLICES));
  return Math.max(floor, Math.min(MAX_SLICE_CHARS, fit));
}

export function loadInSlices(
  text: string,
  target: SliceTarget,
  onProgress: (progress: SliceProgress) => void,
  onDone: () => void,
  scheduling: SliceScheduling = browserScheduling,
): SlicedLoad {
  let from = 0;
  let chars = FIRST_SLICE_CHARS;
  let pace: number | undefined;
  let cancelled = false;

  function step(): void {
    if (cancelled) return;
    const started = scheduling.now();
    const end = sliceEnd(text, from, chars);
    target.append(text.slice(from, end));
    pace = blendPace(pace, end - from, scheduling.now() - started);
    chars = sliceCharsFor(pace, text.length);
    from = end;
    if (from >= text.length) {
      onDone();
      return;
    }
    onProgress({ loaded: from, total: text.length });
    scheduling.later(step);
  }

  onProgress({ loaded: 0, total: text.length });
  scheduling.later(step);
  return {
    cancel() {
      cancelled = true;
    },
  };
}
