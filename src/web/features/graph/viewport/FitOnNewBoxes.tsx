import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { FIT_VIEW } from './fit.ts';

/**
 * Fits the view when the set of boxes changes (a Service added, a Pod renamed), and only then:
 * rebuilds while typing keep the user's zoom and pan. React Flow fits the first render itself.
 */
export function FitOnNewBoxes({ ids }: { readonly ids: string }) {
  const { fitView } = useReactFlow();
  const fitted = useRef(ids);
  useEffect(() => {
    if (fitted.current === ids) return;
    fitted.current = ids;
    void fitView(FIT_VIEW);
  }, [ids, fitView]);
  return null;
}
