import { MiniMap, ReactFlow, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { lazy, memo, Suspense, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
// Straight from their modules, not the index: the index leads to the layout, which only the worker and focus mode need.
import { columnHeaders } from '../../../present/graph/column-headers.ts';
import { serviceOfGroup } from '../../../present/graph/ids.ts';
import type { Graph } from '../../../present/graph/index.ts';
import { EDGE_TYPES } from './edges/edge-types.ts';
import { EdgeMarkers } from './edges/EdgeMarkers.tsx';
import { decorateEdges, decorateNodes } from './flow/decorate.ts';
import type { BoxNode } from './flow/to-flow.ts';
import { useFlowElements } from './flow/useFlowElements.ts';
import { useLastGoodGraph } from './flow/useLastGoodGraph.ts';
import { useFocus } from './focus/useFocus.ts';
import './graph.css';
import { NODE_TYPES } from './nodes/node-types.ts';
import { PacketControls } from './packet/PacketControls.tsx';
import { PacketDot } from './packet/PacketDot.tsx';
import { planPacket } from './packet/plan.ts';
import type { PacketRun } from './packet/types.ts';
import { usePacketPlayback } from './packet/usePacketPlayback.ts';
import { useExpanded } from '../../ui/useExpanded.ts';
import { useMediaQuery } from '../../ui/useMediaQuery.ts';
import { ColumnHeaders } from './viewport/ColumnHeaders.tsx';
import { FitLegibly, type Fitter } from './viewport/FitLegibly.tsx';
import { MAX_ZOOM, MIN_ZOOM, type Margins } from './viewport/fit.ts';
import { FollowBox } from './viewport/FollowBox.tsx';
import { usePacketLeads } from './viewport/usePacketLeads.ts';
import { GraphControls } from './viewport/GraphControls.tsx';
import { HELD_AT } from './viewport/header-centre.ts';

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
  /** Said over the graph instead of the note of a stale one: why the graph on screen is an older one. */
  readonly note?: ReactNode;
  /**
   * Create the elements of on-screen boxes only, as for a huge graph: for a part of a large cluster
   * (a dump), whose first view shows a handful of its few hundred boxes; creating, styling and laying
   * out all of them held the page 200-300 ms, and each box listens to React Flow's store.
   */
  readonly onScreenOnly?: boolean;
}

/** The legend's words are fetched when it is first opened. */
const GraphLegend = lazy(() => import('./legend/GraphLegend.tsx').then((m) => ({ default: m.GraphLegend })));

/** Past this many boxes the graph draws only what is on screen, without a minimap (a 1,000-Pod Service is drawn whole). */
const HUGE = 2000;
/**
 * The corner the controls and the minimap take, bottom left (graph.css), where the clients' column
 * is usually empty: the first view keeps the strip under the graph clear when that costs no legibility.
 */
const MARGINS: Margins = { side: 8, bottom: 100, headers: HELD_AT };
const MINIMAP_CLASS = (node: { type?: string }): string => `kse-minimap--${node.type ?? 'box'}`;
const MINIMAP_SIZE = { width: 162, height: 56 } as const;

/**
 * The cluster as React Flow draws it, at the positions of the pure layout of src/present/graph:
 * every Service's path from its clients to its Pods, with the ports each hop carries, and a packet
 * travelling along it. Box ids are the DESIGN.md graph node ids (the DOM's `data-id`). It opens at a
 * legible zoom (viewport/fit.ts), can focus on one Service, and can take the whole window.
 */
export const ClusterGraph = memo(function ClusterGraph({ graph, stale, selected, onSelect, packet, theme, marks, note, onScreenOnly = false }: Props) {
  const [clicked, setClicked] = useState<string | undefined>();
  // Without onSelect nobody stores the selection, so clicks select locally.
  const current = onSelect === undefined ? (clicked ?? selected) : selected;
  const focus = useFocus(useLastGoodGraph(graph, stale), current, packet);
  const shown = focus.graph;
  const elements = useFlowElements(shown);
  // A folded Service box stands for its Service: choosing it chooses (and focuses) the Service.
  const select = useCallback(
    (id: string | undefined) => {
      const chosen = id === undefined ? undefined : (serviceOfGroup(id) ?? id);
      setClicked(chosen);
      onSelect?.(chosen);
    },
    [onSelect],
  );

  const reduced = useMediaQuery('(prefers-reduced-motion: reduce)');
  const plan = useMemo(() => (shown && packet ? planPacket(shown, packet.hops) : undefined), [shown, packet]);
  const player = usePacketPlayback(packet, plan, reduced);
  const { hop, moving } = player.state;
  const packetAt = plan?.[hop]?.at;
  const heading = moving ? plan?.[hop + 1]?.at : packetAt;
  // A box chosen off the packet's path holds the view: following the packet would pan away from it.
  // One on the path holds it until the packet goes on.
  const packetLeads = usePacketLeads(current, player.state.key, `${hop}|${moving}`);
  const followPacket = current === undefined || (packetLeads && plan?.some((step) => step.at === current) === true);
  // A string, so that a rebuild with the same trail keeps the same edge objects.
  const trail = (plan ?? []).slice(1, hop + (moving ? 2 : 1)).flatMap((step) => step.edges).join('\n');

  const nodes = useMemo(() => decorateNodes(elements?.nodes ?? [], current, packetAt, marks), [elements, current, packetAt, marks]);
  const edges = useMemo(() => decorateEdges(elements?.edges ?? [], new Set(trail === '' ? [] : trail.split('\n'))), [elements, trail]);
  const headers = useMemo(() => (shown ? columnHeaders(shown) : []), [shown]);
  const ids = useMemo(() => (elements?.nodes ?? []).map((n) => n.id).join('\n'), [elements]);
  const layout = useMemo(
    () => ({ width: shown?.width ?? 0, height: shown?.height ?? 0, boxes: (shown?.nodes ?? []).map(({ x, y, width, height, kind }) => ({ x, y, width, height, service: kind === 'service' })) }),
    [shown],
  );

  const fitter = useRef<Fitter>(null);
  const fit = useCallback(() => fitter.current?.fit(), []);
  const [fits, setFits] = useState(0);
  const fitted = useCallback(() => setFits((n) => n + 1), []);
  const onMoveStart = useCallback((event: unknown) => {
    // Only a person's pan or zoom carries an event; the fit and the follower move without one.
    if (event !== null) fitter.current?.touch();
  }, []);
  // The graph over the whole window, for graphs wider than their pane; Escape brings it back.
  const { expanded, toggle: toggleExpanded, onKeyDown } = useExpanded();
  const [legend, setLegend] = useState(false);
  const toggleLegend = useCallback(() => setLegend((was) => !was), []);

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

  const empty = shown === undefined || shown.nodes.length === 0;
  const huge = nodes.length > HUGE;
  const classes = ['graph', 'kse-graph', stale ? 'stale' : '', expanded ? 'kse-graph--expanded' : ''].filter(Boolean).join(' ');
  return (
    <section className={classes} role="region" aria-label="Cluster graph" onKeyDown={onKeyDown}>
      {empty ? (
        <p className="kse-graph__empty">No Service to draw yet: add one to the manifest.</p>
      ) : (
        <>
          {note ?? (stale && <p className="kse-graph__note">Showing the last graph that built</p>)}
          <div className="kse-graph__canvas">
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
              onlyRenderVisibleElements={huge || onScreenOnly}
              deleteKeyCode={null}
              selectionKeyCode={null}
              multiSelectionKeyCode={null}
            >
              <ColumnHeaders headers={headers} />
              <FitLegibly graph={layout} ids={ids} margins={MARGINS} fitter={fitter} onFit={fitted} />
              <FollowBox box={current} glide={!reduced} fits={fits} />
              <FollowBox box={followPacket ? heading : undefined} glide={!reduced} fits={fits} />
              {plan && <PacketDot plan={plan} state={player.state} onArrive={player.arrive} />}
              <GraphControls
                onFit={fit}
                expanded={expanded}
                onExpand={toggleExpanded}
                focusing={focus.on}
                canFocus={focus.available}
                onFocus={focus.toggle}
                legendOpen={legend}
                onLegend={toggleLegend}
              />
              {legend && (
                <Suspense fallback={null}>
                  <GraphLegend />
                </Suspense>
              )}
              {!huge && <MiniMap position="bottom-left" pannable zoomable nodeClassName={MINIMAP_CLASS} ariaLabel="Minimap" style={MINIMAP_SIZE} />}
            </ReactFlow>
          </div>
        </>
      )}
      {packet && <PacketControls hops={packet.hops} plan={plan} player={player} />}
    </section>
  );
});
