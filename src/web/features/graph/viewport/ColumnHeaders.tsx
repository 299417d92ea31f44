import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import type { ColumnHeader } from '../../../../present/graph/index.ts';
import { HELD_AT, headerCentre } from './header-centre.ts';

/** Where the pane's top is, in the flow's coordinates: a header may not rise above it. */
const paneTop = (s: ReactFlowState): number => (HELD_AT - s.transform[1]) / s.transform[2];
/** Where the pane's sides are, in the flow's coordinates. */
const paneLeft = (s: ReactFlowState): number => -s.transform[0] / s.transform[2];
const paneRight = (s: ReactFlowState): number => (s.width - s.transform[0]) / s.transform[2];

/**
 * The column headers, in the flow's coordinates so that they pan and zoom with the boxes; when the
 * graph is scrolled down past them, they stay at the top of the pane, on a background, so the
 * columns stay named.
 */
export const ColumnHeaders = memo(function ColumnHeaders({ headers }: { readonly headers: readonly ColumnHeader[] }) {
  const top = useStore(paneTop);
  const left = useStore(paneLeft);
  const right = useStore(paneRight);
  return (
    <ViewportPortal>
      {headers.map((header) => {
        const held = top > header.y;
        return (
          <div
            key={`${header.x} ${header.text}`}
            className={`kse-column-header${held ? ' kse-column-header--held' : ''}`}
            style={{ transform: `translate(${headerCentre(header, left, right)}px, ${held ? top : header.y}px) translate(-50%, -100%)` }}
          >
            {header.text}
          </div>
        );
      })}
    </ViewportPortal>
  );
});
