import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { BoxNode } from '../flow/to-flow.ts';
import { BoxFrame } from './BoxFrame.tsx';
import { sameBox } from './same-box.ts';

/** An Ingress: the origins its rules answer, its class and its load-balancer addresses. */
export const IngressBox = memo(function IngressBox({ data }: NodeProps<BoxNode>) {
  return <BoxFrame kind="ingress" data={data} badgeClass={(_, index) => (index === 0 ? 'kse-badge--ingress' : 'kse-badge--muted')} />;
}, sameBox);
