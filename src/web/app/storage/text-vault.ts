/**
 * The user's texts in IndexedDB: the editor's text when it is too large for localStorage, the
 * history of earlier texts, and which of them the page offers back. localStorage holds about 5 MB
 * a site and blocks the page while it writes; IndexedDB holds far more and writes off the page's
 * thread.
 */
import type { HistoryEntry } from '../../features/history/history.ts';
import { planKeep, planShrink } from '../../features/history/history.ts';
import type { TextOrigin } from '../../store/index.ts';
import { openDatabase, result, transact } from './idb.ts';

export interface SavedText {
  readonly text: string;
  readonly exampleId: string;
  readonly origin: TextOrigin;
  /** When it was saved, in `Date.now()` time: of two saved copies, the later one wins. */
  readonly savedAt: number;
  /**
   * The file the text was read from, unchanged since: stored in its place. IndexedDB copies a
   * string on the page's thread (0.15 s for a 14 MB dump); a file it takes by reference.
   */
  readonly file?: Blob;
}

export interface VaultContents {
  readonly current: SavedText | undefined;
  readonly history: readonly HistoryEntry[];
  /** The history entry the page offers back with one click. */
  readonly keptAside: string | undefined;
}

export type StorageFailure = 'full' | 'unavailable';

/** Storage refused: `full` when the browser's quota is reached, `unavailable` otherwise. */
export class StorageError extends Error {
  constructor(readonly failure: StorageFailure, cause?: unknown) {
    super(failure === 'full' ? 'the browser’s storage is full' : 'the browser’s storage is not available', { cause });
  }
}

export function storageErrorOf(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return new StorageError(name === 'QuotaExceededError' ? 'full' : 'unavailable', error);
}

export interface TextVault {
  load(): Promise<VaultContents>;
  saveCurrent(saved: SavedText): Promise<void>;
  /** Puts `text` first in the history, dropping the oldest to make room when the quota is reached; resolves with the new list. */
  keep(entry: HistoryEntry, text: string): Promise<readonly HistoryEntry[]>;
  readText(id: string): Promise<string | undefined>;
  setKeptAside(id: string | undefined): Promise<void>;
}

const DATABASE = 'kube-service-explorer';
const VERSION = 1;
/** Small records by key: the current text, the history's list, the entry kept aside. */
const RECORDS = 'records';
/** The history's texts, by entry id. */
const TEXTS = 'texts';
const CURRENT = 'current';
const HISTORY = 'history';
const KEPT_ASIDE = 'kept-aside';

/** Opens the vault; rejects with a StorageError where IndexedDB is missing or refused. */
export async function openTextVault(): Promise<TextVault> {
  let db: IDBDatabase;
  try {
    if (typeof indexedDB === 'undefined') throw new StorageError('unavailable');
    db = await openDatabase(DATABASE, VERSION, (upgrading) => {
      upgrading.createObjectStore(RECORDS);
      upgrading.createObjectStore(TEXTS);
    });
  } catch (error) {
    throw storageErrorOf(error);
  }
  // A newer version of the page in another tab needs the database: this one lets go.
  db.onversionchange = () => db.close();

  const read = <T>(key: string): Promise<T | undefined> =>
    transact(db, [RECORDS], 'readonly', (tx) => result(tx.objectStore(RECORDS).get(key) as IDBRequest<T | undefined>));
  const write = async (work: (records: IDBObjectStore, texts: IDBObjectStore) => Promise<unknown>): Promise<void> => {
    try {
      await transact(db, [RECORDS, TEXTS], 'readwrite', (tx) => work(tx.objectStore(RECORDS), tx.objectStore(TEXTS)));
    } catch (error) {
      throw storageErrorOf(error);
    }
  };

  async function keep(entry: HistoryEntry, text: string): Promise<readonly HistoryEntry[]> {
    const listed = (await read<HistoryEntry[]>(HISTORY)) ?? [];
    let plan = planKeep(listed, entry);
    for (;;) {
      const { entries, dropped } = plan;
      try {
        await write((records, texts) =>
          Promise.all([result(texts.put(text, entry.id)), result(records.put(entries, HISTORY)), ...dropped.map((id) => result(texts.delete(id)))]),
        );
        return entries;
      } catch (error) {
        const shrunk = planShrink(entries);
        // Full: the oldest entries make room for the newest, down to the newest alone.
        if (!(error instanceof StorageError) || error.failure !== 'full' || shrunk.dropped.length === 0) throw error;
        plan = { entries: shrunk.entries, dropped: [...dropped, ...shrunk.dropped] };
      }
    }
  }

  return {
    async load() {
      try {
        const [stored, history, keptAside] = await Promise.all([read<SavedText>(CURRENT), read<HistoryEntry[]>(HISTORY), read<string>(KEPT_ASIDE)]);
        const current = stored?.file ? { ...stored, text: await stored.file.text() } : stored;
        return { current, history: history ?? [], keptAside };
      } catch (error) {
        throw storageErrorOf(error);
      }
    },
    saveCurrent: (saved) => write((records) => result(records.put(saved.file ? { ...saved, text: '' } : saved, CURRENT))),
    keep,
    async readText(id) {
      try {
        return await transact(db, [TEXTS], 'readonly', (tx) => result(tx.objectStore(TEXTS).get(id) as IDBRequest<string | undefined>));
      } catch (error) {
        throw storageErrorOf(error);
      }
    },
    setKeptAside: (id) => write((records) => (id === undefined ? result(records.delete(KEPT_ASIDE)) : result(records.put(id, KEPT_ASIDE)))),
  };
}
