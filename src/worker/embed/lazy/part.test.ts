import { describe, expect, it, vi } from 'vitest';
import { lazyPart, PartNotLoaded, withLazyParts } from './part.ts';

/** A part whose "module" is a function doubling its argument, fetched by a spy. */
function doubler(name = 'doubler') {
  const fetch = vi.fn(() => Promise.resolve({ double: (n: number) => n * 2 }));
  return { part: lazyPart(name, fetch), fetch };
}

describe('lazy parts', () => {
  it('run work that calls no part once, and fetch nothing', async () => {
    const { part, fetch } = doubler();
    const retry = vi.fn();
    await expect(withLazyParts(() => 42, retry)).resolves.toBe(42);
    expect(fetch).not.toHaveBeenCalled();
    expect(retry).not.toHaveBeenCalled();
    expect(part.loaded).toBe(false);
  });

  it('fetch the part a run called and run the work again, even if the run caught the error', async () => {
    const { part, fetch } = doubler();
    const retry = vi.fn();
    const work = (): string => {
      try {
        return String(part.real().double(21));
      } catch (error) {
        return error instanceof PartNotLoaded ? 'swallowed' : 'other';
      }
    };
    await expect(withLazyParts(work, retry)).resolves.toBe('42');
    expect(retry).toHaveBeenCalledOnce();
    expect(fetch).toHaveBeenCalledOnce();
    expect(part.loaded).toBe(true);
    // Once loaded, a part is never fetched again.
    await expect(withLazyParts(work, retry)).resolves.toBe('42');
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('run again until every part a run reaches is loaded', async () => {
    const first = doubler('first');
    const second = doubler('second');
    const retry = vi.fn();
    // The second part is reached only once the first one answers, as a model's later stage would be.
    const work = (): number => second.part.real().double(first.part.real().double(1));
    await expect(withLazyParts(work, retry)).resolves.toBe(4);
    expect(retry).toHaveBeenCalledTimes(2);
    expect([first.fetch.mock.calls.length, second.fetch.mock.calls.length]).toEqual([1, 1]);
  });

  it('pass on an error of the work itself', async () => {
    await expect(
      withLazyParts(() => {
        throw new RangeError('not about parts');
      }),
    ).rejects.toThrow('not about parts');
  });

  it('pass on a failed fetch, and fetch again next time', async () => {
    let attempts = 0;
    const part = lazyPart('flaky', () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ ok: true })));
    await expect(withLazyParts(() => part.real().ok)).rejects.toThrow('offline');
    await expect(withLazyParts(() => part.real().ok)).resolves.toBe(true);
    expect(attempts).toBe(2);
  });

  it('fetch a part once however many runs ask for it at the same time', async () => {
    const { part, fetch } = doubler();
    await Promise.all([part.load(), part.load(), withLazyParts(() => part.real().double(2))]);
    expect(fetch).toHaveBeenCalledOnce();
  });
});
