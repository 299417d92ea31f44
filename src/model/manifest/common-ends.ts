/**
 * Where two versions of a text start and stop differing: what an edit changed, found in a few
 * native comparisons, so that a 14 MB text edited by one keystroke is not walked character by
 * character (list-edit.ts, and the editor outline's line starts).
 */

/**
 * Length of the common beginning, by halving: comparing two slices is one native comparison, so
 * 14 MB are compared in milliseconds rather than by a loop over each character.
 */
function commonPrefix(a: string, b: string): number {
  let low = 0;
  let high = Math.min(a.length, b.length);
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (a.slice(low, mid) === b.slice(low, mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Length of the common end, at most `limit` characters (so that it never overlaps the beginning). */
function commonSuffix(a: string, b: string, limit: number): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (a.slice(a.length - mid, a.length - low) === b.slice(b.length - mid, b.length - low)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The range an edit replaced: `before[start, beforeEnd)` became `after[start, afterEnd)`. */
export interface ChangedRange {
  readonly start: number;
  readonly beforeEnd: number;
  readonly afterEnd: number;
}

/** The last two texts compared: in the worker, the parse cache and the outline ask about the same edit. */
let last: { readonly before: string; readonly after: string; readonly range: ChangedRange } | undefined;

export function changedRange(before: string, after: string): ChangedRange {
  if (last !== undefined && last.before === before && last.after === after) return last.range;
  const start = commonPrefix(before, after);
  const tail = commonSuffix(before, after, Math.min(before.length, after.length) - start);
  const range = { start, beforeEnd: before.length - tail, afterEnd: after.length - tail };
  last = { before, after, range };
  return range;
}
