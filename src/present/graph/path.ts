/**
 * An edge's route as an SVG path: the orthogonal polyline the layout gives, with each corner
 * rounded by a quadratic curve that stays inside the corner's square, so the drawn line never
 * strays from the lanes the layout kept free. The explorer, the SVG export and the packet all draw
 * this one path.
 */
import type { Point } from './types.ts';

/** Numbers as paths print them: one decimal at most, so the same graph gives the same bytes. */
export const num = (n: number): string => String(Math.round(n * 10) / 10);

const CORNER_RADIUS = 6;

const xy = (p: Point): string => `${num(p.x)},${num(p.y)}`;

const toward = (from: Point, to: Point, length: number): Point => {
  const distance = Math.hypot(to.x - from.x, to.y - from.y);
  return distance === 0 ? from : { x: from.x + ((to.x - from.x) * length) / distance, y: from.y + ((to.y - from.y) * length) / distance };
};

/** Drops repeated points and the middle one of three on a line: what is left are the corners. */
export function corners(points: readonly Point[]): Point[] {
  const kept: Point[] = [];
  for (const point of points) {
    const last = kept.at(-1);
    if (last !== undefined && last.x === point.x && last.y === point.y) continue;
    const before = kept.at(-2);
    if (before !== undefined && last !== undefined && ((before.x === last.x && last.x === point.x) || (before.y === last.y && last.y === point.y))) kept.pop();
    kept.push(point);
  }
  return kept;
}

/** `M … L … Q … L …`: the polyline with rounded corners. */
export function routePath(points: readonly Point[], radius = CORNER_RADIUS): string {
  const route = corners(points);
  const [first] = route;
  if (first === undefined) return '';
  const parts = [`M ${xy(first)}`];
  let pen = xy(first);
  const lineTo = (p: Point): void => {
    if (xy(p) !== pen) parts.push(`L ${xy(p)}`);
    pen = xy(p);
  };
  for (let i = 1; i < route.length; i++) {
    const [before, at, after] = [route[i - 1] as Point, route[i] as Point, route[i + 1]];
    if (after === undefined) {
      lineTo(at);
      continue;
    }
    const r = Math.min(radius, Math.hypot(at.x - before.x, at.y - before.y) / 2, Math.hypot(after.x - at.x, after.y - at.y) / 2);
    lineTo(toward(at, before, r));
    pen = xy(toward(at, after, r));
    parts.push(`Q ${xy(at)} ${pen}`);
  }
  return parts.join(' ');
}

/** Pixels along the polyline (the rounding shortens it by a few, which timing does not notice). */
export function routeLength(points: readonly Point[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1] as Point, points[i] as Point];
    length += Math.hypot(b.x - a.x, b.y - a.y);
  }
  return length;
}
