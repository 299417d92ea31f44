/**
 * What the page starts with: the text the user left here last time (the later of the copies in
 * localStorage and IndexedDB), with the history of their earlier texts and the one offered back,
 * else a working example, never an empty editor; and the manifest of a share link if the URL
 * carries one, to open over it.
 */
import type { InitialManifest, StorageProblem, Theme } from '../store/index.ts';
import { decodeFragment, ShareLinkError } from '../features/share/share-link.ts';
import { DEFAULT_EXAMPLE, exampleText } from './examples.ts';
import { readEditedAt, readLegacyPrevious, readLocalText, type LocalStore } from './storage/local-text.ts';
import { openTextVault, storageErrorOf, type SavedText, type StorageError, type TextVault, type VaultContents } from './storage/text-vault.ts';

export interface Boot {
  /** What the user had: their saved text (or an example), their history, their text kept aside. */
  readonly initial: InitialManifest;
  /** The share link's manifest, opened over the user's text (which is then put aside). */
  readonly shared: string | undefined;
  /** Parameters of the share link after `m` (the selected Service, ...). */
  readonly params: ReadonlyMap<string, string>;
  /** Why the share link in the URL could not be opened, shown to the user. */
  readonly problem?: string;
  readonly vault: TextVault | StorageError;
  /** The one-slot "kept aside" text of earlier versions, for the history. */
  readonly legacyPrevious: string | undefined;
}

export function preferredTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const NOTHING_SAVED: VaultContents = { current: undefined, history: [], keptAside: undefined };

async function readVault(vault: TextVault | StorageError): Promise<{ contents: VaultContents; problem?: StorageProblem }> {
  if (vault instanceof Error) return { contents: NOTHING_SAVED };
  try {
    return { contents: await vault.load() };
  } catch (error) {
    return { contents: NOTHING_SAVED, problem: { what: 'current', why: storageErrorOf(error).failure } };
  }
}

/** The user's saved state: the later of the two copies of the text, and the text kept aside. */
async function readSaved(local: LocalStore | undefined, vault: TextVault | StorageError): Promise<InitialManifest> {
  const { contents, problem } = await readVault(vault);
  const copies = [readLocalText(local), contents.current].filter((copy): copy is SavedText => copy !== undefined);
  const latest = copies.reduce<SavedText | undefined>((best, copy) => (best === undefined || copy.savedAt > best.savedAt ? copy : best), undefined);
  const entry = contents.history.find((e) => e.id === contents.keptAside);
  const asideText = entry === undefined || vault instanceof Error ? undefined : await vault.readText(entry.id).catch(() => undefined);
  // Edited after the last copy was written: the page closed before the edits reached storage.
  const lost: StorageProblem | undefined = readEditedAt(local) > (latest?.savedAt ?? 0) ? { what: 'current', why: 'lost' } : undefined;
  const storageProblem = problem ?? lost;
  return {
    ...(latest ?? { text: exampleText(DEFAULT_EXAMPLE) ?? '', exampleId: DEFAULT_EXAMPLE, origin: 'example' as const }),
    manifestHistory: contents.history,
    ...(asideText !== undefined && entry !== undefined && { previous: { text: asideText, savedAt: entry.savedAt } }),
    ...(storageProblem && { storageProblem }),
  };
}

export async function boot(fragment: string, local: LocalStore | undefined): Promise<Boot> {
  const vault = await openTextVault().catch((error: unknown) => storageErrorOf(error));
  const [initial, link] = await Promise.all([
    readSaved(local, vault),
    decodeFragment(fragment).then(
      (shared) => ({ shared }),
      (error: unknown) => {
        if (!(error instanceof ShareLinkError)) throw error;
        return { problem: error.message, shared: undefined };
      },
    ),
  ]);
  const legacyPrevious = readLegacyPrevious(local);
  return {
    initial,
    shared: link.shared?.manifest,
    params: link.shared?.params ?? new Map(),
    ...('problem' in link && { problem: link.problem }),
    vault,
    legacyPrevious,
  };
}
