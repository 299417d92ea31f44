import { useEffect, useState } from 'react';
import { PLACEHOLDER_CHARACTERS } from '../features/editor/editor-props.ts';
import { useExplorer } from '../store/index.ts';

/**
 * Whether the first build is on screen: true two frames after the first build arrives (so its
 * graph has been painted), or as soon as there will be none for a while: the build of a text
 * longer than the placeholder shows its progress (the user needs the editor to see it all), or
 * the worker failed. What waits on it (Monaco) would otherwise hold the page's
 * thread while the first graph is drawn.
 */
export function useAfterFirstGraph(): boolean {
  const [after, setAfter] = useState(false);
  const arrived = useExplorer((s) => s.built !== undefined);
  const waiting = useExplorer((s) => (s.progress !== undefined && s.progress.size > PLACEHOLDER_CHARACTERS) || s.trouble !== undefined);
  if (waiting && !after) setAfter(true);
  useEffect(() => {
    if (after || !arrived) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setAfter(true));
    });
    return () => cancelAnimationFrame(frame);
  }, [after, arrived]);
  return after;
}
