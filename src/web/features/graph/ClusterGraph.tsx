import { Controls, MiniMap, ReactFlow, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useCallback, useMemo, useState } from 'react';
import type { Graph } from '../../../present/graph/index.ts';
import { EDGE_TYPES } from './edges/edge-types.ts';
import { EdgeMarkers } from './edges/EdgeMarkers.tsx';
import { columnHeaders } from './flow/column-headers.ts';
import { decorateEdges, decorateNodes } from './flow/decorate.ts';
import type { BoxNode } from './flow/to-flow.ts';
import { useFlowElements } from './flow/useFlowElements.ts';
import { useLastGoodGraph } from './flow/useLastGoodGraph.ts';
import './graph.css';
import { NODE_TYPES } from './nodes/node-types.ts';
import { PacketControls } from './packet/PacketControls.tsx';
import { PacketDot } from './packet/PacketDot.tsx';
import { planPacket } from './packet/plan.ts';
import type { PacketRun } from './packet/types.ts';
import { usePacketPlayback } from './packet/usePacketPlayback.ts';
import { usePrefersReducedMotion } from './packet/usePrefersReducedMotion.ts';
import { ColumnHeaders } from './viewport/ColumnHeaders.tsx';
import { FitOnNewBoxes } from './viewport/FitOnNewBoxes.tsx';
import { FIT_VIEW, MAX_ZOOM, MIN_ZOOM } from './viewport/fit.ts';
import { FollowSelection } from './viewport/FollowSelection.tsx';

export type { PacketHop, PacketRun } from './packet/types.ts';

interface Props {
  readonly graph: Graph | undefined;
  /** True while the text is broken: the last good graph stays, dimmed, with a note. */
  readonly stale: boolean;
  /** Graph node id to highlight (and pan into view when off-screen). */
  readonly selected?: string;
  /** A box was clicked, or chosen with Enter (its id), or the pane was clicked (undefined). */
  readonly onSelect?: (id: string | undefined) => void;
  readonly packet?: PacketRun;
  readonly theme?: 'light' | 'dark';
  /** Extra classes of boxes by id: what a runtime event just changed, what a finding is about. */
  readonly marks?: ReadonlyMap<string, string>;
}

/** Past this many boxes the graph gets a minimap and zoom buttons, and draws only what is on screen. */
const LARGE = 30;

/**
 * The cluster as React Flow draws it, at the positions of the pure layout of src/present/graph:
 * every Service's path from its clients to its Pods, with the ports each hop carries, and a packet
 * travelling along it. Box ids are the DESIGN.md graph node ids (the DOM's `data-id`).
 */
export const ClusterGraph = memo(function ClusterGraph({ graph, stale, selected, onSelect, packet, theme, marks }: Props) {
  const shown = useLastGoodGraph(graph, stale);
  const elements = useFlowElements(shown);
  const [clicked, setClicked] = useState<string | undefined>();
  // Without onSelect nobody stores the selection, so clicks select locally.
  const current = onSelect === undefined ? (clicked ?? selected) : selected;
  const select = useCallback(
    (id: string | undefined) => {
      setClicked(id);
      onSelect?.(id);
    },
    [onSelect],
  );

  const reduced = usePrefersReducedMotion();
  const plan = useMemo(() => (shown && packet ? planPacket(shown, packet.hops) : undefined), [shown, packet]);
  const player = usePacketPlayback(packet, plan, reduced);
  const { hop, moving } = player.state;
  const packetAt = plan?.[hop]?.at;
  // A string, so that a rebuild with the same trail keeps the same edge objects.
  const trail = (plan ?? []).slice(1, hop + (moving ? 2 : 1)).flatMap((step) => step.edges).join('\n');

  const nodes = useMemo(() => decorateNodes(elements?.nodes ?? [], current, packetAt, marks), [elements, current, packetAt, marks]);
  const edges = useMemo(() => decorateEdges(elements?.edges ?? [], new Set(trail === '' ? [] : trail.split('\n'))), [elements, trail]);
  const headers = useMemo(() => (shown ? columnHeaders(shown) : []), [shown]);
  const ids = useMemo(() => (elements?.nodes ?? []).map((n) => n.id).join('\n'), [elements]);

  // Selection changes from React Flow: a click or Enter on a box selects it, Escape deselects.
  const onNodesChange = useCallback(
    (changes: NodeChange<BoxNode>[]) => {
      const selects = changes.filter((c) => c.type === 'select');
      if (selects.length === 0) return;
      select(selects.find((c) => c.selected)?.id);
    },
    [select],
  );
  const onPaneClick = useCallback(() => select(undefined), [select]);

  const large = nodes.length > LARGE;
  const empty = shown === undefined || shown.nodes.length === 0;
  return (
    <section className={`graph kse-graph${stale ? ' stale' : ''}`} role="region" aria-label="Cluster graph">
      {empty ? (
        <p className="kse-graph__empty">No Service to draw yet: add one to the manifest.</p>
      ) : (
        <div className="kse-graph__canvas">
          {stale && <p className="kse-graph__note">Showing the last graph that built</p>}
          <EdgeMarkers />
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            onNodesChange={onNodesChange}
            onPaneClick={onPaneClick}
            colorMode={theme ?? 'system'}
            fitView
            fitViewOptions={FIT_VIEW}
            minZoom={MIN_ZOOM}
            maxZoom={MAX_ZOOM}
            nodesDraggable={false}
            nodesConnectable={false}
            edgesFocusable={false}
            elementsSelectable
            onlyRenderVisibleElements={large}
            deleteKeyCode={null}
            selectionKeyCode={null}
            multiSelectionKeyCode={null}
          >
            <ColumnHeaders headers={headers} />
            <FitOnNewBoxes ids={ids} />
            <FollowSelection selected={current} glide={!reduced} />
            {plan && <PacketDot plan={plan} state={player.state} onArrive={player.arrive} />}
            {large && <Controls showInteractive={false} />}
            {large && <MiniMap pannable zoomable nodeClassName={(node) => `kse-minimap--${node.type ?? 'box'}`} />}
          </ReactFlow>
        </div>
      )}
      {packet && <PacketControls hops={packet.hops} plan={plan} player={player} />}
    </section>
  );
});
