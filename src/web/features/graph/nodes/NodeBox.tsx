import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { BoxNode } from '../flow/to-flow.ts';
import { BoxFrame } from './BoxFrame.tsx';
import { sameBox } from './same-box.ts';

/** A Node: its InternalIP with each nodePort that kube-proxy opens on it. */
export const NodeBox = memo(function NodeBox({ data }: NodeProps<BoxNode>) {
  return <BoxFrame kind="node" data={data} badgeClass={(badge) => (badge === 'control-plane' ? 'kse-badge--control-plane' : undefined)} />;
}, sameBox);
