/**
 * Stand-ins for the browser's storage in unit tests: a TextVault in memory that can run out of
 * room, and a localStorage in a Map that can refuse to write.
 */
import { planKeep, planShrink, type HistoryEntry } from '../../../features/history/history.ts';
import type { LocalStore } from '../local-text.ts';
import { StorageError, type SavedText, type TextVault, type VaultContents } from '../text-vault.ts';

export interface MemoryVault extends TextVault {
  readonly texts: Map<string, string>;
  current: SavedText | undefined;
  history: readonly HistoryEntry[];
  keptAside: string | undefined;
  /** Characters it holds at most, history and current text together; past them, a write fails as full. */
  capacity: number;
}

export function memoryVault(): MemoryVault {
  const used = (vault: MemoryVault, extra: number): number => [...vault.texts.values()].reduce((sum, text) => sum + text.length, 0) + (vault.current?.text.length ?? 0) + extra;
  const vault: MemoryVault = {
    texts: new Map(),
    current: undefined,
    history: [],
    keptAside: undefined,
    capacity: Infinity,
    load: (): Promise<VaultContents> => Promise.resolve({ current: vault.current, history: vault.history, keptAside: vault.keptAside }),
    saveCurrent(saved) {
      if (used(vault, saved.text.length - (vault.current?.text.length ?? 0)) > vault.capacity) return Promise.reject(new StorageError('full'));
      vault.current = saved;
      return Promise.resolve();
    },
    keep(entry, text) {
      let plan = planKeep(vault.history, entry);
      for (;;) {
        const dropped = new Set(plan.dropped);
        const after = [...vault.texts].filter(([id]) => !dropped.has(id)).reduce((sum, [, t]) => sum + t.length, 0) + text.length + (vault.current?.text.length ?? 0);
        if (after <= vault.capacity) break;
        const shrunk = planShrink(plan.entries);
        if (shrunk.dropped.length === 0) return Promise.reject(new StorageError('full'));
        plan = { entries: shrunk.entries, dropped: [...plan.dropped, ...shrunk.dropped] };
      }
      for (const id of plan.dropped) vault.texts.delete(id);
      vault.texts.set(entry.id, text);
      vault.history = plan.entries;
      return Promise.resolve(plan.entries);
    },
    readText: (id) => Promise.resolve(vault.texts.get(id)),
    setKeptAside(id) {
      vault.keptAside = id;
      return Promise.resolve();
    },
  };
  return vault;
}

export function memoryLocalStore(): LocalStore & { readonly items: Map<string, string>; refuse: boolean } {
  const items = new Map<string, string>();
  const local = {
    items,
    refuse: false,
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      if (local.refuse) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key: string) => void items.delete(key),
  };
  return local;
}
