import { useCallback, useState, type KeyboardEvent } from 'react';

export interface Expanded {
  readonly expanded: boolean;
  readonly toggle: () => void;
  /** For the expanded element's keydown: Escape brings it back. */
  readonly onKeyDown: (event: KeyboardEvent) => void;
}

/** A part of the page laid over the whole window (the graph, the panels) and back, by a button or Escape. */
export function useExpanded(): Expanded {
  const [expanded, setExpanded] = useState(false);
  const toggle = useCallback(() => setExpanded((was) => !was), []);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key === 'Escape' && expanded) setExpanded(false);
    },
    [expanded],
  );
  return { expanded, toggle, onKeyDown };
}
