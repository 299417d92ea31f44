import { useEffect, useState } from 'react';
import { useExplorer } from '../store/index.ts';

/** A text longer than the placeholder shows (ManifestEditor.tsx) needs the editor while its long build runs. */
const LONG_TEXT = 20_000;

/**
 * Whether the first build is on screen: true two frames after the first build arrives (so its
 * graph has been painted), or as soon as there will be none for a while: a long text's build
 * shows its progress, or the worker failed. What waits on it (Monaco) would otherwise hold the page's
 * thread while the first graph is drawn.
 */
export function useAfterFirstGraph(): boolean {
  const [after, setAfter] = useState(false);
  const arrived = useExplorer((s) => s.built !== undefined);
  const waiting = useExplorer((s) => (s.progress !== undefined && s.progress.size > LONG_TEXT) || s.trouble !== undefined);
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
