import { useState } from 'react';
import type { Graph } from '../../../../present/graph/index.ts';

/** While the text is broken (`stale`), the last graph that came from a good text. */
export function useLastGoodGraph(graph: Graph | undefined, stale: boolean): Graph | undefined {
  const [good, setGood] = useState(graph);
  if (!stale && graph !== good) setGood(graph);
  return stale ? (good ?? graph) : graph;
}
