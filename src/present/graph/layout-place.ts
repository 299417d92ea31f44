/**
 * The y of every unit: each layer keeps its order and its gaps, and within those bounds every
 * unit sits as near as it can to the centre of the units it is linked to. Sweeps alternate
 * rightwards and leftwards; each layer is placed by isotonic regression (pool adjacent
 * violators), which finds the positions nearest to the wished ones that keep the order and gaps.
 */
import type { Links } from './layout-order.ts';
import type { Unit } from './layout-units.ts';
import { extent } from './multimap.ts';

/** Between two boxes; between a lane and a box (clear of the notches on a box's border); between lanes. */
export const ROW_GAP = 16;
const LANE_CLEAR = 14;
const LANE_GAP = 8;
const SWEEPS = 4;

const gapBetween = (a: Unit, b: Unit): number => (a.kind === 'lane' && b.kind === 'lane' ? LANE_GAP : a.kind === 'lane' || b.kind === 'lane' ? LANE_CLEAR : ROW_GAP);

interface Wish {
  readonly top: number;
  readonly weight: number;
}

/** Non-decreasing values nearest (weighted least squares) to `wished`. */
function poolAdjacentViolators(wished: readonly Wish[]): number[] {
  const blocks: { sum: number; weight: number; count: number }[] = [];
  for (const { top, weight } of wished) {
    blocks.push({ sum: top * weight, weight, count: 1 });
    while (blocks.length > 1) {
      const [a, b] = [blocks[blocks.length - 2], blocks[blocks.length - 1]];
      if (a === undefined || b === undefined || a.sum / a.weight <= b.sum / b.weight) break;
      blocks.splice(-2, 2, { sum: a.sum + b.sum, weight: a.weight + b.weight, count: a.count + b.count });
    }
  }
  return blocks.flatMap((block) => Array<number>(block.count).fill(block.sum / block.weight));
}

/** Places one layer: `wish` gives each unit the centre it would like, and how much it minds. */
function placeLayer(layer: readonly Unit[], wish: (unit: Unit) => Wish, tops: Map<string, number>): void {
  let offset = 0;
  const offsets = layer.map((unit, i) => {
    const before = layer[i - 1];
    offset += before === undefined ? 0 : before.height + gapBetween(before, unit);
    return offset;
  });
  const fitted = poolAdjacentViolators(layer.map((unit, i) => {
    const { top, weight } = wish(unit);
    return { top: top - (offsets[i] ?? 0), weight };
  }));
  layer.forEach((unit, i) => tops.set(unit.id, (fitted[i] ?? 0) + (offsets[i] ?? 0)));
}

/**
 * Lines up each unit linked alone to a unit linked alone (a Service and its one slice), where the
 * room between its neighbours in the layer allows: a straight edge instead of a jog of a few pixels.
 */
function straighten(layers: readonly (readonly Unit[])[], links: Links, tops: Map<string, number>): void {
  const height = new Map(layers.flatMap((layer) => layer.map((unit) => [unit.id, unit.height] as const)));
  for (const layer of layers) {
    layer.forEach((unit, i) => {
      const partners = links.left.get(unit.id) ?? [];
      const partner = partners[0];
      if (partners.length !== 1 || partner === undefined || (links.right.get(partner)?.length ?? 0) !== 1) return;
      const top = (tops.get(partner) ?? 0) + (height.get(partner) ?? 0) / 2 - unit.height / 2;
      const [before, after] = [layer[i - 1], layer[i + 1]];
      const floor = before === undefined ? -Infinity : (tops.get(before.id) ?? 0) + before.height + gapBetween(before, unit);
      const ceiling = after === undefined ? Infinity : (tops.get(after.id) ?? 0) - gapBetween(unit, after) - unit.height;
      if (top >= floor && top <= ceiling) tops.set(unit.id, top);
    });
  }
}

/** The top of every unit, the highest at 0. */
export function placeUnits(layers: readonly (readonly Unit[])[], links: Links): Map<string, number> {
  const tops = new Map<string, number>();
  const centre = (unit: Unit): number => (tops.get(unit.id) ?? 0) + unit.height / 2;
  const height = new Map(layers.flatMap((layer) => layer.map((unit) => [unit.id, unit.height] as const)));
  const centreOf = (id: string): number => (tops.get(id) ?? 0) + (height.get(id) ?? 0) / 2;
  const kindOf = new Map(layers.flatMap((layer) => layer.map((unit) => [unit.id, unit.kind] as const)));
  const facing = (side: Links['left']): Links['left'] => (side === links.left ? links.right : links.left);
  /*
   * A link that is the only one on both facing sides (Service → its one slice) weighs most, and a
   * lane's links weigh more than a box's: a straight edge reads better than a box a few pixels
   * nearer the average of its neighbours.
   */
  const weightOf = (unit: Unit, side: Links['left'], other: string): number => {
    const alone = (side.get(unit.id)?.length ?? 0) === 1 && (facing(side).get(other)?.length ?? 0) === 1;
    return alone ? 8 : unit.kind === 'lane' || kindOf.get(other) === 'lane' ? 4 : 1;
  };
  const wishFrom = (sides: readonly Links['left'][]) => (unit: Unit): Wish => {
    const linked = sides.flatMap((side) => (side.get(unit.id) ?? []).map((id) => ({ id, weight: weightOf(unit, side, id) })));
    if (linked.length === 0) return { top: centre(unit) - unit.height / 2, weight: 1e-3 };
    const weight = linked.reduce((sum, l) => sum + l.weight, 0);
    const mean = linked.reduce((sum, l) => sum + l.weight * centreOf(l.id), 0) / weight;
    return { top: mean - unit.height / 2, weight };
  };
  for (const layer of layers) placeLayer(layer, () => ({ top: 0, weight: 1 }), tops);
  for (let round = 0; round < SWEEPS; round++) {
    for (let l = 1; l < layers.length; l++) placeLayer(layers[l] ?? [], wishFrom([links.left]), tops);
    for (let l = layers.length - 2; l >= 0; l--) placeLayer(layers[l] ?? [], wishFrom([links.right]), tops);
  }
  for (let round = 0; round < 2; round++) for (const layer of layers) placeLayer(layer, wishFrom([links.left, links.right]), tops);
  straighten(layers, links, tops);
  const highest = extent(tops.values()).min;
  for (const [id, top] of tops) tops.set(id, Math.round(top - highest));
  return tops;
}
