import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { BoxNode } from '../flow/to-flow.ts';
import { BoxFrame } from './BoxFrame.tsx';
import { sameBox } from './same-box.ts';

/** An HTTPRoute: its hostnames, one line per rule with what a request must match, and why it carries no traffic when it does not. */
export const RouteBox = memo(function RouteBox({ data }: NodeProps<BoxNode>) {
  return <BoxFrame kind="route" data={data} badgeClass={() => 'kse-badge--gateway'} />;
}, sameBox);
