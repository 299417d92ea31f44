/**
 * The cluster graph: toGraph(cluster, view, measure) → positioned boxes and routed edges, plain
 * data for React Flow in the browser and for renderSvg headless.
 */
export { toGraph } from './to-graph.ts';
export { changedNodes } from './changes.ts';
export { columnHeaders, type ColumnHeader } from './column-headers.ts';
export { keptColumns } from './kept-columns.ts';
export { groupId, NODES_GROUP, serviceOfGroup } from './ids.ts';
export { AGGREGATION, aggregateDraft, needsAggregation, type AggregationLimits } from './aggregate.ts';
export { approximateMeasurer } from './measure.ts';
export { LABEL_PADDING_X } from './edge-label.ts';
export { num, routeLength, routePath } from './path.ts';
export { serviceTypeBadge } from './service-paths.ts';
export type {
  EdgeLabelBox,
  Graph,
  GraphEdge,
  GraphEdgeKind,
  GraphNode,
  GraphNodeData,
  GraphNodeKind,
  GraphView,
  GroupMember,
  KeptColumns,
  Point,
  PodStatus,
  TextMeasurer,
} from './types.ts';
