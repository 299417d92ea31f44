import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { editor } from 'monaco-editor/editor';
import { LARGE_TEXT, LARGE_TEXT_PAUSE_MS, reportEdits } from './edit-reporter.ts';

/** The part of Monaco's text model the reporter reads: its text, and its change events. */
function fakeModel(initial: string) {
  let text = initial;
  let listener: ((event: { changes: { rangeLength: number }[] }) => void) | undefined;
  const model = {
    getValue: () => text,
    getValueLength: () => text.length,
    onDidChangeContent: (next: typeof listener) => {
      listener = next;
      return { dispose: () => (listener = undefined) };
    },
  };
  /** Replaces `length` characters at `at` with `insert`, as a keystroke or a paste does. */
  const type = (at: number, length: number, insert: string): void => {
    text = text.slice(0, at) + insert + text.slice(at + length);
    listener?.({ changes: [{ rangeLength: length }] });
  };
  /** Replaces the whole text, as setValue does. */
  const set = (next: string): void => type(0, text.length, next);
  return { model: model as unknown as editor.ITextModel, type, set };
}

describe('reportEdits', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('reports each edit of a small text at once, made now', () => {
    const { model, type } = fakeModel('port: 80\n');
    const reports: [string, boolean, number][] = [];
    reportEdits(model, 'port: 80\n', (...report) => reports.push(report));
    vi.advanceTimersByTime(250);
    type(8, 0, '8');
    expect(reports).toEqual([['port: 808\n', false, performance.now()]]);
  });

  it('reports the keys typed into a large text once they pause, from the first of them', () => {
    const large = 'x'.repeat(LARGE_TEXT + 10);
    const { model, type } = fakeModel(large);
    const reports: [string, boolean, number][] = [];
    reportEdits(model, large, (...report) => reports.push(report));
    vi.advanceTimersByTime(1_000);
    const first = performance.now();
    type(0, 0, 'a');
    vi.advanceTimersByTime(LARGE_TEXT_PAUSE_MS - 100);
    type(1, 0, 'b');
    vi.advanceTimersByTime(LARGE_TEXT_PAUSE_MS - 1);
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(reports).toEqual([[`ab${large}`, false, first]]);

    // The next keys wait from their own first one.
    vi.advanceTimersByTime(5_000);
    const next = performance.now();
    type(0, 1, '');
    vi.advanceTimersByTime(LARGE_TEXT_PAUSE_MS);
    expect(reports[1]).toEqual([`b${large}`, false, next]);
  });

  it('starts again from a text put in from outside: an edit held back is dropped with its time', () => {
    const large = 'y'.repeat(LARGE_TEXT + 10);
    const { model, type, set } = fakeModel(large);
    const reports: [string, boolean, number][] = [];
    const reporter = reportEdits(model, large, (...report) => reports.push(report));
    type(0, 0, 'a');
    vi.advanceTimersByTime(100);
    reporter.replaceQuietly('z'.repeat(LARGE_TEXT + 10), () => set('z'.repeat(LARGE_TEXT + 10)));
    vi.advanceTimersByTime(2_000);
    expect(reports).toEqual([]);
    const typed = performance.now();
    type(0, 0, 'b');
    reporter.flush();
    expect(reports).toEqual([[`b${'z'.repeat(LARGE_TEXT + 10)}`, false, typed]]);
  });
});
