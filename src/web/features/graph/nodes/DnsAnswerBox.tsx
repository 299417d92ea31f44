import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { BoxNode } from '../flow/to-flow.ts';
import { BoxFrame, keyedLine } from './BoxFrame.tsx';
import { sameBox } from './same-box.ts';

/** What CoreDNS answers for a headless Service (A records) or an ExternalName one (a CNAME). */
export const DnsAnswerBox = memo(function DnsAnswerBox({ data }: NodeProps<BoxNode>) {
  return <BoxFrame kind="dnsAnswer" data={data} renderLine={keyedLine} badgeClass={() => 'kse-badge--dns'} />;
}, sameBox);
