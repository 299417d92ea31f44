/**
 * IndexedDB as promises, and no more than the explorer uses: open a database, run one transaction
 * and learn when it is committed, turn a request into its result. Failures keep the browser's own
 * DOMException (QuotaExceededError, InvalidStateError…), so callers can tell a full disk from a
 * storage that is turned off.
 */

export function openDatabase(name: string, version: number, upgrade: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let opening: IDBOpenDBRequest;
    try {
      opening = indexedDB.open(name, version);
    } catch (error) {
      // Some private modes throw here instead of failing the request.
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    opening.onupgradeneeded = () => upgrade(opening.result);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error('IndexedDB could not be opened'));
    // Another tab holds an older version open: it is told to close (versionchange below).
    opening.onblocked = () => undefined;
  });
}

/** The result of one request, inside a transaction that `transact` runs. */
export function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('an IndexedDB request failed'));
  });
}

/**
 * Runs `work` in a transaction over `stores` and resolves with its value once the transaction is
 * committed (so the data is on disk as far as the browser can tell), or rejects with why it was
 * aborted: a write that overflows the quota fails here, not at `put`.
 *
 * `work` makes all its requests at once, before its first await: the transaction is then told to
 * commit (IDBTransaction.commit), so the browser finishes it even if the page closes right after,
 * as a reload does.
 */
export function transact<T>(db: IDBDatabase, stores: string[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = db.transaction(stores, mode);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    let value: T | undefined;
    let failed = false;
    work(tx).then(
      (done) => (value = done),
      (error: unknown) => {
        failed = true;
        reject(error instanceof Error ? error : new Error(String(error)));
        try {
          tx.abort();
        } catch {
          // Already finished or aborted.
        }
      },
    );
    try {
      tx.commit();
    } catch {
      // Already committing, or aborted by a request that failed at once.
    }
    tx.oncomplete = () => {
      if (!failed) resolve(value as T);
    };
    // A failed request aborts the transaction (unless handled), and the abort says why.
    tx.onabort = () => reject(tx.error ?? new DOMException('the transaction was aborted', 'AbortError'));
  });
}
