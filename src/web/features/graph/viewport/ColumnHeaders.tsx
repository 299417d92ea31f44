import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import type { ColumnHeader } from '../../../../present/graph/index.ts';

/** The column headers, in the flow's coordinates so that they pan and zoom with the boxes. */
export const ColumnHeaders = memo(function ColumnHeaders({ headers }: { readonly headers: readonly ColumnHeader[] }) {
  return (
    <ViewportPortal>
      {headers.map((header) => (
        <div key={`${header.x} ${header.text}`} className="kse-column-header" style={{ transform: `translate(${header.x}px, ${header.y}px) translate(-50%, -100%)` }}>
          {header.text}
        </div>
      ))}
    </ViewportPortal>
  );
});
