/**
 * How far to pan so that a box comes into view: along each axis, nothing when the box already lies
 * wholly inside the pane (the fitted view puts the first column a few pixels from the edge, and a
 * box there must not pull the view to itself), else just enough to bring it in with a margin, as
 * `scrollIntoView({ block: 'nearest' })` does, so that the rest of the view stays where the user
 * saw it. A box larger than the pane is aligned by its start: its title is what must show.
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

/** Whether the box lies wholly inside the pane: no pan would bring it further in. */
export function whollyShown(box: ScreenBox, pane: { readonly width: number; readonly height: number }): boolean {
  const { dx, dy } = followShift(box, pane);
  return dx === 0 && dy === 0;
}

/** The pan, in screen pixels, to add to the viewport's translation. */
export function followShift(box: ScreenBox, pane: { readonly width: number; readonly height: number }): { dx: number; dy: number } {
  return { dx: shiftAlong(box.x, box.width, pane.width), dy: shiftAlong(box.y, box.height, pane.height) };
}
