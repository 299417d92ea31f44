import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { BoxNode } from '../flow/to-flow.ts';
import { BoxFrame } from './BoxFrame.tsx';
import { sameBox } from './same-box.ts';

/** An EndpointSlice: address type, ports, endpoint counts, and the controller that manages it. */
export const EndpointSliceBox = memo(function EndpointSliceBox({ data }: NodeProps<BoxNode>) {
  return <BoxFrame kind="endpointSlice" data={data} badgeClass={() => 'kse-badge--muted'} />;
}, sameBox);
