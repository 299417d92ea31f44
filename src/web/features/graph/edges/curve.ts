/**
 * The shape of every edge: a cubic curve that leaves its source's right side and enters its
 * target's left side horizontally. The edge component draws it and the packet follows it, so the
 * dot stays on the line.
 */
import type { Curve, Point } from '../../../../present/svg/geometry.ts';

// The same curve the standalone SVG draws, so an exported diagram matches the screen.
export { curveBetween, curvePath, type Curve, type Point } from '../../../../present/svg/geometry.ts';

export function reverseCurve(curve: Curve): Curve {
  return { from: curve.to, c1: curve.c2, c2: curve.c1, to: curve.from };
}

const xy = (p: Point): string => `${round(p.x)},${round(p.y)}`;
const round = (n: number): number => Math.round(n * 10) / 10;

/** The curve as a `C` command, to continue a path that already stands at `curve.from`. */
export function curveSegment(curve: Curve): string {
  return `C ${xy(curve.c1)} ${xy(curve.c2)} ${xy(curve.to)}`;
}

export function lineSegment(to: Point): string {
  return `L ${xy(to)}`;
}

export function moveTo(to: Point): string {
  return `M ${xy(to)}`;
}

export function pointOnCurve({ from, c1, c2, to }: Curve, t: number): Point {
  const u = 1 - t;
  const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return { x: a * from.x + b * c1.x + c * c2.x + d * to.x, y: a * from.y + b * c1.y + c * c2.y + d * to.y };
}

export const distance = (a: Point, b: Point): number => Math.hypot(b.x - a.x, b.y - a.y);

/** Close enough for timing: the mean of the chord and the control polygon. */
export function curveLength(curve: Curve): number {
  const polygon = distance(curve.from, curve.c1) + distance(curve.c1, curve.c2) + distance(curve.c2, curve.to);
  return (distance(curve.from, curve.to) + polygon) / 2;
}
