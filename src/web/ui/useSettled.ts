import { useEffect, useState } from 'react';

/**
 * `value` once it has held for `ms` without changing back: true only after a pause. A half-typed
 * word (`NodeP`, on the way to `NodePort`) is refused for a keystroke or two, and saying so at
 * every keystroke would make the graph flash.
 */
export function useSettled(value: boolean, ms: number): boolean {
  const [previous, setPrevious] = useState(value);
  const [settled, setSettled] = useState(false);
  // Each time the value turns true, the pause starts again (React's "state from the previous render").
  if (value !== previous) {
    setPrevious(value);
    setSettled(false);
  }
  useEffect(() => {
    if (!value) return undefined;
    const timer = setTimeout(() => setSettled(true), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return value && settled;
}
