import { useEffect, useState } from 'react';

/**
 * `value` once it has held for `ms` without changing back, nor `since` changing: true only after a
 * pause. A half-typed word (`NodeP`, on the way to `NodePort`) is refused for a keystroke or two,
 * and saying so at every keystroke would make the graph flash. `since` is what each keystroke
 * changes (the text built): a build answered within the keystroke's own task leaves no moment in
 * which `value` is false, so the pause must start again with each new text.
 */
export function useSettled(value: boolean, ms: number, since?: unknown): boolean {
  const [previous, setPrevious] = useState({ value, since });
  const [settled, setSettled] = useState(false);
  // Each time the value turns true, or the text changes under it, the pause starts again (React's "state from the previous render").
  if (value !== previous.value || since !== previous.since) {
    setPrevious({ value, since });
    setSettled(false);
  }
  useEffect(() => {
    if (!value) return undefined;
    const timer = setTimeout(() => setSettled(true), ms);
    return () => clearTimeout(timer);
  }, [value, ms, since]);
  return value && settled;
}
