import { useState } from 'react';
import type { Graph } from '../../../../present/graph/index.ts';
import { toFlowElements, type FlowElements } from './to-flow.ts';

interface Converted {
  readonly graph: Graph | undefined;
  readonly elements: FlowElements | undefined;
}

/** The graph as React Flow elements, converted once per graph and reusing what the last one had. */
export function useFlowElements(graph: Graph | undefined): FlowElements | undefined {
  const [converted, setConverted] = useState<Converted>({ graph: undefined, elements: undefined });
  if (converted.graph === graph) return converted.elements;
  // The previous elements are state from the last render; React re-renders at once with the new ones.
  const elements = graph === undefined ? undefined : toFlowElements(graph, converted.elements, converted.graph);
  setConverted({ graph, elements });
  return elements;
}
