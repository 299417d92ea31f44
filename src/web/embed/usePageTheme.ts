import { useEffect, useSyncExternalStore } from 'react';
import type { Theme } from '../store/index.ts';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const list = matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/**
 * The system's colour scheme, kept current and applied to the page's variables (app.css reads
 * `data-theme`). The embed has no theme button: it follows the setting the page around it
 * usually follows too.
 */
export function usePageTheme(): Theme {
  const theme = useSyncExternalStore(subscribe, () => matchMedia(QUERY).matches) ? 'dark' : 'light';
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
