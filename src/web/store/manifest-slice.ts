/**
 * The manifest text and where it came from (the user's own, an example of the gallery, a share
 * link). Nothing the user wrote is lost: whatever replaces their own text (an example, a share link,
 * a restored text, a paste over the whole of it) puts it aside, offered back with one click and
 * kept in the history. Saving is not done here: app/storage/text-keeper.ts watches the store.
 */
import type { StateCreator } from 'zustand';
import type { HistoryEntry } from '../features/history/history.ts';
import type { ExplorerState } from './explorer-store.ts';

export type TextOrigin = 'own' | 'example' | 'shared';

/** A text of the user's that something replaced. */
export interface AsideText {
  readonly text: string;
  /** When it was put aside, in `Date.now()` time. */
  readonly savedAt: number;
}

/** What could not be saved, and why: the page says so, as a reload would lose it. */
export interface StorageProblem {
  /** The editor's text, or a text put aside into the history. */
  readonly what: 'current' | 'history';
  /** `full`: the browser's quota is reached; `unavailable`: storage is off (private window, settings); `lost`: the last edits did not reach storage before the page closed. */
  readonly why: 'full' | 'unavailable' | 'lost';
}

export interface ManifestSlice {
  readonly text: string;
  /**
   * Counts the texts: it changes exactly when `text` does, and is compared in its place. Comparing
   * two texts of one length reads both, and V8 first copies each into one piece: 20-30 ms for a
   * dump's megabytes, on the page's thread, at an edit that keeps the length (a digit typed over).
   */
  readonly textRevision: number;
  /** The gallery example the text is, unchanged; '' once edited or when it is not an example. */
  readonly exampleId: string;
  readonly origin: TextOrigin;
  /**
   * The file the text was read from, while the text is still that file's: the page saves the file
   * rather than the text, which the browser stores without copying megabytes on the page's thread.
   */
  readonly textFile: Blob | undefined;
  /** The user's text that the last replacement put aside, offered back until restored or dismissed. */
  readonly previous: AsideText | undefined;
  /** The user's earlier texts, newest first (their texts stay in storage until restored). */
  readonly manifestHistory: readonly HistoryEntry[];
  readonly storageProblem: StorageProblem | undefined;
  /** An edit by the user; `replacedMost` when it replaced most of the text at once (a paste over it all). */
  readonly edit: (text: string, replacedMost?: boolean) => void;
  /** A file opened or dropped, read as `text`: it replaces the whole text, as a paste over it all would. */
  readonly openFile: (text: string, file: Blob) => void;
  /** Replaces the text with an example or a shared manifest; the user's own text is put aside. */
  readonly replace: (text: string, exampleId: string, origin?: Exclude<TextOrigin, 'own'>) => void;
  /** Puts back a text of the user's (the one put aside, or one of the history); the text it replaces is put aside in turn. */
  readonly restore: (text: string) => void;
  /** The offer to restore is declined: the text stays in the history. */
  readonly dismissPrevious: () => void;
  readonly setManifestHistory: (entries: readonly HistoryEntry[]) => void;
  readonly setStorageProblem: (problem: StorageProblem | undefined) => void;
}

export interface InitialManifest {
  readonly text: string;
  readonly exampleId: string;
  /** Defaults to an example when `exampleId` names one, else the user's own. */
  readonly origin?: TextOrigin;
  readonly previous?: AsideText;
  readonly manifestHistory?: readonly HistoryEntry[];
  readonly storageProblem?: StorageProblem;
}

/** Only text the user wrote is worth keeping: an unchanged example or shared link can be opened again. */
function ownText(state: ManifestSlice): AsideText | undefined {
  return state.origin === 'own' && state.text.trim() !== '' ? { text: state.text, savedAt: Date.now() } : undefined;
}

/** The user's own text now; `textFile`, the file it was read from, while it is that file's. */
function ownEdit(state: ManifestSlice, text: string, replacedMost: boolean, textFile: Blob | undefined): Partial<ManifestSlice> {
  const aside = replacedMost ? ownText(state) : undefined;
  return { text, textRevision: state.textRevision + 1, exampleId: '', origin: 'own', textFile, ...(aside && { previous: aside }) };
}

export function createManifestSlice(initial: InitialManifest): StateCreator<ExplorerState, [], [], ManifestSlice> {
  return (set, get) => ({
    text: initial.text,
    textRevision: 0,
    exampleId: initial.exampleId,
    origin: initial.origin ?? (initial.exampleId === '' ? 'own' : 'example'),
    textFile: undefined,
    previous: initial.previous,
    manifestHistory: initial.manifestHistory ?? [],
    storageProblem: initial.storageProblem,
    edit(text, replacedMost = false) {
      set(ownEdit(get(), text, replacedMost, undefined));
    },
    openFile(text, file) {
      set(ownEdit(get(), text, true, file));
    },
    replace(text, exampleId, origin = 'example') {
      if (text === get().text) {
        set({ exampleId, origin });
        return;
      }
      // Events name the old text's Pods and Nodes: a new manifest starts a new timeline. Its packet
      // starts afresh too, and the old graph never stands in for the new one's while it is refused.
      set({ text, textRevision: get().textRevision + 1, exampleId, origin, textFile: undefined, previous: ownText(get()) ?? get().previous, events: [], lastGood: undefined, trace: undefined, packet: undefined });
    },
    restore(text) {
      if (text === get().text) return;
      set({ text, textRevision: get().textRevision + 1, exampleId: '', origin: 'own', textFile: undefined, previous: ownText(get()), events: [], lastGood: undefined, trace: undefined, packet: undefined });
    },
    dismissPrevious() {
      set({ previous: undefined });
    },
    setManifestHistory(manifestHistory) {
      set({ manifestHistory });
    },
    setStorageProblem(storageProblem) {
      set({ storageProblem });
    },
  });
}
