import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { BoxNode } from '../flow/to-flow.ts';
import { BoxFrame, keyedLine } from './BoxFrame.tsx';

/** The first badge is the type (present/graph/service-paths.ts), the others are traffic policies. */
const badgeClass = (badge: string, index: number): string => (index === 0 ? `kse-type kse-type--${badge}` : 'kse-badge--policy');

/** A Service: its type, coloured, its clusterIP:port lines and its traffic policies. */
export const ServiceBox = memo(function ServiceBox({ data }: NodeProps<BoxNode>) {
  return <BoxFrame kind="service" data={data} renderLine={keyedLine} badgeClass={badgeClass} />;
});
