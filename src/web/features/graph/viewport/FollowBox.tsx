import { useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { followShift, whollyShown } from './follow.ts';

const paneSize = (s: ReactFlowState): string => `${s.width}x${s.height}`;

interface Props {
  /** The box to keep in view: the selected one, or the one the packet is heading for. */
  readonly box: string | undefined;
  /** Glide there, unless the user prefers reduced motion. */
  readonly glide: boolean;
  /**
   * How many times the view has been fitted (FitLegibly): after a fit, which may leave the box off
   * screen, the follower brings it back.
   */
  readonly fits: number;
}

/**
 * Pans a box into view when it is not wholly on screen (selected from the editor, say, or the next
 * stop of the packet on a graph wider than the pane), keeping the zoom, so the words stay legible,
 * and moving no further than follow.ts says. When only the pane changes size, it brings back a box
 * the change cut off, and leaves one the view had already left: with two boxes followed (the one
 * chosen and the packet's), bringing back both at each change of the pane sent the view back and
 * forth between them as a dump's toolbar gained and lost a row at each build.
 */
export function FollowBox({ box, glide, fits }: Props) {
  const { getInternalNode, getViewport, setViewport } = useReactFlow();
  const store = useStoreApi();
  const pane = useStore(paneSize);
  const last = useRef<{ box: string | undefined; fits: number; pane?: { width: number; height: number } }>({ box, fits });
  useEffect(() => {
    const before = last.current;
    const { width, height } = store.getState();
    last.current = { box, fits, pane: { width, height } };
    const node = box === undefined ? undefined : getInternalNode(box);
    if (node === undefined || width === 0 || height === 0) return;
    const { x, y, zoom } = getViewport();
    const { x: left, y: top } = node.internals.positionAbsolute;
    const [w, h] = [node.measured.width ?? node.width ?? 0, node.measured.height ?? node.height ?? 0];
    const onScreen = { x: left * zoom + x, y: top * zoom + y, width: w * zoom, height: h * zoom };
    const { dx, dy } = followShift(onScreen, { width, height });
    if (dx === 0 && dy === 0) return;
    // The view is where it was: the pane alone changed, and the box was off it before too.
    if (before.box === box && before.fits === fits && before.pane !== undefined && !whollyShown(onScreen, before.pane)) return;
    // A straight pan: d3's default path between two views zooms out and back in on a long one
    // (to 0.58 from 0.92 on the way to scenario-many-endpoints' last Pod), the words unreadable
    // the while, though the zoom it starts and ends at is the same.
    void setViewport({ x: x + dx, y: y + dy, zoom }, { duration: glide ? 300 : 0, interpolate: 'linear' });
  }, [box, glide, fits, pane, getInternalNode, getViewport, setViewport, store]);
  return null;
}
