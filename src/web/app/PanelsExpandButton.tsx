import { memo } from 'react';

interface Props {
  readonly expanded: boolean;
  readonly onToggle: () => void;
}

/** The panels over the whole window and back (Escape too), drawn as the graph's own expand button. */
export const PanelsExpandButton = memo(function PanelsExpandButton({ expanded, onToggle }: Props) {
  return (
    <button
      type="button"
      className="panels-expand"
      onClick={onToggle}
      aria-label={expanded ? 'Shrink the panels' : 'Expand the panels'}
      aria-pressed={expanded}
      title={expanded ? 'Back to the page (Escape)' : 'Expand the panels to the window'}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d={expanded ? 'M6 2v4H2M10 2v4h4M6 14v-4H2M10 14v-4h4' : 'M2 6V2h4M14 6V2h-4M2 10v4h4M14 10v4h-4'} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
    </button>
  );
});
