import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

/** One list for the page: React reads the snapshot on every render, and `matchMedia` parses the query anew each call. */
let media: MediaQueryList | undefined;
const list = (): MediaQueryList => (media ??= window.matchMedia(QUERY));

function subscribe(onChange: () => void): () => void {
  const watched = list();
  watched.addEventListener('change', onChange);
  return () => watched.removeEventListener('change', onChange);
}

const snapshot = (): boolean => list().matches;

/** The user's wish for less motion, followed live when it changes. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
