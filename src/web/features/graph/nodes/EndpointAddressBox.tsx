import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { PodStatus } from '../../../../present/graph/index.ts';
import type { BoxNode } from '../flow/to-flow.ts';
import { BoxFrame } from './BoxFrame.tsx';
import { sameBox } from './same-box.ts';

const STATUS_TEXT: Readonly<Record<PodStatus, string>> = { ready: 'ready', notReady: 'not ready', terminating: 'terminating' };

/**
 * An endpoint with no Pod behind it (a selector-less Service's manual Endpoints or
 * EndpointSlice): named by its address, with its ports and its conditions, in words as well as
 * colour. Square-cornered, so it is never taken for a Pod.
 */
export const EndpointAddressBox = memo(function EndpointAddressBox({ data }: NodeProps<BoxNode>) {
  const status = data.status ?? 'ready';
  return (
    <BoxFrame kind="endpointAddress" data={data} className={`kse-status--${status}`}>
      <span className="kse-notch kse-notch--status">
        <span className="kse-dot" aria-hidden="true" />
        {STATUS_TEXT[status]}
      </span>
    </BoxFrame>
  );
}, sameBox);
