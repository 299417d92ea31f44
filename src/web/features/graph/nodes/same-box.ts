import type { NodeProps } from '@xyflow/react';
import type { BoxNode } from '../flow/to-flow.ts';

/**
 * The memo test of the box components: a box draws its id and its data, not where it stands. React
 * Flow gives a box its position among its props, so a box the layout moved (a column before it got
 * a step wider moves every box after it: all 1,000 of a large Service's Pods) would be drawn again,
 * with its handles, for nothing; to-flow.ts keeps `data` identical while the content is the same.
 */
export function sameBox(before: NodeProps<BoxNode>, after: NodeProps<BoxNode>): boolean {
  return before.id === after.id && before.data === after.data;
}
