import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { legibleView, type Layout, type Margins } from './fit.ts';

const paneSize = (s: ReactFlowState): string => `${s.width}x${s.height}`;

/**
 * A pane as wide as before and at most this much taller or shorter keeps its view: the toolbar
 * above it gains or loses a row as its status line wraps (a dump's first build took seconds, the
 * next ones a fraction of one). Refitting there sent the view back to the fit at every edit of a
 * dump, and the packet's follower flying back across the namespace, zoomed out, after it.
 */
const TOOLBAR_ROWS_PX = 64;

export interface Fitter {
  /** Back to the first view: what the fit button does. */
  readonly fit: () => void;
  /** The user panned or zoomed: a pane that changes size now keeps their view. */
  readonly touch: () => void;
}

interface Props {
  readonly graph: Layout;
  /** The set of boxes: a new one (a Service added, a Pod renamed) fits again; a rebuild while typing keeps the user's view. */
  readonly ids: string;
  readonly margins: Margins;
  readonly fitter: Ref<Fitter>;
  /** Told after each fit: the followers (FollowBox) then bring their boxes back into view. */
  readonly onFit?: () => void;
}

/**
 * Sets the legible view (fit.ts) when the pane first has a size, whenever the set of boxes
 * changes, and when the pane changes size (the window, the expanded graph, not a toolbar row)
 * unless the user has moved the view since.
 */
export function FitLegibly({ graph, ids, margins, fitter, onFit }: Props) {
  const { setViewport } = useReactFlow();
  const pane = useStore(paneSize);
  const [width = 0, height = 0] = pane.split('x').map(Number);
  const touched = useRef(false);
  const fit = useCallback(() => {
    if (width === 0 || height === 0) return;
    touched.current = false;
    void setViewport(legibleView(graph, { width, height }, margins));
    onFit?.();
  }, [graph, width, height, margins, setViewport, onFit]);
  const touch = useCallback(() => {
    touched.current = true;
  }, []);
  useImperativeHandle(fitter, () => ({ fit, touch }), [fit, touch]);
  const fitted = useRef({ ids: '', width: 0, height: 0 });
  useEffect(() => {
    if (width === 0 || height === 0) return;
    const before = fitted.current;
    const newBoxes = before.ids !== ids;
    const resized = before.width !== width || Math.abs(before.height - height) > TOOLBAR_ROWS_PX;
    if (newBoxes || resized) fitted.current = { ids, width, height };
    if (newBoxes || (resized && !touched.current)) fit();
  }, [ids, width, height, fit]);
  return null;
}
