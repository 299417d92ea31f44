/**
 * Routes through the gaps between layers. A segment leaves its port horizontally, turns once on a
 * vertical track in the gap and enters the next unit's port horizontally; segments that share a
 * port share a track (a tree), and tracks whose spans overlap are set apart, in the order that
 * crosses least. Each gap is as wide as its labels and tracks need: labels sit on the straight
 * runs at its sides, the tracks between them, so no label covers a box, a track or an arrowhead.
 */
import { LABEL_ADVANCE, LABEL_PADDING_X, type LabelSize } from './edge-label.ts';
import { endKey, type LabelSide, type Port, type PortPlan } from './layout-ports.ts';
import type { Chain, Unit } from './layout-units.ts';
import { append } from './multimap.ts';

/** After the source column, before a label; room for the arrowhead at the target. */
const SOURCE_PAD = 6;
const TARGET_PAD = 14;
/** Between a label and the corner of a track. */
const LABEL_CLEAR = 4;
export const CORNER = 6;
const TRACK_GAP = 8;
/** Spans this close still get tracks of their own. */
const TRACK_CLEAR = 6;
const MIN_GAP = 40;
const GAP_STEP = 8;
/**
 * The room kept for labels grows in steps of four characters: a label that grows by a digit while
 * the user types (`80 → 9090` to `801 → 9090`) mostly leaves the gap, and the columns to its
 * right, as they were.
 */
const LABEL_STEP = 4 * LABEL_ADVANCE;
const quantized = (width: number): number =>
  width === 0 ? 0 : Math.ceil((width - 2 * LABEL_PADDING_X) / LABEL_STEP) * LABEL_STEP + 2 * LABEL_PADDING_X;
/** Track orders are tried exhaustively up to this many tracks (720 orders). */
const PERMUTE_UP_TO = 6;

export interface Segment {
  readonly chain: string;
  readonly out: Port;
  readonly in: Port;
  /** The label on this segment's run at the source or target side. */
  readonly label?: { readonly side: LabelSide; readonly size: LabelSize };
}

interface Net {
  readonly segments: Segment[];
  readonly min: number;
  readonly max: number;
}

export interface Gap {
  readonly width: number;
  readonly sourceLabels: number;
  readonly targetLabels: number;
  /** The track of each chain's segment in this gap, as an offset from the gap's left; none when straight. */
  readonly tracks: ReadonlyMap<string, number>;
}

/** The segments of every gap: gap g lies between layers g and g + 1. */
export function segmentsByGap(chains: readonly Chain[], units: ReadonlyMap<string, Unit>, plan: PortPlan, ports: ReadonlyMap<string, Port>): Segment[][] {
  const gaps: Segment[][] = [];
  for (const chain of chains) {
    const side = plan.sides.get(chain.id);
    const size = plan.labels.get(chain.id);
    const last = chain.units.length - 2;
    for (let i = 0; i <= last; i++) {
      const [a, b] = [chain.units[i] ?? '', chain.units[i + 1] ?? ''];
      const [out, into] = [ports.get(endKey(chain.id, a, 'out')), ports.get(endKey(chain.id, b, 'in'))];
      const layer = units.get(a)?.layer ?? 0;
      if (out === undefined || into === undefined || (units.get(b)?.layer ?? 0) !== layer + 1) continue;
      const labelled = size !== undefined && ((side === 'source' && i === 0) || (side === 'target' && i === last));
      (gaps[layer] ??= []).push({ chain: chain.id, out, in: into, ...(labelled && side !== undefined ? { label: { side, size } } : {}) });
    }
  }
  return gaps;
}

