import { useCallback, useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface Props {
  readonly label: string;
  /** The share of the container the first pane takes, 0–1. */
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** The default share, which a double click brings back. */
  readonly initial: number;
  readonly onChange: (value: number) => void;
}

const STEP = 0.02;

/**
 * The gutter between two side-by-side panes, as a separator the pointer drags and the keyboard
 * moves (arrows, Home and End), as WAI-ARIA's window splitter pattern has it. The share is of the
 * handle's parent's content box.
 */
export function SplitHandle({ label, value, min, max, initial, onChange }: Props) {
  const dragging = useRef(false);
  const clamp = useCallback((share: number) => Math.min(max, Math.max(min, share)), [min, max]);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const parent = event.currentTarget.parentElement;
    if (!dragging.current || parent === null) return;
    const box = parent.getBoundingClientRect();
    const style = getComputedStyle(parent);
    const left = box.left + parseFloat(style.paddingLeft);
    const width = box.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    if (width > 0) onChange(clamp((event.clientX - left) / width));
  };
  const onPointerUp = () => {
    dragging.current = false;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = { ArrowLeft: value - STEP, ArrowRight: value + STEP, Home: min, End: max }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onChange(clamp(next));
  };
  return (
    <div
      className="split-handle"
      role="separator"
      aria-orientation="vertical"
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
