import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { BoxNode } from '../flow/to-flow.ts';
import { BoxFrame } from './BoxFrame.tsx';
import { sameBox } from './same-box.ts';

/** The cloud load balancer of a LoadBalancer Service: its external address and ports. */
export const LoadBalancerBox = memo(function LoadBalancerBox({ data }: NodeProps<BoxNode>) {
  return <BoxFrame kind="loadBalancer" data={data} badgeClass={() => 'kse-type kse-type--LoadBalancer'} />;
}, sameBox);
