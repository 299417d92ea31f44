/**
 * Saves what the user wrote, watching the store: the editor's text on every change (at once in
 * localStorage while it is small; in IndexedDB when it is large, at once when it arrives whole and
 * once the typing pauses when it is typed in), and every text put aside into the history. What
 * cannot be saved is said on the page (storageProblem), never swallowed: the README promises that
 * a reload loses nothing.
 */
import { fingerprintOf, type HistoryEntry } from '../../features/history/history.ts';
import { summarize } from '../../features/history/summary.ts';
import type { AsideText, ExplorerState, ExplorerStore, StorageProblem } from '../../store/index.ts';
import { forgetLegacyPrevious, markEdited, writeLocalText, type LocalStore } from './local-text.ts';
import { storageErrorOf, type SavedText, type StorageError, type TextVault } from './text-vault.ts';

export interface KeeperSetup {
  readonly local: LocalStore | undefined;
  /** The vault, or why IndexedDB could not be opened. */
  readonly vault: TextVault | StorageError;
  /** A text of the one-slot "kept aside" of earlier versions, to move into the history. */
  readonly legacyPrevious?: string;
  /** Hands over an edit the editor holds back, before the page is hidden. */
  readonly flushEdits?: () => void;
  readonly now?: () => number;
  /** Where to listen for the page being hidden; none in tests. */
  readonly page?: Pick<Window, 'addEventListener' | 'removeEventListener'> & { readonly document: Pick<Document, 'visibilityState'> };
}

export interface TextKeeper {
  /** Puts an entry of the history back in the editor; the text it replaces is put aside in turn. */
  restore(id: string): Promise<void>;
  /** Saves now what waits to be saved. */
  flush(): void;
  dispose(): void;
}

/**
 * Typing in a large text is written once the typing pauses this long, and at the latest
 * LARGE_TEXT_MAX_WAIT_MS after the first edit not written: each write copies all of it on the
 * page's thread (60-140 ms for a 14 MB dump), which in the keystroke's own task held back the
 * build of that keystroke, and, every half second, the keys that followed.
 */
export const LARGE_TEXT_SAVE_DELAY_MS = 500;
export const LARGE_TEXT_MAX_WAIT_MS = 5_000;

/** An edit that changes a text's length by at most this much is typing; a larger change (a paste, a file, an example) is written at once. */
const TYPED_EDIT_CHARS = 256;

const vaultOf = (vault: TextVault | StorageError): Promise<TextVault> => (vault instanceof Error ? Promise.reject(vault) : Promise.resolve(vault));

