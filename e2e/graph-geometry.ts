import type { Page } from '@playwright/test';

/** What the graph on screen looks like, measured in the page: sizes as drawn, in screen pixels. */
export interface GraphMeasure {
  readonly zoom: number;
  /** Box names in the pane: their font size times the zoom. */
  readonly names: readonly { readonly id: string; readonly size: number }[];
  /** Addresses and ports in the pane: box lines and edge labels. */
  readonly numbers: readonly { readonly where: string; readonly size: number }[];
  readonly edgesThroughBoxes: readonly string[];
  readonly labelsOverBoxes: readonly string[];
  readonly edgeCount: number;
}

/**
 * Measures the graph as drawn: the effective size of every box name, address and port in the
 * pane, every edge path sampled along its length (getPointAtLength, mapped to the screen) against
 * the rectangle of every box that is not one of its ends, every label's rectangle against every box.
 * `ends` gives each edge the boxes it may touch (a grid of compact Pods is one target).
 */
export function measureGraph(page: Page, ends: Record<string, readonly string[]>): Promise<GraphMeasure> {
  return page.evaluate((endsOf) => {
    const graph = document.querySelector('[aria-label="Cluster graph"]');
    const pane = graph?.querySelector('.react-flow')?.getBoundingClientRect();
    const viewport = graph?.querySelector<HTMLElement>('.react-flow__viewport');
    if (graph == null || pane === undefined || viewport == null) throw new Error('no graph on the page');
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    const inPane = (r: DOMRect): boolean => r.right > pane.left && r.left < pane.right && r.bottom > pane.top && r.top < pane.bottom && r.width > 0;
    const size = (element: Element): number => parseFloat(getComputedStyle(element).fontSize) * zoom;
    const boxes = [...graph.querySelectorAll<HTMLElement>('.react-flow__node')].map((node) => ({ id: node.dataset.id ?? '', node, rect: node.getBoundingClientRect() }));
    const names = boxes.flatMap(({ id, node, rect }) => {
      const title = node.querySelector('.kse-box__title');
      return title !== null && inPane(rect) ? [{ id, size: size(title) }] : [];
    });
    const lines = boxes.flatMap(({ id, node }) =>
      [...node.querySelectorAll('.kse-box__line')].filter((line) => inPane(line.getBoundingClientRect())).map((line) => ({ where: `${id}: ${line.textContent ?? ''}`, size: size(line) })),
    );
    const edges = [...graph.querySelectorAll<SVGGElement>('.react-flow__edge')];
    const labelSizes = edges.flatMap((edge) => {
      const text = edge.querySelector('.kse-edge-label text');
      return text !== null && inPane(text.getBoundingClientRect()) ? [{ where: `${edge.dataset.id ?? ''}: ${text.textContent ?? ''}`, size: size(text) }] : [];
    });
    const TOLERANCE = 1;
    const strictlyInside = (x: number, y: number, r: DOMRect): boolean =>
      x > r.left + TOLERANCE && x < r.right - TOLERANCE && y > r.top + TOLERANCE && y < r.bottom - TOLERANCE;
    const through: string[] = [];
    for (const edge of edges) {
      const id = edge.dataset.id ?? '';
      const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path');
      const matrix = path?.getScreenCTM();
      if (path == null || matrix == null) continue;
      const allowed = new Set(endsOf[id] ?? id.split('->'));
      const length = path.getTotalLength();
      const points = Array.from({ length: Math.ceil(length / 2) + 1 }, (_, i) => new DOMPoint(path.getPointAtLength(Math.min(length, i * 2)).x, path.getPointAtLength(Math.min(length, i * 2)).y).matrixTransform(matrix));
      for (const box of boxes) if (!allowed.has(box.id) && points.some((p) => strictlyInside(p.x, p.y, box.rect))) through.push(`${id} through ${box.id}`);
    }
    const overlaps = (a: DOMRect, b: DOMRect): boolean => a.left + TOLERANCE < b.right && b.left + TOLERANCE < a.right && a.top + TOLERANCE < b.bottom && b.top + TOLERANCE < a.bottom;
    const labelsOver = edges.flatMap((edge) => {
      const rect = edge.querySelector('.kse-edge-label rect')?.getBoundingClientRect();
      return rect === undefined ? [] : boxes.filter((box) => overlaps(rect, box.rect)).map((box) => `label of ${edge.dataset.id ?? ''} over ${box.id}`);
    });
    return { zoom, names, numbers: [...lines, ...labelSizes], edgesThroughBoxes: through, labelsOverBoxes: labelsOver, edgeCount: edges.length };
  }, ends);
}
