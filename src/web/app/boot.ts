/**
 * What the page starts with: the manifest of a share link if the URL carries one, else the text
 * the user left here last time, else a working example, never an empty editor.
 */
import { savedManifest, type TextStorage, type Theme } from '../store/index.ts';
import { decodeFragment, ShareLinkError } from '../features/share/share-link.ts';
import { DEFAULT_EXAMPLE, exampleText } from './examples.ts';

export interface Boot {
  readonly text: string;
  readonly exampleId: string;
  /** Parameters of the share link after `m` (the selected Service, ...). */
  readonly params: ReadonlyMap<string, string>;
  /** Why the share link in the URL could not be opened, shown to the user. */
  readonly problem?: string;
  /** True when the text came from a share link: the user's saved text is to be kept aside. */
  readonly shared: boolean;
}

function storage(): TextStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled (privacy settings, sandboxed iframes): the page still works.
    return undefined;
  }
}

export const pageStorage = storage();

export function preferredTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export async function boot(fragment: string): Promise<Boot> {
  const fallback = savedManifest(pageStorage) ?? { text: exampleText(DEFAULT_EXAMPLE) ?? '', exampleId: DEFAULT_EXAMPLE };
  try {
    const shared = await decodeFragment(fragment);
    if (shared !== undefined) return { text: shared.manifest, exampleId: '', params: shared.params, shared: true };
  } catch (error) {
    if (!(error instanceof ShareLinkError)) throw error;
    return { ...fallback, params: new Map(), shared: false, problem: error.message };
  }
  return { ...fallback, params: new Map(), shared: false };
}
