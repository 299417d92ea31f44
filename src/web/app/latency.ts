/**
 * Keystroke-to-graph latency as performance entries, for `npm run bench` and the browser's own
 * profiler: a mark at the user's edit (for a large text, its first keystroke before the pause the
 * editor waits for, edit-reporter.ts), a measure once the graph of a build has been committed and
 * the next frame is about to paint.
 */
import { useEffect } from 'react';

export const EDIT_MARK = 'kse:edit';
export const LATENCY_MEASURE = 'kse:keystroke-to-graph';

/** `since`: when the edit was made, in performance.now() time; now when left out. */
export function markEdit(since?: number): void {
  performance.mark(EDIT_MARK, since === undefined ? undefined : { startTime: since });
}

/** Call with the build on screen: each new one closes the latest open edit. */
export function useKeystrokeLatency(shown: unknown): void {
  useEffect(() => {
    if (shown === undefined || performance.getEntriesByName(EDIT_MARK, 'mark').length === 0) return;
    const frame = requestAnimationFrame(() => {
      performance.measure(LATENCY_MEASURE, EDIT_MARK);
      performance.clearMarks(EDIT_MARK);
    });
    return () => cancelAnimationFrame(frame);
  }, [shown]);
}
