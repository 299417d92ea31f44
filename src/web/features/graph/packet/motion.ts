/**
 * A packet's move as Web Animation keyframes, shared by the explorer's dot and the embed's: a
 * transform animation, which the compositor runs without the page's thread. An SVG
 * `<animateMotion>` along the same path repainted the whole graph at every frame.
 */

/** Pixels per second along the edges, and the bounds of one move. */
const SPEED = 220;
const MIN_SECONDS = 0.6;
const MAX_SECONDS = 2.4;
/** Pixels between two keyframes: far below what the eye tells from the path itself. */
const KEYFRAME_STEP = 4;

/** How long a move of `length` pixels takes, in milliseconds. */
export const moveMillis = (length: number): number => 1000 * Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, length / SPEED));

/** `translate` to put a thing whose centre is `offset` from its origin at (x, y). */
export const placedAt = (x: number, y: number, offset = 0): string => `translate(${x - offset}px, ${y - offset}px)`;

/**
 * The move along the SVG path `motion` as transform keyframes at even steps of its length (its
 * rounded corners included), so that linear timing is an even speed, as animateMotion's was.
 */
export function keyframesAlong(motion: string, offset = 0): Keyframe[] {
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', motion);
  const length = path.getTotalLength();
  const steps = Math.max(1, Math.ceil(length / KEYFRAME_STEP));
  return Array.from({ length: steps + 1 }, (_, i) => {
    const { x, y } = path.getPointAtLength((length * i) / steps);
    return { transform: placedAt(x, y, offset) };
  });
}
