/**
 * The cluster graph: toGraph(cluster, view, measure) → positioned boxes and edges, plain data for
 * React Flow in the browser and for renderSvg headless.
 */
export { toGraph } from './to-graph.ts';
export { changedNodes } from './changes.ts';
export { approximateMeasurer } from './measure.ts';
export { labelAnchors, type LabelAnchor, type LabelSide } from './label-anchor.ts';
export { serviceTypeBadge } from './service-paths.ts';
export type { Graph, GraphEdge, GraphEdgeKind, GraphNode, GraphNodeData, GraphNodeKind, GraphView, PodStatus, TextMeasurer } from './types.ts';
