import { useCallback, useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface Props {
  readonly label: string;
  /** Side by side panes have a vertical gutter (the default); stacked ones a horizontal one. */
  readonly orientation?: 'vertical' | 'horizontal';
  /** Which pane's share `value` is: the one before the handle (the default) or after it. */
  readonly measures?: 'before' | 'after';
  /** That pane's share of the container, 0–1. */
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** The default share, which a double click brings back. */
  readonly initial: number;
  readonly onChange: (value: number) => void;
}

const STEP = 0.02;

/** Where the pointer is along the parent's content box, 0–1, across or down it. */
function along(parent: HTMLElement, event: PointerEvent, horizontal: boolean): number | undefined {
  const box = parent.getBoundingClientRect();
  const style = getComputedStyle(parent);
  const start = horizontal ? box.top + parseFloat(style.paddingTop) : box.left + parseFloat(style.paddingLeft);
  const length = horizontal
    ? box.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
    : box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  if (length <= 0) return undefined;
  return ((horizontal ? event.clientY : event.clientX) - start) / length;
}

/**
 * The gutter between two panes, as a separator the pointer drags and the keyboard moves (arrows,
 * Home and End), as WAI-ARIA's window splitter pattern has it. The share is of the handle's
 * parent's content box.
 */
export function SplitHandle({ label, orientation = 'vertical', measures = 'before', value, min, max, initial, onChange }: Props) {
  const horizontal = orientation === 'horizontal';
  const dragging = useRef(false);
  const clamp = useCallback((share: number) => Math.min(max, Math.max(min, share)), [min, max]);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const parent = event.currentTarget.parentElement;
    if (!dragging.current || parent === null) return;
    const at = along(parent, event, horizontal);
    if (at !== undefined) onChange(clamp(measures === 'before' ? at : 1 - at));
  };
  const onPointerUp = () => {
    dragging.current = false;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // How far the handle itself moves, towards the end (right or down) when positive.
    const moves: Partial<Record<string, number>> = horizontal ? { ArrowUp: -STEP, ArrowDown: STEP } : { ArrowLeft: -STEP, ArrowRight: STEP };
    const move = moves[event.key];
    const next = move !== undefined ? value + (measures === 'before' ? move : -move) : { Home: min, End: max }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onChange(clamp(next));
  };
  return (
    <div
      className={horizontal ? 'split-handle split-handle--horizontal' : 'split-handle'}
      role="separator"
      aria-orientation={orientation}
      aria-label={label}
      aria-valuemin={Math.round(min * 100)}
      aria-valuemax={Math.round(max * 100)}
      aria-valuenow={Math.round(value * 100)}
      tabIndex={0}
      title="Drag to resize; double-click to reset"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={() => onChange(initial)}
      onKeyDown={onKeyDown}
    />
  );
}
