import { describe, expect, it } from 'vitest';
import { countProgress, loadProgress, PROGRESS_KEY, recordAnswer, saveProgress, type ProgressStorage } from './progress.ts';

function memory(initial?: string): ProgressStorage & { data: Map<string, string> } {
  const data = new Map<string, string>(initial === undefined ? [] : [[PROGRESS_KEY, initial]]);
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

describe('progress', () => {
  it('round-trips through storage under a kse: key', () => {
    const storage = memory();
    const progress = recordAnswer(recordAnswer({}, 'a', { given: 'x', correct: true }), 'b', { given: ['p', 'q'], correct: false });
    saveProgress(progress, storage);
    expect(PROGRESS_KEY.startsWith('kse:')).toBe(true);
    expect(loadProgress(storage)).toEqual(progress);
  });

  it.each(['{not json', '[]', '"text"', 'null', '42'])('tolerates corrupt storage: %s', (text) => {
    expect(loadProgress(memory(text))).toEqual({});
  });

  it('drops entries of a foreign shape and keeps the rest', () => {
    const text = JSON.stringify({ good: { given: 3, correct: true }, bad: { given: {}, correct: 'yes' }, worse: 7 });
    expect(loadProgress(memory(text))).toEqual({ good: { given: 3, correct: true } });
  });

  it('works without storage, and survives a storage that throws', () => {
    expect(loadProgress(undefined)).toEqual({});
    const throwing: ProgressStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(() => saveProgress({}, throwing)).not.toThrow();
    expect(() => loadProgress(throwing)).not.toThrow();
  });

  it('counts only the given challenges', () => {
    const progress = { a: { given: 'x', correct: true }, b: { given: 'y', correct: false }, other: { given: 'z', correct: true } };
    expect(countProgress(progress, ['a', 'b', 'c'])).toEqual({ total: 3, answered: 2, right: 1 });
  });
});
