/**
 * The graph the model draws for a manifest, computed here in Node by the same pure code the
 * worker runs: the page must show every one of these boxes, or, past ON_SCREEN_ONLY_PAST of them,
 * every one in view and none other.
 */
import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { EXAMPLES, type ExampleInfo } from '../src/examples/index.ts';
import { buildCluster, holdsGatewayApi } from '../src/model/index.ts';
import { toGraph, type GraphNode } from '../src/present/graph/index.ts';
import { ON_SCREEN_ONLY_PAST } from '../src/web/features/graph/flow/on-screen.ts';

export function exampleText(example: ExampleInfo): string {
  return readFileSync(new URL(`../src/examples/${example.file}`, import.meta.url), 'utf8');
}

function expectedNodes(text: string): GraphNode[] {
  // As the explorer does: text with Gateway API objects means a cluster with the Gateway API CRDs.
  return toGraph(buildCluster([{ name: 'manifest.yaml', text }], { gatewayApi: holdsGatewayApi(text) })).nodes;
}

export function expectedNodeIds(text: string): string[] {
  return expectedNodes(text).map((node) => node.id);
}

/** How far, in the pane's pixels, a box's edge may be from the pane's for either answer to be right. */
const EDGE_PX = 24;

/**
 * The boxes the graph should have created and has not, and those it has and should not: all of
 * the model's boxes, or past ON_SCREEN_ONLY_PAST of them, those in the pane's view (React Flow's
 * onlyRenderVisibleElements). Both lists are empty once the graph is drawn as it should be.
 */
export async function boxesAmiss(graph: Locator, text: string): Promise<{ missing: string[]; extra: string[] }> {
  const nodes = expectedNodes(text);
  const seen = await graph.evaluate((root) => {
    const pane = root.querySelector('.react-flow__renderer')?.getBoundingClientRect();
    const transform = root.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
    const [, x = 'NaN', y = 'NaN', zoom = 'NaN'] = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)\s*scale\(([\d.e]+)\)/.exec(transform) ?? [];
    const ids = [...root.querySelectorAll('.react-flow__node')].map((box) => box.getAttribute('data-id') ?? '');
    return { width: pane?.width ?? 0, height: pane?.height ?? 0, x: Number(x), y: Number(y), zoom: Number(zoom), ids };
  });
  const drawn = new Set(seen.ids);
  if (nodes.length <= ON_SCREEN_ONLY_PAST) {
    return { missing: nodes.filter((n) => !drawn.has(n.id)).map((n) => n.id), extra: seen.ids.filter((id) => !nodes.some((n) => n.id === id)) };
  }
  /** Whether the box meets the pane grown by `grow` px on every side. */
  const meets = (n: GraphNode, grow: number): boolean => {
    const left = seen.x + n.x * seen.zoom;
    const top = seen.y + n.y * seen.zoom;
    return left + n.width * seen.zoom > -grow && left < seen.width + grow && top + n.height * seen.zoom > -grow && top < seen.height + grow;
  };
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return {
    missing: nodes.filter((n) => meets(n, -EDGE_PX) && !drawn.has(n.id)).map((n) => n.id),
    extra: seen.ids.filter((id) => {
      const node = byId.get(id);
      return node === undefined || !meets(node, EDGE_PX);
    }),
  };
}

export { EXAMPLES };
