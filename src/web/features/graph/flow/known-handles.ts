/**
 * Where a box's two handles are, given up front (React Flow's `node.handles`). React Flow otherwise
 * renders every box it has not measured yet, visible or not, to find its handles: with a dump of
 * thousands of boxes, a new graph then creates thousands of boxes in one task only to remove them
 * in the next (about 3 s of main thread for a 10 MB dump). Known handles let it draw only what is
 * on screen from the first frame. The positions match BoxFrame's handles: the middle of the left
 * side (traffic in) and of the right side (traffic out); edges follow the layout's own points.
 */
import { Position, type NodeHandle } from '@xyflow/react';

export function knownHandles(width: number, height: number): NodeHandle[] {
  return [
    { type: 'target', position: Position.Left, x: -1, y: height / 2, width: 1, height: 1 },
    { type: 'source', position: Position.Right, x: width, y: height / 2, width: 1, height: 1 },
  ];
}
