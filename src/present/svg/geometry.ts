/** Numbers as the SVG prints them: one decimal at most, so the same graph gives the same bytes. */
export const num = (n: number): string => String(Math.round(n * 10) / 10);

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Cubic Bézier control points: leave the source's right side and enter the target's left side horizontally. */
export interface Curve {
  readonly from: Point;
  readonly c1: Point;
  readonly c2: Point;
  readonly to: Point;
}

/** Short edges still bend visibly, and edges drawn backwards loop out instead of folding flat (as the explorer draws them). */
const MIN_REACH = 40;

export function curveBetween(from: Point, to: Point): Curve {
  const reach = Math.max(MIN_REACH, Math.abs(to.x - from.x) / 2);
  return { from, c1: { x: from.x + reach, y: from.y }, c2: { x: to.x - reach, y: to.y }, to };
}

const xy = (p: Point): string => `${num(p.x)},${num(p.y)}`;

export const curvePath = (c: Curve): string => `M ${xy(c.from)} C ${xy(c.c1)} ${xy(c.c2)} ${xy(c.to)}`;

export function midpoint({ from, c1, c2, to }: Curve): Point {
  return { x: (from.x + 3 * c1.x + 3 * c2.x + to.x) / 8, y: (from.y + 3 * c1.y + 3 * c2.y + to.y) / 8 };
}
