import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { BoxNode } from '../flow/to-flow.ts';
import { BoxFrame } from './BoxFrame.tsx';
import { sameBox } from './same-box.ts';

/** A Gateway: one line per listener (name, protocol, port, hostname), its class and its address. */
export const GatewayBox = memo(function GatewayBox({ data }: NodeProps<BoxNode>) {
  return <BoxFrame kind="gateway" data={data} badgeClass={(_, index) => (index === 0 ? 'kse-badge--gateway' : 'kse-badge--muted')} />;
}, sameBox);
