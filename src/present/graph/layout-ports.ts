/**
 * Ports: where each chain leaves or enters a unit. A labelled end gets a port of its own, as tall
 * as its label, so that labels on one side of a box stack without touching; unlabelled ends share
 * one port, the hub, and fan out from it like a tree. Ports are ordered along the side as the
 * units at their other ends are, so that edges leave a box without crossing each other.
 */
import { sizeLabel, type LabelSize } from './edge-label.ts';
import type { Chain, Unit } from './layout-units.ts';
import { append } from './multimap.ts';

/** Ports keep this far from a box's top and bottom, and this far apart. */
const PORT_PAD = 8;
const PORT_GAP = 2;
const HUB_SIZE = 8;

export type LabelSide = 'source' | 'target';
export type EndSide = 'out' | 'in';

export interface End {
  readonly chain: string;
  readonly unit: string;
  readonly side: EndSide;
  /** The unit at the other end of this segment. */
  readonly other: string;
  readonly label?: LabelSize;
}

export const endKey = (chain: string, unit: string, side: EndSide): string => `${chain}@${unit}:${side}`;

export interface PortPlan {
  /** Which end of each labelled chain its label sits at. */
  readonly sides: ReadonlyMap<string, LabelSide>;
  readonly labels: ReadonlyMap<string, LabelSize>;
  /** The ends on each side of each unit, by `${unit}:${side}`. */
  readonly ends: ReadonlyMap<string, readonly End[]>;
}

/**
 * Where many labelled edges meet at a box (four Nodes into one Service), each label sits at the
 * other end, where the edges are still apart; an edge alone at both ends has it at its source.
 */
function labelSides(chains: readonly Chain[]): Map<string, LabelSide> {
  const labelled = chains.filter((c) => c.label !== undefined);
  const count = (units: string[]): Map<string, number> => units.reduce((m, u) => m.set(u, (m.get(u) ?? 0) + 1), new Map<string, number>());
  const out = count(labelled.map((c) => c.units[0] ?? ''));
  const into = count(labelled.map((c) => c.units.at(-1) ?? ''));
  return new Map(labelled.map((c) => [c.id, (out.get(c.units[0] ?? '') ?? 0) <= (into.get(c.units.at(-1) ?? '') ?? 0) ? 'source' : 'target']));
}

export function planPorts(chains: readonly Chain[]): PortPlan {
  const sides = labelSides(chains);
  const labels = new Map(chains.flatMap((c) => (c.label === undefined ? [] : [[c.id, sizeLabel(c.label)] as const])));
  const ends = new Map<string, End[]>();
  const add = (end: End): void => {
    const key = `${end.unit}:${end.side}`;
    append(ends, key, end);
  };
  for (const chain of chains) {
    const label = labels.get(chain.id);
    const last = chain.units.length - 1;
    chain.units.forEach((unit, i) => {
      const [before, after] = [chain.units[i - 1], chain.units[i + 1]];
      if (after !== undefined) add({ chain: chain.id, unit, side: 'out', other: after, ...(i === 0 && label && sides.get(chain.id) === 'source' ? { label } : {}) });
      if (before !== undefined) add({ chain: chain.id, unit, side: 'in', other: before, ...(i === last && label && sides.get(chain.id) === 'target' ? { label } : {}) });
    });
  }
  return { sides, labels, ends };
}

interface PortGroup {
  readonly ends: readonly End[];
  readonly size: number;
}

/** A box's labelled ends one port each, its other ends one hub; a grid or a lane has one port. */
function groupsOf(unit: Unit, ends: readonly End[]): PortGroup[] {
  if (ends.length === 0) return [];
  if (unit.kind !== 'box') return [{ ends, size: HUB_SIZE }];
  const groups: PortGroup[] = ends.filter((e) => e.label !== undefined).map((e) => ({ ends: [e], size: e.label?.height ?? HUB_SIZE }));
  const bare = ends.filter((e) => e.label === undefined);
  return bare.length === 0 ? groups : [...groups, { ends: bare, size: HUB_SIZE }];
}

const spanOf = (groups: readonly PortGroup[]): number => groups.reduce((sum, g) => sum + g.size, 0) + Math.max(0, groups.length - 1) * PORT_GAP;

/** The height a box needs for the ports on its busier side. */
export function portsHeight(unit: Unit, plan: PortPlan): number {
  const span = (side: EndSide): number => spanOf(groupsOf(unit, plan.ends.get(`${unit.id}:${side}`) ?? []));
  return Math.max(span('out'), span('in')) + 2 * PORT_PAD;
}

export interface Port {
  /** Shared by the ends of one hub. */
  readonly id: string;
  readonly y: number;
}

/** The port of every end of a placed unit, by endKey. */
export function placePorts(unit: Unit, top: number, plan: PortPlan, centreOf: (unit: string) => number, ports: Map<string, Port>): void {
  for (const side of ['out', 'in'] as const) {
    const groups = groupsOf(unit, plan.ends.get(`${unit.id}:${side}`) ?? []);
    const towards = (g: PortGroup): number => g.ends.reduce((sum, e) => sum + centreOf(e.other), 0) / g.ends.length;
    const keyed = groups.map((g) => ({ g, at: towards(g), tie: g.ends[0]?.chain ?? '' }));
    keyed.sort((a, b) => a.at - b.at || (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0));
    let y = top + unit.height / 2 - spanOf(groups) / 2;
    keyed.forEach(({ g }, index) => {
      const port = { id: `${unit.id}:${side}:${index}`, y: y + g.size / 2 };
      for (const end of g.ends) ports.set(endKey(end.chain, unit.id, side), port);
      y += g.size + PORT_GAP;
    });
  }
}
