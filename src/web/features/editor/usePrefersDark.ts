import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const list = matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** Whether the system asks for dark colours, kept current when it changes. */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(subscribe, () => matchMedia(QUERY).matches);
}