export function keepTexts(store: ExplorerStore, setup: KeeperSetup): TextKeeper {
  const { local, flushEdits, now = () => Date.now(), page } = setup;
  /** The large text waiting for its pause, or for the write before it. */
  let waiting: SavedText | undefined;
  let writing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest typed edit not written yet was made. */
  let unsavedSince: number | undefined;
  /** History writes, one after another: each reads the list the one before wrote. */
  let historyQueue: Promise<unknown> = Promise.resolve();
  let entryCount = 0;

  function report(what: StorageProblem['what'], error: unknown): void {
    store.getState().setStorageProblem({ what, why: storageErrorOf(error).failure });
  }
  function clear(what: StorageProblem['what']): void {
    if (store.getState().storageProblem?.what === what) store.getState().setStorageProblem(undefined);
  }

  /**
   * Writes the newest waiting text, unless a write is running: then after it and a pause. `now`
   * writes even while another write runs: the page is being hidden, and IndexedDB applies the two
   * in order.
   *
   * The put is made here, not after an await. For a text that arrives whole, that is the task of
   * the edit itself: the rest of that task (the editor taking in a pasted dump) lasts about 0.7 s
   * for 6 MB, and the browser commits the write meanwhile instead of after it. A write still
   * committing when the page closes is lost.
   */
  function writeWaiting(now = false): void {
    if ((writing && !now) || waiting === undefined) return;
    const saved = waiting;
    waiting = undefined;
    unsavedSince = undefined;
    writing = true;
    const vault = setup.vault;
    const written = vault instanceof Error ? Promise.reject(vault) : vault.saveCurrent(saved);
    void written
      .then(
        () => {
          if (waiting === undefined) clear('current');
        },
        (error: unknown) => report('current', error),
      )
      .finally(() => {
        writing = false;
        if (waiting !== undefined && timer === undefined) {
          timer = setTimeout(() => {
            timer = undefined;
            writeWaiting();
          }, LARGE_TEXT_SAVE_DELAY_MS);
        }
      });
  }

  /** Writes what waits once the typing pauses, or once it has waited LARGE_TEXT_MAX_WAIT_MS. */
  function writeAfterPause(at: number): void {
    unsavedSince ??= at;
    if (timer !== undefined && at - unsavedSince >= LARGE_TEXT_MAX_WAIT_MS) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      writeWaiting();
    }, LARGE_TEXT_SAVE_DELAY_MS);
  }

  /** `before`: the text it replaces, to tell typing from a larger change. */
  function saveCurrent({ text, exampleId, origin, textFile }: ExplorerState, before: string): void {
    const savedAt = now();
    markEdited(local, savedAt);
    const typed = Math.abs(text.length - before.length) <= TYPED_EDIT_CHARS && textFile === undefined;
    const saved: SavedText = { text, exampleId, origin, savedAt, ...(textFile && { file: textFile }) };
    if (writeLocalText(local, saved)) {
      waiting = undefined;
      clear('current');
      return;
    }
    waiting = saved;
    if (typed) {
      writeAfterPause(savedAt);
      return;
    }
    clearTimeout(timer);
    timer = undefined;
    writeWaiting();
  }

  /** 1. Add the text to the history's list and store it; 2. mark it as the one offered back. */
  function keepAside(aside: AsideText, offered: boolean): Promise<void> {
    const entry: HistoryEntry = {
      id: `${aside.savedAt.toString(36)}-${(entryCount++).toString(36)}`,
      savedAt: aside.savedAt,
      summary: summarize(aside.text),
      size: aside.text.length,
      fingerprint: fingerprintOf(aside.text),
    };
    const work = historyQueue.then(async () => {
      const vault = await vaultOf(setup.vault);
      const entries = await vault.keep(entry, aside.text);
      if (offered) await vault.setKeptAside(entry.id);
      store.getState().setManifestHistory(entries);
      clear('history');
    });
    historyQueue = work.catch((error: unknown) => report('history', error));
    return work;
  }

  function forgetOffer(): void {
    historyQueue = historyQueue.then(async () => (await vaultOf(setup.vault)).setKeptAside(undefined)).catch(() => undefined);
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.textRevision !== previous.textRevision || state.exampleId !== previous.exampleId || state.origin !== previous.origin) saveCurrent(state, previous.text);
    if (state.previous !== previous.previous) {
      if (state.previous === undefined) forgetOffer();
      else void keepAside(state.previous, true).catch(() => undefined);
    }
  });

  if (setup.legacyPrevious !== undefined) {
    keepAside({ text: setup.legacyPrevious, savedAt: now() }, false).then(
      () => forgetLegacyPrevious(local),
      () => undefined,
    );
  }

  function flush(): void {
    flushEdits?.();
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    writeWaiting(true);
  }
  const onHidden = (): void => {
    if (page?.document.visibilityState !== 'visible') flush();
  };
  page?.addEventListener('pagehide', flush);
  page?.addEventListener('visibilitychange', onHidden);

  return {
    async restore(id) {
      try {
        const text = await (await vaultOf(setup.vault)).readText(id);
        if (text === undefined) return;
        flushEdits?.();
        store.getState().restore(text);
      } catch (error) {
        report('history', error);
      }
    },
    flush,
    dispose() {
      unsubscribe();
      page?.removeEventListener('pagehide', flush);
      page?.removeEventListener('visibilitychange', onHidden);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
