import { useCallback, useMemo, useState } from 'react';
import { focusGraph, serviceOfGroup, servicesOf, type Graph } from '../../../../present/graph/index.ts';
import type { PacketRun } from '../packet/types.ts';

export interface Focus {
  /** The graph to draw: the whole one, or one Service's path with the others folded. */
  readonly graph: Graph | undefined;
  readonly on: boolean;
  /** Focus needs two Services or more. */
  readonly available: boolean;
  readonly toggle: () => void;
}

/** `svc:NS/NAME` for a selected Service or folded Service box, else undefined. */
const serviceIn = (id: string | undefined): string | undefined => (id === undefined ? undefined : (serviceOfGroup(id) ?? (id.startsWith('svc:') ? id : undefined)));

/**
 * Focus mode: the selected Service's path at full size, the other Services folded into labelled
 * boxes (present/graph/focus.ts). It follows the selection: choosing a folded box, or any Service,
 * focuses that one; until then the Service the packet goes to, else the first.
 */
export function useFocus(shown: Graph | undefined, selected: string | undefined, packet: PacketRun | undefined): Focus {
  const [on, setOn] = useState(false);
  const [chosen, setChosen] = useState<string | undefined>();
  const picked = serviceIn(selected);
  // Render-time, as React recommends for state that follows a prop: the last Service chosen stays focused.
  if (picked !== undefined && picked !== chosen) setChosen(picked);
  const services = useMemo(() => (shown === undefined ? [] : servicesOf(shown)), [shown]);
  const travelled = packet?.hops.find((hop) => hop.at.startsWith('svc:'))?.at;
  const target = [chosen, travelled, services[0]].find((s) => s !== undefined && services.includes(s));
  const graph = useMemo(() => (on && shown !== undefined && target !== undefined ? focusGraph(shown, target) : shown), [on, shown, target]);
  const toggle = useCallback(() => setOn((was) => !was), []);
  return { graph, on, available: services.length > 1, toggle };
}
