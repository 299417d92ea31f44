import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { editor } from 'monaco-editor/editor';
import { sourceSender } from '../../../worker/text-delivery.ts';
import { LARGE_TEXT, LARGE_TEXT_PAUSE_MS, reportEdits } from './edit-reporter.ts';

/** The part of Monaco's text model the reporter reads: its text, and its change events. */
function fakeModel(initial: string) {
  let text = initial;
  let listener: ((event: { changes: { rangeOffset: number; rangeLength: number; text: string }[] }) => void) | undefined;
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
    listener?.({ changes: [{ rangeOffset: at, rangeLength: length, text: insert }] });
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

  it('notes what the keys changed, so that the text goes to the worker as that change without comparing megabytes', () => {
    const large = `port: 8080\n${'x'.repeat(LARGE_TEXT)}`;
    const { model, type } = fakeModel(large);
    const send = sourceSender();
    send([{ name: 'manifest.yaml', text: large }]);
    let reported = large;
    reportEdits(model, large, (text) => (reported = text));
    // "8080" selected and typed over: "8", "0", "8", "1".
    type(6, 4, '8');
    type(7, 0, '0');
    type(8, 0, '8');
    type(9, 0, '1');
    vi.advanceTimersByTime(LARGE_TEXT_PAUSE_MS);
    expect(reported.slice(0, 11)).toBe('port: 8081\n');
    // Compared, the texts differ in the last digit alone; the events say "8080" became "8081".
    expect(send([{ name: 'manifest.yaml', text: reported }])).toEqual([{ name: 'manifest.yaml', edit: { start: 6, end: 10, insert: '8081', base: large.length } }]);
  });

  it('notes nothing for a text the editor may hold otherwise: Monaco turns its line ends into its own', () => {
    const large = `port: 8080\r\n${'x'.repeat(LARGE_TEXT)}`;
    const { model, type, set } = fakeModel('');
    const send = sourceSender();
    send([{ name: 'manifest.yaml', text: large }]);
    let reported = large;
    const reporter = reportEdits(model, '', (text) => (reported = text));
    reporter.replaceQuietly(large, () => set(large));
    type(6, 4, '8081');
    reporter.flush();
    expect(send([{ name: 'manifest.yaml', text: reported }])).toEqual([{ name: 'manifest.yaml', edit: { start: 9, end: 10, insert: '1', base: large.length } }]);
  });
});
