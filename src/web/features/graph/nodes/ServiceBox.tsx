import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { BoxNode } from '../flow/to-flow.ts';
import { BoxFrame, keyedLine } from './BoxFrame.tsx';
import { sameBox } from './same-box.ts';

/** The first badge is the type (present/graph/service-paths.ts), the others are traffic policies. */
const badgeClass = (badge: string, index: number): string => (index === 0 ? `kse-type kse-type--${badge}` : 'kse-badge--policy');

/**
 * A Service: its type, coloured, its clusterIP:port lines and its traffic policies. In focus mode,
 * a Service other than the focused one is folded into one box (`group:Service/…`) saying what it
 * holds; choosing it focuses it.
 */
export const ServiceBox = memo(function ServiceBox({ id, data }: NodeProps<BoxNode>) {
  const folded = id.startsWith('group:');
  return <BoxFrame kind="service" data={data} renderLine={keyedLine} badgeClass={badgeClass} {...(folded && { className: 'kse-box--folded' })} />;
}, sameBox);
