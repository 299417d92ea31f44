import { ControlButton, Controls } from '@xyflow/react';
import { memo } from 'react';

interface Props {
  readonly onFit: () => void;
  readonly expanded: boolean;
  readonly onExpand: () => void;
  readonly focusing: boolean;
  readonly canFocus: boolean;
  readonly onFocus: () => void;
  readonly legendOpen: boolean;
  readonly onLegend: () => void;
}

const icon = (d: string) => (
  <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path d={d} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
  </svg>
);

/**
 * React Flow's zoom buttons, and ours: fit (React Flow's own would fit everything however small;
 * this one fits legibly, viewport/fit.ts), focus on one Service, the legend, and the graph over the
 * whole window. Always there, whatever the size of the graph.
 */
export const GraphControls = memo(function GraphControls({ onFit, expanded, onExpand, focusing, canFocus, onFocus, legendOpen, onLegend }: Props) {
  return (
    <Controls showInteractive={false} showFitView={false} orientation="horizontal" aria-label="Zoom and view">
      <ControlButton onClick={onFit} title="Fit View" aria-label="Fit View" className="react-flow__controls-fitview">
        {icon('M1.5 5.5v-4h4M14.5 5.5v-4h-4M1.5 10.5v4h4M14.5 10.5v4h-4M4.5 5.5h7v5h-7z')}
      </ControlButton>
      <ControlButton
        onClick={onFocus}
        disabled={!canFocus}
        title={canFocus ? 'Focus on the selected Service: the others fold into one box each' : 'Focus needs two Services or more'}
        aria-label="Focus on one Service"
        aria-pressed={focusing}
      >
        {icon('M8 1.5v3M8 11.5v3M1.5 8h3M11.5 8h3M8 5.5a2.5 2.5 0 1 0 0.01 0')}
      </ControlButton>
      <ControlButton onClick={onLegend} title="What the boxes and lines mean" aria-label="Legend" aria-expanded={legendOpen} aria-controls="kse-legend">
        {icon('M2 4h2M6 4h8M2 8h2M6 8h8M2 12h2M6 12h8')}
      </ControlButton>
      <ControlButton onClick={onExpand} title={expanded ? 'Back to the page (Escape)' : 'Expand the graph to the window'} aria-label={expanded ? 'Shrink the graph' : 'Expand the graph'} aria-pressed={expanded}>
        {icon(expanded ? 'M6 2v4H2M10 2v4h4M6 14v-4H2M10 14v-4h4' : 'M2 6V2h4M14 6V2h-4M2 10v4h4M14 10v4h-4')}
      </ControlButton>
    </Controls>
  );
});
