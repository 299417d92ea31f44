import { useCallback, useState } from 'react';

/**
 * A pane's share of the window, remembered by this browser. Storage may be refused (private
 * windows, a full quota): the share then lasts as long as the page.
 */
export function useStoredShare(key: string, initial: number, min: number, max: number): [number, (share: number) => void] {
  const [share, setShare] = useState(() => {
    try {
      const stored = Number(window.localStorage.getItem(key));
      return stored >= min && stored <= max ? stored : initial;
    } catch {
      return initial;
    }
  });
  const change = useCallback(
    (next: number) => {
      setShare(next);
      try {
        window.localStorage.setItem(key, String(Math.round(next * 1000) / 1000));
      } catch {
        // Not remembered: the page still resizes.
      }
    },
    [key],
  );
  return [share, change];
}
