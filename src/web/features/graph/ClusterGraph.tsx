import { ControlButton, Controls, MiniMap, ReactFlow, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { columnHeaders, type Graph } from '../../../present/graph/index.ts';
import { EDGE_TYPES } from './edges/edge-types.ts';
import { EdgeMarkers } from './edges/EdgeMarkers.tsx';
import { decorateEdges, decorateNodes } from './flow/decorate.ts';
import type { BoxNode } from './flow/to-flow.ts';
import { useFlowElements } from './flow/useFlowElements.ts';
import { useLastGoodGraph } from './flow/useLastGoodGraph.ts';
import './graph.css';
import { GraphLegend } from './legend/GraphLegend.tsx';
import { NODE_TYPES } from './nodes/node-types.ts';
import { PacketControls } from './packet/PacketControls.tsx';
import { PacketDot } from './packet/PacketDot.tsx';
import { planPacket } from './packet/plan.ts';
import type { PacketRun } from './packet/types.ts';
import { usePacketPlayback } from './packet/usePacketPlayback.ts';
import { usePrefersReducedMotion } from './packet/usePrefersReducedMotion.ts';
import { ColumnHeaders } from './viewport/ColumnHeaders.tsx';
import { FitLegibly, type Fitter } from './viewport/FitLegibly.tsx';
import { MAX_ZOOM, MIN_ZOOM, type Margins } from './viewport/fit.ts';
import { FollowBox } from './viewport/FollowBox.tsx';

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

/** Past this many boxes the graph draws only what is on screen (a 1,000-Pod Service is drawn whole). */
const HUGE = 2000;
/** The strip the zoom controls and the minimap take at the bottom of the pane (graph.css). */
const MARGINS: Margins = { side: 8, bottom: 84 };
const MINIMAP_CLASS = (node: { type?: string }): string => `kse-minimap--${node.type ?? 'box'}`;
const MINIMAP_SIZE = { width: 148, height: 64 } as const;

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
  const size = useMemo(() => ({ width: shown?.width ?? 0, height: shown?.height ?? 0 }), [shown?.width, shown?.height]);
  const fitter = useRef<Fitter>(null);
  const fit = useCallback(() => fitter.current?.fit(), []);
  const onMoveStart = useCallback((event: unknown) => {
    // Only a person's pan or zoom carries an event; the fit and the follower move without one.
    if (event !== null) fitter.current?.touch();
  }, []);
  // The graph over the whole window, for graphs wider than their pane; Escape brings it back.
  const [expanded, setExpanded] = useState(false);
  const toggleExpanded = useCallback(() => setExpanded((was) => !was), []);
  const onKeyDown = useCallback((event: KeyboardEvent) => {
    if (event.key === 'Escape' && expanded) setExpanded(false);
  }, [expanded]);
  const heading = moving ? plan?.[hop + 1]?.at : packetAt;

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

  const huge = nodes.length > HUGE;
  const empty = shown === undefined || shown.nodes.length === 0;
  return (
    <section className={`graph kse-graph${stale ? ' stale' : ''}${expanded ? ' kse-graph--expanded' : ''}`} role="region" aria-label="Cluster graph" onKeyDown={onKeyDown}>
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
            onMoveStart={onMoveStart}
            colorMode={theme ?? 'system'}
            minZoom={MIN_ZOOM}
            maxZoom={MAX_ZOOM}
            nodesDraggable={false}
            nodesConnectable={false}
            edgesFocusable={false}
            elementsSelectable
            onlyRenderVisibleElements={huge}
            deleteKeyCode={null}
            selectionKeyCode={null}
            multiSelectionKeyCode={null}
          >
            <ColumnHeaders headers={headers} />
            <FitLegibly graph={size} ids={ids} margins={MARGINS} fitter={fitter} />
            <FollowBox box={current} glide={!reduced} />
            <FollowBox box={heading} glide={!reduced} />
            {plan && <PacketDot plan={plan} state={player.state} onArrive={player.arrive} />}
            <Controls showInteractive={false} orientation="horizontal" onFitView={fit} aria-label="Zoom">
              <ControlButton onClick={toggleExpanded} title={expanded ? 'Back to the page (Escape)' : 'Expand the graph to the window'} aria-label={expanded ? 'Shrink the graph' : 'Expand the graph'} aria-pressed={expanded}>
                <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                  <path d={expanded ? 'M6 2v4H2M10 2v4h4M6 14v-4H2M10 14v-4h4' : 'M2 6V2h4M14 6V2h-4M2 10v4h4M14 10v4h-4'} fill="none" stroke="currentColor" strokeWidth="1.6" />
                </svg>
              </ControlButton>
            </Controls>
            <MiniMap pannable zoomable nodeClassName={MINIMAP_CLASS} ariaLabel="Minimap" style={MINIMAP_SIZE} />
            <GraphLegend />
          </ReactFlow>
        </div>
      )}
      {packet && <PacketControls hops={packet.hops} plan={plan} player={player} />}
    </section>
  );
});
