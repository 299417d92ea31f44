/**
 * What the user is looking at: the selected graph box, the editor lines behind it, and the packet
 * to animate. Selecting in the graph highlights the lines; moving the cursor in the editor selects
 * the box, so the two always agree.
 */
import type { StateCreator } from 'zustand';
import type { PacketQuestion } from '../../worker/protocol.ts';
import type { ExplorerState } from './explorer-store.ts';

export interface LineRange {
  readonly startLine: number;
  readonly endLine: number;
  /** Tells two highlights of the same lines apart, so the editor reveals them again. */
  readonly at: number;
}

/** The packet to animate: which Service, port, client and receiving Node (the worker's question). */
export type PacketRequest = PacketQuestion;

export interface SelectionSlice {
  /** A graph node id (DESIGN.md), or undefined. */
  readonly selected: string | undefined;
  readonly highlight: LineRange | undefined;
  readonly packet: PacketRequest | undefined;
  /** A box clicked in the graph. */
  readonly selectBox: (id: string | undefined) => void;
  /** The editor's cursor moved to a line. */
  readonly selectLine: (line: number) => void;
  readonly sendPacket: (request: PacketRequest | undefined) => void;
}

let stamp = 0;

export const createSelectionSlice: StateCreator<ExplorerState, [], [], SelectionSlice> = (set, get) => ({
  selected: undefined,
  highlight: undefined,
  packet: undefined,
  selectBox(id) {
    const outline = get().built?.outline ?? [];
    const item = id === undefined ? undefined : outline.find((o) => o.graphIds.includes(id));
    set({ selected: id, highlight: item && { startLine: item.startLine, endLine: item.endLine, at: ++stamp } });
  },
  selectLine(line) {
    const item = get().built?.outline.find((o) => o.startLine <= line && line <= o.endLine);
    const id = item?.graphIds[0];
    // A line outside any drawn object keeps the selection: the user may just be typing.
    if (id !== undefined && id !== get().selected) set({ selected: id, highlight: undefined });
  },
  sendPacket(packet) {
    set({ packet });
  },
});
