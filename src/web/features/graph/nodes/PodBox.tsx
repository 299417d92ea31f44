import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { PodStatus } from '../../../../present/graph/index.ts';
import type { BoxNode } from '../flow/to-flow.ts';
import { BoxFrame } from './BoxFrame.tsx';

const STATUS_TEXT: Readonly<Record<PodStatus, string>> = { ready: 'ready', notReady: 'not ready', terminating: 'terminating' };

/**
 * A Pod, or an endpoint without one (its box is named by address): podIP:port, the Node it runs
 * on, and its state as traffic sees it, in words as well as colour. Pods of a large slice are
 * compact chips in a grid.
 */
export const PodBox = memo(function PodBox({ data }: NodeProps<BoxNode>) {
  const status = data.status ?? 'ready';
  return (
    <BoxFrame kind="pod" data={data} className={`kse-status--${status}`}>
      <span className="kse-notch kse-notch--status">
        <span className="kse-dot" aria-hidden="true" />
        {STATUS_TEXT[status]}
      </span>
    </BoxFrame>
  );
});
