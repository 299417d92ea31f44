import type { EdgeTypes } from '@xyflow/react';
import { PortEdgeView } from './PortEdgeView.tsx';

/** Declared once, so React Flow never remounts the edges. */
export const EDGE_TYPES = { port: PortEdgeView } satisfies EdgeTypes;
