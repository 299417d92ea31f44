import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { PodStatus } from '../../../../present/graph/index.ts';
import type { BoxNode } from '../flow/to-flow.ts';
import { BoxFrame } from './BoxFrame.tsx';
import { sameBox } from './same-box.ts';

const STATUS_TEXT: Readonly<Record<PodStatus, string>> = { ready: 'ready', notReady: 'not ready', terminating: 'terminating' };

/**
 * A Pod, or an endpoint without one (its box is named by address): podIP:port, the Node it runs
 * on, and its state as traffic sees it, in words as well as colour. Pods of a large slice are
 * compact chips in a grid; past a size, a workload's Pods are one stacked box that counts them.
 */
export const PodBox = memo(function PodBox({ data }: NodeProps<BoxNode>) {
  // A workload's Pods stacked in one box (`group:…`): their states are counted in its lines.
  if (data.group !== undefined) return <BoxFrame kind="pod" data={data} />;
  const status = data.status ?? 'ready';
  return (
    <BoxFrame kind="pod" data={data} className={`kse-status--${status}`}>
      <span className="kse-notch kse-notch--status">
        <span className="kse-dot" aria-hidden="true" />
        {STATUS_TEXT[status]}
      </span>
    </BoxFrame>
  );
}, sameBox);
