/**
 * The manifest text: what the user typed, saved on every edit so that nothing is ever lost, and
 * where it came from (an example of the gallery, a share link, or the user's own).
 */
import type { StateCreator } from 'zustand';
import type { ExplorerState } from './explorer-store.ts';

export const STORAGE_KEY = 'kse.manifest';
const STORAGE_EXAMPLE_KEY = 'kse.example';
/** The user's own text, kept aside when an example or a share link replaces it. */
const STORAGE_PREVIOUS_KEY = 'kse.manifest.previous';

export interface ManifestSlice {
  readonly text: string;
  /** The gallery example the text is, unchanged; '' once edited or when it is the user's own. */
  readonly exampleId: string;
  /** The user's earlier text that a loaded example or share link replaced, offered back. */
  readonly previousText: string | undefined;
  readonly edit: (text: string) => void;
  /** Replaces the text with an example or a shared manifest; the user's own text is kept aside. */
  readonly replace: (text: string, exampleId: string) => void;
  readonly restorePrevious: () => void;
}

/** What `localStorage` offers, so the slice runs where there is none (tests, private windows). */
export interface TextStorage {
  getItem(key: string): string | null;
  readonly setItem: (key: string, value: string) => void;
}

export function savedManifest(storage: TextStorage | undefined): { text: string; exampleId: string } | undefined {
  const text = storage?.getItem(STORAGE_KEY);
  if (text === null || text === undefined) return undefined;
  return { text, exampleId: storage?.getItem(STORAGE_EXAMPLE_KEY) ?? '' };
}

export function createManifestSlice(
  storage: TextStorage | undefined,
  initial: { text: string; exampleId: string },
): StateCreator<ExplorerState, [], [], ManifestSlice> {
  const save = (text: string, exampleId: string): void => {
    try {
      storage?.setItem(STORAGE_KEY, text);
      storage?.setItem(STORAGE_EXAMPLE_KEY, exampleId);
    } catch {
      // A full or disabled storage must not stop editing; the text stays on screen.
    }
  };
  return (set, get) => ({
    text: initial.text,
    exampleId: initial.exampleId,
    previousText: undefined,
    edit(text) {
      save(text, '');
      set({ text, exampleId: '' });
    },
    replace(text, exampleId) {
      const { text: current, exampleId: currentExample } = get();
      if (text === current) {
        set({ exampleId });
        return;
      }
      // Only text the user wrote is worth keeping: an unchanged example can be loaded again.
      const previousText = currentExample === '' && current.trim() !== '' ? current : get().previousText;
      if (previousText !== undefined) {
        try {
          storage?.setItem(STORAGE_PREVIOUS_KEY, previousText);
        } catch {
          // As in save().
        }
      }
      save(text, exampleId);
      // Events name the old text's Pods and Nodes: a new manifest starts a new timeline.
      set({ text, exampleId, previousText, events: [] });
    },
    restorePrevious() {
      const { previousText } = get();
      if (previousText === undefined) return;
      save(previousText, '');
      set({ text: previousText, exampleId: '', previousText: undefined, events: [] });
    },
  });
}
