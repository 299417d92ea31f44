import { memo } from 'react';
import type { Graph, GraphEdge, GraphNode } from '../../../present/graph/index.ts';

interface Props {
  readonly graph: Graph | undefined;
  /** True while the text is broken: the last good graph stays, dimmed. */
  readonly stale: boolean;
}

const TITLE_SIZE = 13;
const SCALE = 0.85;
const LINE_SIZE = 11;

/** An edge from the right side of its source to the left side of its target. */
function EdgePath({ edge, from, to }: { edge: GraphEdge; from: GraphNode; to: GraphNode }) {
  const x1 = from.x + from.width;
  const y1 = from.y + from.height / 2;
  const x2 = to.x;
  const y2 = to.y + to.height / 2;
  const bend = Math.max(40, (x2 - x1) / 2);
  return (
    <g className={`edge ${edge.kind}`} data-id={edge.id}>
      <path d={`M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`} markerEnd="url(#arrow)" />
      {edge.label && (
        <text x={(x1 + x2) / 2} y={(y1 + y2) / 2 - 4} textAnchor="middle" className="edge-label">
          {edge.label}
        </text>
      )}
    </g>
  );
}

function NodeBox({ node }: { node: GraphNode }) {
  const { data } = node;
  const classes = ['node', node.kind, data.status ?? '', data.simulated ? 'simulated' : ''].filter(Boolean).join(' ');
  const lines = data.compact ? [] : data.subtitle;
  return (
    <g className={classes} data-id={node.id} transform={`translate(${node.x} ${node.y})`}>
      <title>{[data.title, ...data.subtitle, ...data.badges, data.simulated ? 'simulated' : ''].filter(Boolean).join('\n')}</title>
      <rect width={node.width} height={node.height} rx={8} />
      <text x={10} y={8 + TITLE_SIZE} className="node-title">
        {data.title}
      </text>
      {lines.map((line, i) => (
        <text key={i} x={10} y={8 + TITLE_SIZE + (i + 1) * (LINE_SIZE + 4)} className="node-line">
          {line}
        </text>
      ))}
    </g>
  );
}

/**
 * The cluster as boxes and arrows, from the pure layout of src/present/graph: every Service's path
 * from its clients to its Pods, with the ports each hop carries.
 */
export const ClusterGraph = memo(function ClusterGraph({ graph, stale }: Props) {
  const byId = new Map(graph?.nodes.map((node) => [node.id, node]));
  return (
    <section className={stale ? 'graph stale' : 'graph'} role="region" aria-label="Cluster graph">
      {graph && graph.nodes.length > 0 ? (
        // Drawn at (nearly) natural size so labels stay legible; the panel scrolls instead.
        <svg viewBox={`0 0 ${graph.width} ${graph.height}`} width={graph.width * SCALE} height={graph.height * SCALE}>
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" />
            </marker>
          </defs>
          {graph.edges.map((edge) => {
            const from = byId.get(edge.source);
            const to = byId.get(edge.target);
            return from && to ? <EdgePath key={edge.id} edge={edge} from={from} to={to} /> : null;
          })}
          {graph.nodes.map((node) => (
            <NodeBox key={node.id} node={node} />
          ))}
        </svg>
      ) : (
        <p className="empty">No Service to draw yet: add one to the manifest.</p>
      )}
    </section>
  );
});