/** Segments that share a port, joined. */
function netsOf(segments: readonly Segment[]): Net[] {
  const parent = segments.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  const first = new Map<string, number>();
  segments.forEach((s, i) => {
    for (const id of [`out ${s.out.id}`, `in ${s.in.id}`]) {
      const j = first.get(id);
      if (j === undefined) first.set(id, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Segment[]>();
  segments.forEach((s, i) => append(groups, find(i), s));
  return [...groups.values()].map((members) => {
    const ys = members.flatMap((s) => [s.out.y, s.in.y]);
    return { segments: members, min: Math.min(...ys), max: Math.max(...ys) };
  });
}

/** Overlapping spans get different tracks; returns each bent net's track. */
function assignTracks(nets: readonly Net[]): Map<Net, number> {
  const ends: number[] = [];
  const track = new Map<Net, number>();
  for (const net of [...nets].sort((a, b) => a.min - b.min || a.max - b.max)) {
    const free = ends.findIndex((end) => end + TRACK_CLEAR < net.min);
    const t = free < 0 ? ends.length : free;
    ends[t] = net.max;
    track.set(net, t);
  }
  return track;
}

/** Crossings of horizontal runs with other nets' tracks, for tracks at slots `slot` (0 … n - 1). */
function crossingsAt(nets: readonly Net[], slotOf: (net: Net) => number | undefined, count: number): number {
  let total = 0;
  for (const a of nets) {
    const x = slotOf(a);
    if (x === undefined) continue;
    for (const b of nets) {
      if (b === a) continue;
      const xb = slotOf(b) ?? count;
      for (const s of b.segments) {
        const runs: [number, number, number][] = [[s.out.y, -1, xb], [s.in.y, xb, count]];
        for (const [y, from, to] of runs) if (y > a.min && y < a.max && x > from && x < to) total++;
      }
    }
  }
  return total;
}

function permutations(n: number): number[][] {
  if (n <= 1) return [[0]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));
}

/** The order of the tracks, left to right, that crosses least (the first found on a tie). */
function orderTracks(nets: readonly Net[], track: ReadonlyMap<Net, number>, count: number): number[] {
  const identity = Array.from({ length: count }, (_, i) => i);
  if (count < 2 || count > PERMUTE_UP_TO) return identity;
  let [best, fewest] = [identity, Infinity];
  for (const order of permutations(count)) {
    const crossings = crossingsAt(nets, (net) => {
      const t = track.get(net);
      return t === undefined ? undefined : order[t];
    }, count);
    if (crossings < fewest) [best, fewest] = [order, crossings];
  }
  return best;
}

/** The width of one gap and the track of each segment in it. */
export function routeGap(segments: readonly Segment[]): Gap {
  const widest = (side: LabelSide): number => quantized(Math.max(0, ...segments.flatMap((s) => (s.label?.side === side ? [s.label.size.width] : []))));
  const [sourceLabels, targetLabels] = [widest('source'), widest('target')];
  const bent = netsOf(segments).filter((net) => net.max - net.min >= 0.5);
  const track = assignTracks(bent);
  const count = Math.max(0, ...track.values()) + (bent.length > 0 ? 1 : 0);
  const order = orderTracks(bent, track, count);
  const left = SOURCE_PAD + sourceLabels + (sourceLabels > 0 ? LABEL_CLEAR : 0);
  const right = TARGET_PAD + targetLabels + (targetLabels > 0 ? LABEL_CLEAR : 0);
  const channel = count === 0 ? 0 : 2 * CORNER + (count - 1) * TRACK_GAP;
  const width = Math.ceil(Math.max(MIN_GAP, left + channel + right) / GAP_STEP) * GAP_STEP;
  // The tracks, centred between the labels.
  const middle = (left + width - right) / 2;
  const tracks = new Map<string, number>();
  for (const net of bent) {
    const slot = order[track.get(net) ?? 0] ?? 0;
    for (const s of net.segments) tracks.set(s.chain, middle + (slot - (count - 1) / 2) * TRACK_GAP);
  }
  return { width, sourceLabels, targetLabels, tracks };
}

export const LABEL_PADS = { source: SOURCE_PAD, target: TARGET_PAD } as const;
