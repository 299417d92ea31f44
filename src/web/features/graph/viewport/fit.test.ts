import { describe, expect, it } from 'vitest';
import { legibleView, LEGIBLE_ZOOM, MAX_FIT_ZOOM, type View } from './fit.ts';

const margins = { side: 8, bottom: 76 };
/** Where a row at `y` in the graph stands on screen, from the pane's top. */
const onScreen = (view: View, y: number): number => y * view.zoom + view.y;

describe('legibleView', () => {
  it('shows a graph that fits whole, centred above the controls strip, no larger than MAX_FIT_ZOOM', () => {
    const view = legibleView({ width: 400, height: 100, boxes: [] }, { width: 1000, height: 500 }, margins);
    expect(view.zoom).toBe(MAX_FIT_ZOOM);
    expect(view.x).toBeCloseTo(8 + (984 - 600) / 2);
    expect(view.y).toBeCloseTo(8 + (484 - 76 - 150) / 2);
  });

  it('shrinks a graph to fit while every word stays legible', () => {
    const view = legibleView({ width: 1000, height: 200, boxes: [] }, { width: 966, height: 400 }, margins);
    expect(view.zoom).toBeCloseTo(0.95);
    expect(view.zoom).toBeGreaterThanOrEqual(LEGIBLE_ZOOM);
  });

  it('opens a graph too large to fit legibly at the legible zoom, on its top left', () => {
    const view = legibleView({ width: 1800, height: 900, boxes: [] }, { width: 827, height: 267 }, margins);
    expect(view).toEqual({ x: 8, y: 8, zoom: LEGIBLE_ZOOM });
  });

  it('keeps a wide graph clear of the strip when it is short enough, even when it overflows sideways', () => {
    const view = legibleView({ width: 1800, height: 200, boxes: [] }, { width: 827, height: 400 }, margins);
    expect(view.zoom).toBe(LEGIBLE_ZOOM);
    expect(view.y + 200 * LEGIBLE_ZOOM).toBeLessThanOrEqual(400 - 8 - 76);
  });

  it('opens a tall, wide graph on the boxes of the columns it shows, not on an empty corner', () => {
    const boxes = [
      { x: 12, y: 200, width: 150, height: 60 },
      { x: 300, y: 180, width: 200, height: 60 },
      { x: 300, y: 300, width: 200, height: 60 },
      { x: 1500, y: 30, width: 200, height: 800 },
    ];
    const view = legibleView({ width: 1800, height: 900, boxes }, { width: 827, height: 306 }, margins);
    const [top, bottom] = [180 * view.zoom + view.y, 360 * view.zoom + view.y];
    expect(top).toBeGreaterThanOrEqual(8);
    expect(bottom).toBeLessThanOrEqual(306 - 8);
  });

  it('starts rows taller than the pane below the column headers held along its top', () => {
    // A dump's namespace: a client at the top of the first column, Services under it, far taller than the pane.
    const boxes = [
      { x: 12, y: 400, width: 150, height: 60 },
      ...Array.from({ length: 40 }, (_, i) => ({ x: 300, y: 400 + i * 100, width: 200, height: 60, service: true })),
    ];
    const graph = { width: 1800, height: 4500, boxes };
    const under = legibleView(graph, { width: 827, height: 306 }, margins);
    const clear = legibleView(graph, { width: 827, height: 306 }, { ...margins, headers: 24 });
    expect(onScreen(under, 400)).toBeLessThan(8 + 24);
    expect(onScreen(clear, 400)).toBeGreaterThanOrEqual(8 + 24);
  });

  it('starts a wide graph’s rows below the held column headers too, when centring them would put the first under them', () => {
    // Three rows that fill the pane's height at the legible zoom, in a graph wider than the pane: centred, the first row met the pane's top.
    const boxes = [
      { x: 12, y: 40, width: 150, height: 60 },
      { x: 300, y: 40, width: 200, height: 60, service: true },
      { x: 300, y: 300, width: 200, height: 60, service: true },
    ];
    const graph = { width: 1800, height: 360, boxes };
    const under = legibleView(graph, { width: 827, height: 330 }, margins);
    const clear = legibleView(graph, { width: 827, height: 330 }, { ...margins, headers: 24 });
    expect(onScreen(under, 40)).toBeLessThan(8 + 24);
    expect(onScreen(clear, 40)).toBeGreaterThanOrEqual(8 + 24);
  });

  it('does nothing sensible-looking with nothing to show', () => {
    expect(legibleView({ width: 0, height: 0, boxes: [] }, { width: 800, height: 400 }, margins)).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});
