import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { BoxNode } from '../flow/to-flow.ts';
import { BoxFrame } from './BoxFrame.tsx';
import { sameBox } from './same-box.ts';

/** Who sends: the external client, or a Pod inside the cluster (a placeholder unless the view names one). */
export const ClientBox = memo(function ClientBox({ data }: NodeProps<BoxNode>) {
  const inCluster = data.namespace !== undefined;
  return (
    <BoxFrame
      kind="client"
      data={data}
      className={inCluster ? 'kse-client--pod' : 'kse-client--external'}
      badgeClass={(badge) => (badge === 'placeholder' ? 'kse-badge--muted' : undefined)}
    />
  );
}, sameBox);
