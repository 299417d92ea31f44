/**
 * The order of the units in each layer, top to bottom: Services by name, every other layer after
 * its neighbours, then a few barycentre sweeps that keep the order with the fewest crossings.
 * Only ids and links decide it, never sizes: a label that grows while the user types does not
 * reorder the picture.
 */
import type { Units } from './layout-units.ts';
import { append } from './multimap.ts';

/** Links between units of adjacent layers, by layer of their left end. */
export interface Links {
  readonly right: ReadonlyMap<string, readonly string[]>;
  readonly left: ReadonlyMap<string, readonly string[]>;
}

const SWEEPS = 6;

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function linksOf(units: Units): Links {
  const right = new Map<string, string[]>();
  const left = new Map<string, string[]>();
  for (const chain of units.chains) {
    for (let i = 1; i < chain.units.length; i++) {
      const [a, b] = [chain.units[i - 1] ?? '', chain.units[i] ?? ''];
      append(right, a, b);
      append(left, b, a);
    }
  }
  return { right, left };
}

type Positions = Map<string, number>;

const positionsOf = (layers: readonly (readonly string[])[]): Positions => new Map(layers.flatMap((layer) => layer.map((id, i) => [id, i] as const)));

/** Sorts a layer by a key from its neighbours; a unit without neighbours there keeps its place. */
function sortBy(layer: string[], key: (id: string, at: number) => number): void {
  const keys = new Map(layer.map((id, at) => [id, key(id, at)]));
  layer.sort((a, b) => (keys.get(a) ?? 0) - (keys.get(b) ?? 0) || byId(a, b));
}

/** 1. A first order: the anchor layer by id, the others after their topmost neighbour towards it. */
function firstOrder(layers: string[][], anchor: number, links: Links): void {
  layers[anchor]?.sort(byId);
  const at = positionsOf(layers);
  const toward = (layer: string[], neighbours: Links['left']): void => {
    const key = (id: string): number => Math.min(Infinity, ...(neighbours.get(id) ?? []).map((n) => at.get(n) ?? Infinity));
    const keys = new Map(layer.map((id) => [id, key(id)]));
    // Infinity - Infinity is NaN, which is falsy: unlinked units fall through to their ids.
    layer.sort((a, b) => (keys.get(a) ?? 0) - (keys.get(b) ?? 0) || byId(a, b));
    layer.forEach((id, i) => at.set(id, i));
  };
  for (let l = anchor + 1; l < layers.length; l++) toward(layers[l] ?? [], links.left);
  for (let l = anchor - 1; l >= 0; l--) toward(layers[l] ?? [], links.right);
}

/** Inversions of `values`: the crossings of the links between two layers sorted by their upper end. */
function inversions(values: number[]): number {
  if (values.length < 2) return 0;
  const middle = values.length >> 1;
  const [a, b] = [values.slice(0, middle), values.slice(middle)];
  let count = inversions(a) + inversions(b);
  let [i, j, k] = [0, 0, 0];
  while (i < a.length && j < b.length) {
    if ((a[i] ?? 0) <= (b[j] ?? 0)) values[k++] = a[i++] ?? 0;
    else {
      count += a.length - i;
      values[k++] = b[j++] ?? 0;
    }
  }
  while (i < a.length) values[k++] = a[i++] ?? 0;
  while (j < b.length) values[k++] = b[j++] ?? 0;
  return count;
}

export function crossings(layers: readonly (readonly string[])[], links: Links): number {
  const at = positionsOf(layers);
  let total = 0;
  for (const layer of layers.slice(0, -1)) {
    const pairs = layer.flatMap((id) => (links.right.get(id) ?? []).map((to) => [at.get(id) ?? 0, at.get(to) ?? 0] as const));
    pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    total += inversions(pairs.map((p) => p[1]));
  }
  return total;
}

/** 2. Barycentre sweeps, right then left, keeping the best order seen. */
function sweep(layers: string[][], links: Links): string[][] {
  let best = layers.map((layer) => [...layer]);
  let fewest = crossings(best, links);
  for (let round = 0; round < SWEEPS && fewest > 0; round++) {
    const toward = (l: number, neighbours: Links['left']): void => {
      const at = positionsOf(layers);
      sortBy(layers[l] ?? [], (id, here) => {
        const linked = (neighbours.get(id) ?? []).map((n) => at.get(n) ?? 0);
        // Half a place's nudge keeps a unit without neighbours between the ones that have them.
        return linked.length === 0 ? here : linked.reduce((a, b) => a + b, 0) / linked.length + 1e-6 * here;
      });
    };
    for (let l = 1; l < layers.length; l++) toward(l, links.left);
    for (let l = layers.length - 2; l >= 0; l--) toward(l, links.right);
    const count = crossings(layers, links);
    if (count < fewest) [best, fewest] = [layers.map((layer) => [...layer]), count];
  }
  return best;
}

/** The order of every layer; `anchor` is the layer of the Services. */
export function orderLayers(units: Units, anchor: number, links: Links): string[][] {
  const layers = units.layers.map((layer) => [...layer]);
  firstOrder(layers, anchor, links);
  return sweep(layers, links);
}
