import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createExplorerStore } from '../../store/index.ts';
import { LOCAL_TEXT_LIMIT } from './local-text.ts';
import { keepTexts, LARGE_TEXT_MAX_WAIT_MS, LARGE_TEXT_SAVE_DELAY_MS } from './text-keeper.ts';
import { StorageError } from './text-vault.ts';
import { memoryLocalStore, memoryVault } from './testing/memory-vault.ts';

function setup(options: { vault?: ReturnType<typeof memoryVault> | StorageError; legacyPrevious?: string } = {}) {
  const local = memoryLocalStore();
  const vault = options.vault ?? memoryVault();
  const store = createExplorerStore({ initial: { text: 'an example', exampleId: 'guide-03' }, theme: 'light' });
  const keeper = keepTexts(store, { local, vault, ...(options.legacyPrevious !== undefined && { legacyPrevious: options.legacyPrevious }) });
  return { local, vault, store, keeper };
}

/** Lets the keeper's IndexedDB writes (promises) run. */
const settle = () => vi.runAllTimersAsync();

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the text keeper', () => {
  it('saves a small text in localStorage at once', () => {
    const { local, store } = setup();
    store.getState().edit('kind: Service\n');
    expect(local.items.get('kse.manifest')).toBe('kind: Service\n');
    expect(local.items.get('kse.origin')).toBe('own');
  });

  it('saves typing in a large text once the typing pauses, not in the keystroke’s task', async () => {
    const vault = memoryVault();
    const { store } = setup({ vault });
    const large = 'x'.repeat(LOCAL_TEXT_LIMIT + 1);
    store.getState().edit(large);
    await vi.advanceTimersByTimeAsync(0);
    store.getState().edit(`${large}y`);
    expect(vault.current?.text).toBe(large);
    await vi.advanceTimersByTimeAsync(LARGE_TEXT_SAVE_DELAY_MS - 100);
    store.getState().edit(`${large}yz`);
    await vi.advanceTimersByTimeAsync(LARGE_TEXT_SAVE_DELAY_MS - 100);
    expect(vault.current?.text).toBe(large);
    await vi.advanceTimersByTimeAsync(100);
    expect(vault.current?.text).toBe(`${large}yz`);
  });

  it('saves a large text typed in without a pause at least every so often', async () => {
    const vault = memoryVault();
    const { store } = setup({ vault });
    const large = 'x'.repeat(LOCAL_TEXT_LIMIT + 1);
    store.getState().edit(large);
    await vi.advanceTimersByTimeAsync(0);
    let text = large;
    // A key every 100 ms, never the pause: written once the first unwritten edit has waited its longest.
    for (let typed = 0; typed <= LARGE_TEXT_MAX_WAIT_MS + LARGE_TEXT_SAVE_DELAY_MS; typed += 100) {
      text = `${text}y`;
      store.getState().edit(text);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(vault.current?.text.length).toBeGreaterThan(large.length);
  });

  it('saves a large text pasted over a large text at once', async () => {
    const vault = memoryVault();
    const { store } = setup({ vault });
    const large = 'x'.repeat(LOCAL_TEXT_LIMIT + 1);
    store.getState().edit(large);
    await vi.advanceTimersByTimeAsync(0);
    store.getState().edit(`${large}${'y'.repeat(1000)}`);
    expect(vault.current?.text).toBe(`${large}${'y'.repeat(1000)}`);
  });

  it('saves a large text in IndexedDB at once, and while it is typed in, the newest every so often', async () => {
    const vault = memoryVault();
    const { local, store } = setup({ vault });
    const large = 'x'.repeat(LOCAL_TEXT_LIMIT + 1);
    store.getState().edit(large);
    store.getState().edit(`${large}y`);
    store.getState().edit(`${large}yz`);
    await vi.advanceTimersByTimeAsync(0);
    expect(vault.current?.text).toBe(large);
    await vi.advanceTimersByTimeAsync(LARGE_TEXT_SAVE_DELAY_MS);
    expect(vault.current?.text).toBe(`${large}yz`);
    expect(local.items.get('kse.manifest')).toBeUndefined();
  });

  it('starts writing a large text within the edit itself, before any await', () => {
    const vault = memoryVault();
    const { store } = setup({ vault });
    const large = 'x'.repeat(LOCAL_TEXT_LIMIT + 1);
    store.getState().edit(large);
    // The memory vault stores on the call, as IndexedDB takes the value at put().
    expect(vault.current?.text).toBe(large);
  });

  it('saves a large file opened as the file, and its text once edited', async () => {
    const vault = memoryVault();
    const { store } = setup({ vault });
    const large = 'x'.repeat(LOCAL_TEXT_LIMIT + 1);
    const file = new Blob([large]);
    store.getState().openFile(large, file);
    expect(vault.current?.file).toBe(file);
    expect(vault.current?.text).toBe(large);
    // The user's own text, now: the file is no longer what it is.
    store.getState().edit(`${large}y`);
    await vi.advanceTimersByTimeAsync(LARGE_TEXT_SAVE_DELAY_MS);
    expect(vault.current?.text).toBe(`${large}y`);
    expect(vault.current?.file).toBeUndefined();
  });

  it('saves what waits at once when the page is hidden', async () => {
    const vault = memoryVault();
    const { store, keeper } = setup({ vault });
    const large = 'x'.repeat(LOCAL_TEXT_LIMIT + 1);
    store.getState().edit(large);
    store.getState().edit(`${large}y`);
    keeper.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(vault.current?.text).toBe(`${large}y`);
  });

  it('saves a text localStorage refuses in IndexedDB', async () => {
    const vault = memoryVault();
    const { local, store } = setup({ vault });
    local.refuse = true;
    store.getState().edit('kind: Service\n');
    await settle();
    expect(vault.current?.text).toBe('kind: Service\n');
    expect(store.getState().storageProblem).toBeUndefined();
  });

  it('says so when the text cannot be saved anywhere, and stops saying it once it can', async () => {
    const vault = memoryVault();
    vault.capacity = 10;
    const { local, store } = setup({ vault });
    local.refuse = true;
    store.getState().edit('kind: Service\n');
    await settle();
    expect(store.getState().storageProblem).toEqual({ what: 'current', why: 'full' });
    vault.capacity = Infinity;
    store.getState().edit('kind: Service\nmetadata: {}\n');
    await settle();
    expect(store.getState().storageProblem).toBeUndefined();
  });

  it('says storage is unavailable when IndexedDB could not be opened and localStorage refuses', async () => {
    const { local, store } = setup({ vault: new StorageError('unavailable') });
    local.refuse = true;
    store.getState().edit('mine');
    await settle();
    expect(store.getState().storageProblem).toEqual({ what: 'current', why: 'unavailable' });
  });

  it('keeps every text put aside in the history, and which one is offered back', async () => {
    const vault = memoryVault();
    const { store } = setup({ vault });
    store.getState().edit('first text of mine');
    store.getState().replace('an example', 'guide-01');
    await settle();
    store.getState().restore('first text of mine');
    store.getState().edit('second text of mine');
    store.getState().replace('a shared manifest', '', 'shared');
    await settle();
    expect(store.getState().manifestHistory.map((e) => e.summary)).toEqual(['second text of mine', 'first text of mine']);
    expect(vault.texts.get(vault.keptAside ?? '')).toBe('second text of mine');
    store.getState().dismissPrevious();
    await settle();
    expect(vault.keptAside).toBeUndefined();
    expect(store.getState().manifestHistory).toHaveLength(2);
  });

  it('gives back an entry of the history, putting the editor’s own text aside', async () => {
    const { store, keeper } = setup();
    store.getState().edit('older');
    store.getState().replace('an example', 'guide-01');
    await settle();
    store.getState().edit('newer');
    const [entry] = store.getState().manifestHistory;
    await keeper.restore(entry?.id ?? '');
    expect(store.getState().text).toBe('older');
    expect(store.getState().previous?.text).toBe('newer');
  });

  it('makes room in a full history by dropping the oldest, and says when even that fails', async () => {
    const vault = memoryVault();
    vault.capacity = 30;
    const { store } = setup({ vault });
    for (const text of ['one: 1234567890', 'two: 1234567890', 'three: 123456789']) {
      store.getState().edit(text);
      store.getState().replace('an example', 'guide-01');
      await settle();
    }
    expect(store.getState().manifestHistory.map((e) => e.summary)).toEqual(['three: 123456789']);
    expect(store.getState().storageProblem).toBeUndefined();
    store.getState().edit('x'.repeat(40));
    store.getState().replace('an example', 'guide-01');
    await settle();
    expect(store.getState().storageProblem).toEqual({ what: 'history', why: 'full' });
    // Still one click away.
    expect(store.getState().previous?.text).toBe('x'.repeat(40));
  });

  it('moves the one slot of earlier versions into the history', async () => {
    const { store, local } = setup({ legacyPrevious: 'kind: Service\nmetadata:\n  name: old\n' });
    local.items.set('kse.manifest.previous', 'kind: Service\nmetadata:\n  name: old\n');
    await settle();
    expect(store.getState().manifestHistory.map((e) => e.summary)).toEqual(['Service old']);
    expect(local.items.has('kse.manifest.previous')).toBe(false);
  });
});
