import { memo } from 'react';
import type { GraphEdgeKind } from '../../../../present/graph/index.ts';

/** Arrowheads per edge kind (ownership edges have none), and one for the packet's trail; coloured by graph.css. */
const ARROWS = ['traffic', 'dns', 'trail'] as const;

export type ArrowKind = Exclude<GraphEdgeKind, 'owns'> | 'trail';

export const arrowId = (kind: ArrowKind): string => `kse-arrow-${kind}`;

export const EdgeMarkers = memo(function EdgeMarkers() {
  return (
    <svg className="kse-markers" aria-hidden="true" focusable="false">
      <defs>
        {ARROWS.map((kind) => (
          <marker key={kind} id={arrowId(kind)} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto">
            <path className={`kse-arrow kse-arrow--${kind}`} d="M 0 0.5 L 10 5 L 0 9.5 z" />
          </marker>
        ))}
      </defs>
    </svg>
  );
});
