import { useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect } from 'react';
import { followShift } from './follow.ts';

const paneSize = (s: ReactFlowState): string => `${s.width}x${s.height}`;

interface Props {
  /** The box to keep in view: the selected one, or the one the packet is heading for. */
  readonly box: string | undefined;
  /** Glide there, unless the user prefers reduced motion. */
  readonly glide: boolean;
  /**
   * The set of boxes drawn. FitLegibly refits when it or the pane's size changes (a note above the
   * graph coming or going as a build ends, say); rendered after it, this follower then brings the
   * box back into view, so a box just found is not left off screen by a refit a moment later.
   */
  readonly ids: string;
}

/**
 * Pans a box into view when it is not wholly on screen (selected from the editor, say, or the next
 * stop of the packet on a graph wider than the pane), keeping the zoom, so the words stay legible,
 * and moving no further than follow.ts says.
 */
export function FollowBox({ box, glide, ids }: Props) {
  const { getInternalNode, getViewport, setViewport } = useReactFlow();
  const store = useStoreApi();
  const pane = useStore(paneSize);
  useEffect(() => {
    const node = box === undefined ? undefined : getInternalNode(box);
    if (node === undefined) return;
    const { x, y, zoom } = getViewport();
    const { width, height } = store.getState();
    if (width === 0 || height === 0) return;
    const { x: left, y: top } = node.internals.positionAbsolute;
    const [w, h] = [node.measured.width ?? node.width ?? 0, node.measured.height ?? node.height ?? 0];
    const { dx, dy } = followShift({ x: left * zoom + x, y: top * zoom + y, width: w * zoom, height: h * zoom }, { width, height });
    if (dx !== 0 || dy !== 0) void setViewport({ x: x + dx, y: y + dy, zoom }, { duration: glide ? 300 : 0 });
  }, [box, glide, ids, pane, getInternalNode, getViewport, setViewport, store]);
  return null;
}
