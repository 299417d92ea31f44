import { useEffect, useState } from 'react';
import { PLACEHOLDER_CHARACTERS } from '../features/editor/editor-props.ts';
import { useExplorer } from '../store/index.ts';

/**
 * Whether the first build is on screen: true once the frame after the first build's arrival is
 * painted (so its graph is), or as soon as there will be none for a while: the build of a text
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
    // A task queued from the frame's callback runs once that frame is painted: a frame sooner
    // than waiting for the next frame's callback.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setAfter(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [after, arrived]);
  return after;
}
