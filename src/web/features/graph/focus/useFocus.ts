import { useCallback, useMemo, useState } from 'react';
import { serviceOfGroup } from '../../../../present/graph/ids.ts';
import type { Graph } from '../../../../present/graph/index.ts';
import type { PacketRun } from '../packet/types.ts';

/** The focus code and the layout it runs, fetched the first time Focus is pressed: the embed and most visits never download them. */
type FocusModule = typeof import('../../../../present/graph/focus.ts');
let loading: Promise<FocusModule> | undefined;
const loadFocus = (): Promise<FocusModule> => (loading ??= import('../../../../present/graph/focus.ts'));

export interface Focus {
  /** The graph to draw: the whole one, or one Service's path with the others folded. */
  readonly graph: Graph | undefined;
  readonly on: boolean;
  /** Focus needs two Services or more. */
  readonly available: boolean;
  readonly toggle: () => void;
}

const serviceIds = (graph: Graph | undefined): string[] => (graph?.nodes ?? []).filter((n) => n.kind === 'service' && n.id.startsWith('svc:')).map((n) => n.id);

/** `svc:NS/NAME` for a selected Service or folded Service box, else undefined. */
const serviceIn = (id: string | undefined): string | undefined => (id === undefined ? undefined : (serviceOfGroup(id) ?? (id.startsWith('svc:') ? id : undefined)));

/**
 * Focus mode: the selected Service's path at full size, the other Services folded into labelled
 * boxes (present/graph/focus.ts). It follows the selection: choosing a folded box, or any Service,
 * focuses that one; until then the Service the packet goes to, else the first.
 */
export function useFocus(shown: Graph | undefined, selected: string | undefined, packet: PacketRun | undefined): Focus {
  const [on, setOn] = useState(false);
  const [focus, setFocus] = useState<FocusModule | undefined>();
  const [chosen, setChosen] = useState<string | undefined>();
  const picked = serviceIn(selected);
  // Render-time, as React recommends for state that follows a prop: the last Service chosen stays focused.
  if (picked !== undefined && picked !== chosen) setChosen(picked);
  const services = useMemo(() => serviceIds(shown), [shown]);
  const travelled = packet?.hops.find((hop) => hop.at.startsWith('svc:'))?.at;
  const target = [chosen, travelled, services[0]].find((s) => s !== undefined && services.includes(s));
  const graph = useMemo(
    () => (on && focus !== undefined && shown !== undefined && target !== undefined ? focus.focusGraph(shown, target) : shown),
    [on, focus, shown, target],
  );
  const toggle = useCallback(() => {
    setOn((was) => !was);
    void loadFocus().then(setFocus);
  }, []);
  return { graph, on, available: services.length > 1, toggle };
}
