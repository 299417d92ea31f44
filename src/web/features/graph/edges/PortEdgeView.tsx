import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { LABEL_PADDING_X } from '../../../../present/graph/edge-label.ts';
import type { PortEdge } from '../flow/to-flow.ts';
import { arrowId } from './EdgeMarkers.tsx';

/**
 * An edge along the route the layout gave it (the handles' positions are not used: the route
 * leaves and enters boxes at ports of its own), with the ports the packet carries on it. The label
 * is drawn inside the edge's own SVG group (not in React Flow's HTML label layer), so
 * `[data-id="SOURCE->TARGET"]` contains its text.
 */
export const PortEdgeView = memo(function PortEdgeView({ data }: EdgeProps<PortEdge>) {
  const kind = data?.kind ?? 'traffic';
  const arrow = data?.trail ? arrowId('trail') : kind === 'owns' || data?.faint ? undefined : arrowId(kind);
  const classes = ['kse-edge', `kse-edge--${kind}`, data?.faint ? 'kse-edge--faint' : '', data?.trail ? 'kse-edge--trail' : ''];
  const box = data?.labelBox;
  return (
    <>
      <BaseEdge
        path={data?.path ?? ''}
        className={classes.filter(Boolean).join(' ')}
        {...(arrow !== undefined && { markerEnd: `url(#${arrow})` })}
        interactionWidth={0}
      />
      {box && (
        <g className="kse-edge-label" transform={`translate(${box.x} ${box.y})`}>
          <rect width={box.width} height={box.height} rx={3} />
          <text fontSize={box.fontSize} dominantBaseline="central">
            {box.lines.map((line, i) => (
              <tspan key={i} x={LABEL_PADDING_X} y={box.height / 2 + (i - (box.lines.length - 1) / 2) * box.lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      )}
    </>
  );
});
