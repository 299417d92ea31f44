import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { legibleView, type Layout, type Margins } from './fit.ts';

const paneSize = (s: ReactFlowState): string => `${s.width}x${s.height}`;

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
}

/**
 * Sets the legible view (fit.ts) when the pane first has a size, whenever the set of boxes
 * changes, and when the pane changes size (the window, the expanded graph) unless the user has
 * moved the view since.
 */
export function FitLegibly({ graph, ids, margins, fitter }: Props) {
  const { setViewport } = useReactFlow();
  const pane = useStore(paneSize);
  const [width = 0, height = 0] = pane.split('x').map(Number);
  const touched = useRef(false);
  const fit = useCallback(() => {
    if (width === 0 || height === 0) return;
    touched.current = false;
    void setViewport(legibleView(graph, { width, height }, margins));
  }, [graph, width, height, margins, setViewport]);
  const touch = useCallback(() => {
    touched.current = true;
  }, []);
  useImperativeHandle(fitter, () => ({ fit, touch }), [fit, touch]);
  const fitted = useRef({ ids: '', pane: '' });
  useEffect(() => {
    if (width === 0 || height === 0) return;
    const newBoxes = fitted.current.ids !== ids;
    const resized = fitted.current.pane !== pane;
    fitted.current = { ids, pane };
    if (newBoxes || (resized && !touched.current)) fit();
  }, [ids, pane, width, height, fit]);
  return null;
}
