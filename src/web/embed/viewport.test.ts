import { describe, expect, it } from 'vitest';
import { between, firstView, follow, panBy, viewBoxOf, zoomAround } from './viewport.ts';

const PANE = { width: 800, height: 400 };

describe('the embed’s view of its graph', () => {
  it('shows a graph that fits whole, centred; a wide one legible from its left', () => {
    const small = firstView({ width: 400, height: 200, services: [] }, PANE);
    expect(small.zoom).toBe(1.5);
    expect(small.x * 2 + 400 * small.zoom).toBeCloseTo(PANE.width);
    const wide = firstView({ width: 4000, height: 300, services: [] }, PANE);
    expect(wide).toEqual({ zoom: 0.92, x: 8, y: 8 + (384 - 300 * 0.92) / 2 });
  });

  it('shows a graph taller than the pane from a little above its first Service', () => {
    const service = { x: 300, y: 1000, width: 200, height: 60 };
    const tall = firstView({ width: 4000, height: 3000, services: [service, { ...service, y: 2000 }] }, PANE);
    const visible = 384 / 0.92;
    expect(tall.zoom).toBe(0.92);
    expect(tall.y).toBeCloseTo(8 - (1000 - visible / 4) * 0.92);
    // Never past the graph's top or bottom.
    expect(firstView({ width: 4000, height: 3000, services: [{ ...service, y: 10 }] }, PANE).y).toBe(8);
    expect(firstView({ width: 4000, height: 3000, services: [{ ...service, y: 2990 }] }, PANE).y).toBeCloseTo(8 - (3000 - visible) * 0.92);
  });

  it('shows a view through the viewBox: pane pixels divided by the zoom', () => {
    expect(viewBoxOf({ x: 10, y: 20, zoom: 2 }, PANE)).toBe('-5 -10 400 200');
    expect(viewBoxOf({ x: 0, y: 0, zoom: 1 }, PANE)).toBe('0 0 800 400');
  });

  it('zooms around a point, which stays where it was, within the explorer’s bounds', () => {
    const view = { x: 30, y: 40, zoom: 1 };
    const at = { x: 200, y: 100 };
    const zoomed = zoomAround(view, 2, at);
    const graphPoint = (v: typeof view) => ({ x: (at.x - v.x) / v.zoom, y: (at.y - v.y) / v.zoom });
    expect(graphPoint(zoomed)).toEqual(graphPoint(view));
    expect(zoomAround(view, 1000, at).zoom).toBe(2.5);
    expect(zoomAround(view, 0.0001, at).zoom).toBe(0.05);
    expect(panBy(view, 5, -5)).toEqual({ x: 35, y: 35, zoom: 1 });
  });

  it('brings a box into view, centred at the same zoom, only when it is not in view', () => {
    const view = { x: 0, y: 0, zoom: 1 };
    const inside = { x: 100, y: 100, width: 100, height: 50 };
    expect(follow(view, PANE, inside)).toBe(view);
    const outside = { x: 1500, y: 100, width: 100, height: 50 };
    const moved = follow(view, PANE, outside);
    expect(moved.zoom).toBe(1);
    expect(moved.x + 1550).toBe(400);
    expect(moved.y + 125).toBe(200);
  });

  it('glides from one view to another', () => {
    const [from, to] = [{ x: 0, y: 0, zoom: 1 }, { x: 100, y: -50, zoom: 1 }];
    expect(between(from, to, 0)).toEqual(from);
    expect(between(from, to, 1)).toEqual(to);
    expect(between(from, to, 0.5)).toEqual({ x: 50, y: -25, zoom: 1 });
  });
});
