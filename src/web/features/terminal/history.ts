/** The up and down arrows through the typed lines: past the newest comes back the line being written. */
export interface HistoryCursor {
  /** Index into the history; anything from `history.length` on is the line being written. */
  readonly index: number;
  /** What was typed before the arrows were first pressed. */
  readonly draft: string;
}

/** Where a fresh prompt stands: past every line, however many the history gains meanwhile. */
export const AT_PROMPT: HistoryCursor = { index: Number.MAX_SAFE_INTEGER, draft: '' };

export function stepHistory(history: readonly string[], cursor: HistoryCursor, current: string, step: -1 | 1): { cursor: HistoryCursor; line: string } {
  const at = Math.min(cursor.index, history.length);
  const draft = at === history.length ? current : cursor.draft;
  const index = Math.min(history.length, Math.max(0, at + step));
  return { cursor: { index, draft }, line: index === history.length ? draft : (history[index] ?? '') };
}
