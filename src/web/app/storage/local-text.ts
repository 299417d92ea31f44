/**
 * The editor's text in localStorage, for texts small enough to write there on every keystroke
 * without the page noticing: written at once, it survives even a crash of the tab. Larger texts go
 * to IndexedDB (text-vault.ts); of the two copies, the later one wins at the next start.
 */
import type { TextOrigin } from '../../store/index.ts';
import type { SavedText } from './text-vault.ts';

/** What localStorage offers, so tests pass a stand-in. */
export interface LocalStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const TEXT_KEY = 'kse.manifest';
const EXAMPLE_KEY = 'kse.example';
const ORIGIN_KEY = 'kse.origin';
const SAVED_AT_KEY = 'kse.saved-at';
/** When the user last edited: a saved copy older than this means the last edits were not saved. */
const EDITED_AT_KEY = 'kse.edited-at';
/** The one slot of text kept aside before the history existed. */
const LEGACY_PREVIOUS_KEY = 'kse.manifest.previous';

/**
 * Characters written to localStorage on every change: writing 512 k takes about a millisecond, and
 * leaves room under the 5 MB a site gets. Above it, the text waits a moment and goes to IndexedDB.
 */
export const LOCAL_TEXT_LIMIT = 512 * 1024;

export function pageLocalStore(): LocalStore | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled (privacy settings, sandboxed iframes): the page still works.
    return undefined;
  }
}

const ORIGINS: ReadonlySet<string> = new Set<TextOrigin>(['own', 'example', 'shared']);

export function readLocalText(local: LocalStore | undefined): SavedText | undefined {
  try {
    const text = local?.getItem(TEXT_KEY);
    if (text === null || text === undefined) return undefined;
    const exampleId = local?.getItem(EXAMPLE_KEY) ?? '';
    const origin = local?.getItem(ORIGIN_KEY) ?? '';
    return {
      text,
      exampleId,
      // Saved before origins were: an example's id said it all.
      origin: ORIGINS.has(origin) ? (origin as TextOrigin) : exampleId === '' ? 'own' : 'example',
      savedAt: Number(local?.getItem(SAVED_AT_KEY) ?? 0) || 0,
    };
  } catch {
    return undefined;
  }
}

/** False when the text is too large for localStorage or it refused: the caller saves it elsewhere. */
export function writeLocalText(local: LocalStore | undefined, saved: SavedText): boolean {
  if (local === undefined || saved.text.length > LOCAL_TEXT_LIMIT) return false;
  try {
    local.setItem(TEXT_KEY, saved.text);
    local.setItem(EXAMPLE_KEY, saved.exampleId);
    local.setItem(ORIGIN_KEY, saved.origin);
    local.setItem(SAVED_AT_KEY, String(saved.savedAt));
    return true;
  } catch {
    return false;
  }
}

export function markEdited(local: LocalStore | undefined, at: number): void {
  try {
    local?.setItem(EDITED_AT_KEY, String(at));
  } catch {
    // Only used to notice lost edits; nothing else depends on it.
  }
}

export function readEditedAt(local: LocalStore | undefined): number {
  try {
    return Number(local?.getItem(EDITED_AT_KEY) ?? 0) || 0;
  } catch {
    return 0;
  }
}

/** The text the one slot "kept aside" of earlier versions held: it moves to the history. */
export function readLegacyPrevious(local: LocalStore | undefined): string | undefined {
  try {
    const text = local?.getItem(LEGACY_PREVIOUS_KEY) ?? undefined;
    return text === undefined || text.trim() === '' ? undefined : text;
  } catch {
    return undefined;
  }
}

/** Called once the legacy slot's text is safe in the history. */
export function forgetLegacyPrevious(local: LocalStore | undefined): void {
  try {
    local?.removeItem(LEGACY_PREVIOUS_KEY);
  } catch {
    // It is read again next time, and found in the history already.
  }
}
