/**
 * The region "Cluster graph": the drawn SVG filling the frame, moved and zoomed through its viewBox.
 * Drag (or the arrow keys) moves it; the buttons, + and −, and Ctrl or ⌘ with the wheel (a
 * trackpad's pinch) zoom. A plain wheel is left to the page around the iframe, so a reader
 * scrolling the docs page is never caught by a diagram; on a touch screen a vertical swipe scrolls
 * the page and a sideways one moves the graph.
 */
import { element } from './dom.ts';
import { prefersReducedMotion } from './theme.ts';
import { between, firstView, follow, panBy, viewBoxOf, zoomAround, type Layout, type Size, type View } from './viewport.ts';

const KEY_STEP = 48;
const ZOOM_STEP = 1.25;
const GLIDE_MS = 300;
/** Wheel pixels for a factor e: a notch of 100 px zooms by about 16 %. */
const WHEEL_SCALE = 0.0015;

export interface GraphPane {
  /** The region itself, to put in the page. */
  readonly element: HTMLElement;
  /** Shows a note in place of the graph: drawing, or nothing to draw. */
  note(text: string): void;
  /** Shows a drawing of `layout`: the first one in its first view, a restyled one at the same view. */
  show(svg: SVGSVGElement, layout: Layout): void;
  /** Brings the box `id` into view when it is not. */
  follow(id: string): void;
  /** Puts the packet's controls under the graph. */
  addFooter(footer: HTMLElement): void;
}

export function createGraphPane(): GraphPane {
  const canvas = element('div', { class: 'kse-embed__canvas' });
  const zoomIn = element('button', { type: 'button', 'aria-label': 'Zoom in', title: 'Zoom in (+)' }, '+');
  const zoomOut = element('button', { type: 'button', 'aria-label': 'Zoom out', title: 'Zoom out (−)' }, '−');
  const fit = element('button', { type: 'button', 'aria-label': 'Fit view', title: 'Fit the graph to the frame (0)' }, 'Fit');
  const zoom = element('div', { class: 'kse-embed__zoom', role: 'group', 'aria-label': 'Zoom' }, zoomIn, zoomOut, fit);
  const hint = element('p', { class: 'kse-embed__hint', id: 'kse-embed-hint' }, 'Drag or use the arrow keys to move the graph; + and − zoom, 0 fits it to the frame.');
  const region = element(
    'section',
    { class: 'kse-embed__graph', role: 'region', 'aria-label': 'Cluster graph', 'aria-describedby': hint.id, tabindex: '0' },
    element('div', { class: 'kse-embed__stage' }, canvas, zoom),
    hint,
  );

  let svg: SVGSVGElement | undefined;
  let graph: Layout = { width: 0, height: 0, services: [] };
  let view: View = { x: 0, y: 0, zoom: 1 };
  /** The reader moved the graph: a resize keeps their view rather than fitting again. */
  let touched = false;
  let glide = 0;

  const pane = (): Size => ({ width: canvas.clientWidth, height: canvas.clientHeight });
  const apply = (): void => svg?.setAttribute('viewBox', viewBoxOf(view, pane()));
  const setView = (next: View): void => {
    cancelAnimationFrame(glide);
    view = next;
    apply();
  };
  const move = (next: View): void => {
    touched = true;
    setView(next);
  };
  const refit = (): void => {
    touched = false;
    setView(firstView(graph, pane()));
  };
  const centre = (): { x: number; y: number } => ({ x: canvas.clientWidth / 2, y: canvas.clientHeight / 2 });

  zoomIn.addEventListener('click', () => move(zoomAround(view, ZOOM_STEP, centre())));
  zoomOut.addEventListener('click', () => move(zoomAround(view, 1 / ZOOM_STEP, centre())));
  fit.addEventListener('click', refit);

  region.addEventListener('keydown', (event) => {
    if (event.target !== region || event.ctrlKey || event.metaKey || event.altKey) return;
    const moves: Readonly<Record<string, () => View>> = {
      ArrowLeft: () => panBy(view, KEY_STEP, 0),
      ArrowRight: () => panBy(view, -KEY_STEP, 0),
      ArrowUp: () => panBy(view, 0, KEY_STEP),
      ArrowDown: () => panBy(view, 0, -KEY_STEP),
      '+': () => zoomAround(view, ZOOM_STEP, centre()),
      '=': () => zoomAround(view, ZOOM_STEP, centre()),
      '-': () => zoomAround(view, 1 / ZOOM_STEP, centre()),
    };
    if (event.key === '0') refit();
    else if (moves[event.key] !== undefined) move(moves[event.key]?.() ?? view);
    else return;
    event.preventDefault();
  });

  canvas.addEventListener(
    'wheel',
    (event) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const bounds = canvas.getBoundingClientRect();
      move(zoomAround(view, Math.exp(-event.deltaY * WHEEL_SCALE), { x: event.clientX - bounds.left, y: event.clientY - bounds.top }));
    },
    { passive: false },
  );

  let dragging: { id: number; x: number; y: number } | undefined;
  canvas.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || svg === undefined) return;
    dragging = { id: event.pointerId, x: event.clientX, y: event.clientY };
    canvas.setPointerCapture(event.pointerId);
    canvas.classList.add('kse-embed__canvas--dragging');
  });
  canvas.addEventListener('pointermove', (event) => {
    if (dragging?.id !== event.pointerId) return;
    move(panBy(view, event.clientX - dragging.x, event.clientY - dragging.y));
    dragging = { ...dragging, x: event.clientX, y: event.clientY };
  });
  const drop = (event: PointerEvent): void => {
    if (dragging?.id !== event.pointerId) return;
    dragging = undefined;
    canvas.classList.remove('kse-embed__canvas--dragging');
  };
  canvas.addEventListener('pointerup', drop);
  canvas.addEventListener('pointercancel', drop);

  new ResizeObserver(() => {
    if (svg === undefined) return;
    if (touched) apply();
    else refit();
  }).observe(canvas);

  return {
    element: region,
    note(text) {
      svg = undefined;
      zoom.hidden = true;
      canvas.replaceChildren(element('p', { class: 'kse-embed__note' }, text));
    },
    show(drawing, layout) {
      const first = svg === undefined;
      svg = drawing;
      zoom.hidden = false;
      graph = layout;
      // The drawing fills the frame; the viewBox says which part of the graph it shows.
      drawing.setAttribute('width', '100%');
      drawing.setAttribute('height', '100%');
      drawing.setAttribute('preserveAspectRatio', 'xMinYMin meet');
      canvas.replaceChildren(drawing);
      if (first) refit();
      else apply();
    },
    follow(id) {
      const box = svg?.querySelector(`[data-id="${CSS.escape(id)}"]`);
      if (!(box instanceof SVGGraphicsElement)) return;
      const target = follow(view, pane(), box.getBBox());
      if (target === view) return;
      if (prefersReducedMotion()) {
        setView(target);
        return;
      }
      const [from, start] = [view, performance.now()];
      cancelAnimationFrame(glide);
      const step = (now: number): void => {
        const t = Math.min(1, (now - start) / GLIDE_MS);
        view = between(from, target, t);
        apply();
        if (t < 1) glide = requestAnimationFrame(step);
      };
      glide = requestAnimationFrame(step);
    },
    addFooter(footer) {
      region.append(footer);
    },
  };
}
