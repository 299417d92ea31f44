import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { BoxNode } from '../flow/to-flow.ts';
import { BoxFrame } from './BoxFrame.tsx';
import { sameBox } from './same-box.ts';

/** The DNS name outside the cluster that an ExternalName Service's CNAME points to. */
export const ExternalNameBox = memo(function ExternalNameBox({ data }: NodeProps<BoxNode>) {
  return <BoxFrame kind="externalName" data={data} badgeClass={() => 'kse-type kse-type--ExternalName'} />;
}, sameBox);
