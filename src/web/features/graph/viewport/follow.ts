/**
 * How far to pan so that a box comes into view: along each axis, nothing when the box already lies
 * wholly inside the pane (the fitted view puts the first column a few pixels from the edge, and a
 * box there must not pull the view to itself), else just enough to bring it in with a margin, as
 * `scrollIntoView({ block: 'nearest' })` does, so that the rest of the view stays where the user
 * saw it. A box larger than the pane is aligned by its start: its title is what must show. A box
 * under the corner the zoom controls and the minimap cover is not in view either: it goes above
 * that corner, or right of it, whichever moves the view less.
 */

/** Room left between a box brought into view and the pane's edge, in screen pixels. */
export const FOLLOW_MARGIN = 24;

function shiftAlong(start: number, size: number, extent: number): number {
  const end = start + size;
  if (start >= 0 && end <= extent) return 0;
  if (start < 0 || size + 2 * FOLLOW_MARGIN > extent) return FOLLOW_MARGIN - start;
  return extent - FOLLOW_MARGIN - end;
}

export interface ScreenBox {
  /** The box's place and size on screen, in pixels from the pane's top left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Pane {
  readonly width: number;
  readonly height: number;
  /** The corner the controls and the minimap cover, in the same pixels, when there is one. */
  readonly covered?: ScreenBox;
}

/** Whether the box lies wholly inside the pane, clear of its covered corner: no pan would bring it further in. */
export function whollyShown(box: ScreenBox, pane: Pane): boolean {
  const { dx, dy } = followShift(box, pane);
  return dx === 0 && dy === 0;
}

const overlap = (a: ScreenBox, b: ScreenBox): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The pan, in screen pixels, to add to the viewport's translation. */
export function followShift(box: ScreenBox, pane: Pane): { dx: number; dy: number } {
  const dx = shiftAlong(box.x, box.width, pane.width);
  const dy = shiftAlong(box.y, box.height, pane.height);
  const { covered } = pane;
  if (covered === undefined || !overlap({ ...box, x: box.x + dx, y: box.y + dy }, covered)) return { dx, dy };
  // Negative: up, above the corner. Positive: right, past it.
  const up = covered.y - FOLLOW_MARGIN - (box.y + dy + box.height);
  const right = covered.x + covered.width + FOLLOW_MARGIN - (box.x + dx);
  const fitsAbove = box.height + 2 * FOLLOW_MARGIN <= covered.y;
  const fitsRight = box.width + 2 * FOLLOW_MARGIN <= pane.width - (covered.x + covered.width);
  if (fitsAbove && (!fitsRight || -up <= right)) return { dx, dy: dy + up };
  if (fitsRight) return { dx: dx + right, dy };
  return { dx, dy };
}
