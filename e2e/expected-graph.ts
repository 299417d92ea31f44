/**
 * The graph the model draws for a manifest, computed here in Node by the same pure code the
 * worker runs: the page must show every one of these boxes.
 */
import { readFileSync } from 'node:fs';
import { EXAMPLES, type ExampleInfo } from '../src/examples/index.ts';
import { buildCluster, holdsGatewayApi } from '../src/model/index.ts';
import { toGraph } from '../src/present/graph/index.ts';

export function exampleText(example: ExampleInfo): string {
  return readFileSync(new URL(`../src/examples/${example.file}`, import.meta.url), 'utf8');
}

export function expectedNodeIds(text: string): string[] {
  // As the explorer does: text with Gateway API objects means a cluster with the Gateway API CRDs.
  return toGraph(buildCluster([{ name: 'manifest.yaml', text }], { gatewayApi: holdsGatewayApi(text) })).nodes.map((node) => node.id);
}

export { EXAMPLES };
