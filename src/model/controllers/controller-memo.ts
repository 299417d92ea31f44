/**
 * The controllers' results of the last build, kept so that an edit re-runs only the controllers
 * whose inputs changed (cluster/build-cache.ts holds one). Every key is exact: a memo of a pure
 * function, compared by reference where the earlier stages keep unchanged objects identical, and
 * by value where a stage's real input is order-dependent state (the slice names already taken).
 */
import type { EndpointSlice, Endpoints, Entry, Node, Pod, Service } from '../objects.ts';
import type { SliceNamer } from './slice-meta.ts';

/** True when both lists hold the same items, by reference, in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * True when both values hold the same data with their keys in the same order (the order shows in
 * kubectl's YAML), so that one can stand for the other.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i++) {
    const key = keysA[i] as string;
    if (key !== keysB[i] || !sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * The entries of `made`, each replaced by the last build's entry of the same key when the two hold
 * the same data: steps 1-3 run again as a whole when any workload changes, and this keeps the
 * other workloads' Pods identical, so that their Services' slices are not reconciled again.
 */
export function keepUnchanged<T extends object>(made: readonly Entry<T>[], last: ReadonlyMap<string, Entry<T>> | undefined): Entry<T>[] {
  if (last === undefined) return [...made];
  return made.map((entry) => {
    const known = last.get(entry.key);
    // The source by reference too: the diagnoses find a derived object's workload by its source object.
    return known !== undefined && known.source === entry.source && sameData(known, entry) ? known : entry;
  });
}

/** Steps 1-3 of runControllers, when no runtime event touches them: what they read, and what they gave. */
export interface WorkloadsRecord<Inputs, Result> {
  readonly inputs: Inputs;
  readonly result: Result;
}

/** A slice name's owner's state: which names are taken and which are left to recycle, named by a token (see admission-memo.ts). */
type NamerToken = object;

interface SliceRecord {
  readonly config: string;
  readonly pods: readonly Pod[];
  readonly nodes: readonly Entry<Node>[];
  readonly before: NamerToken;
  readonly calls: string;
  readonly takes: readonly NamerCall[];
  readonly slices: readonly Entry<EndpointSlice>[];
}

interface EndpointsRecord {
  readonly config: string;
  readonly pods: readonly Pod[];
  readonly current: Entry<Endpoints> | undefined;
  readonly counted: number;
  readonly endpoints: Entry<Endpoints>;
}

interface MirrorRecord {
  readonly config: string;
  readonly before: NamerToken;
  readonly calls: string;
  readonly takes: readonly NamerCall[];
  readonly slices: readonly Entry<EndpointSlice>[];
}

/** One call of SliceNamer.take, with the name it gave. */
type NamerCall = readonly [namespace: string, owner: string, addressType: string, seed: string, name: string];

export interface ControllerMemo {
  /** Step 1: the Nodes with their kubelet labels and podCIDRs. */
  nodes: { readonly config: string; readonly input: readonly Entry<Node>[]; readonly result: Entry<Node>[] } | undefined;
  /** The Pods of the last build, by key, for keepUnchanged. */
  pods: ReadonlyMap<string, Entry<Pod>> | undefined;
  /** Steps 1-3 (Nodes, workloads, scheduling, IPAM, status), as runControllers records them. */
  workloads: WorkloadsRecord<unknown, unknown> | undefined;
  namerStart: { readonly key: string; readonly token: NamerToken } | undefined;
  namerTransitions: Map<NamerToken, Map<string, NamerToken>>;
  slices: Map<Entry<Service>, readonly SliceRecord[]>;
  endpoints: Map<Entry<Service>, readonly EndpointsRecord[]>;
  mirrored: Map<Entry<Endpoints>, readonly MirrorRecord[]>;
}

export function createControllerMemo(): ControllerMemo {
  return { nodes: undefined, pods: undefined, workloads: undefined, namerStart: undefined, namerTransitions: new Map(), slices: new Map(), endpoints: new Map(), mirrored: new Map() };
}

/** What the EndpointSlice, mirroring and Endpoints controllers read besides each Service. */
export interface BackendsContext {
  readonly config: string;
  readonly nodes: readonly Entry<Node>[];
  readonly namer: SliceNamer;
  /** What fixes the namer's first state: the names of the input's slices, taken and recycled. */
  readonly namerKey: string;
}

export interface BackendsMemo {
  slices(entry: Entry<Service>, pods: readonly Pod[], reconcile: (namer: SliceNamer) => Entry<EndpointSlice>[]): readonly Entry<EndpointSlice>[];
  endpoints(entry: Entry<Service>, pods: readonly Pod[], current: Entry<Endpoints> | undefined, counted: number, reconcile: () => Entry<Endpoints>): Entry<Endpoints>;
  mirrored(entry: Entry<Endpoints>, mirror: (namer: SliceNamer) => Entry<EndpointSlice>[]): readonly Entry<EndpointSlice>[];
  /** Keeps what this build used for the next one. */
  finish(): void;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * The controllers that publish backends, memoised per Service: its slices again when the Service
 * (by reference), the Pods it selects (by reference), the Nodes, the config and the slice names
 * already taken are the same; its Endpoints when the Service, its Pods, the Endpoints it replaces
 * and the Pods counted beside them are. Without a memo every call reconciles.
 */
export function createBackendsMemo(memo: ControllerMemo | undefined, context: BackendsContext): BackendsMemo {
  const { namer } = context;
  if (memo === undefined) {
    return {
      slices: (_entry, _pods, reconcile) => reconcile(namer),
      endpoints: (_entry, _pods, _current, _counted, reconcile) => reconcile(),
      mirrored: (_entry, mirror) => mirror(namer),
      finish: () => undefined,
    };
  }
  const start = memo.namerStart?.key === context.namerKey ? memo.namerStart : { key: context.namerKey, token: {} };
  const transitions = new Map<NamerToken, Map<string, NamerToken>>();
  const slices = new Map<Entry<Service>, SliceRecord[]>();
  const endpoints = new Map<Entry<Service>, EndpointsRecord[]>();
  const mirrored = new Map<Entry<Endpoints>, MirrorRecord[]>();
  let token: NamerToken = start.token;

  // The namer's state after = its state before + the names taken: the same calls from the same state lead to the same state.
  const moveOn = (calls: string): void => {
    if (calls === '[]') return;
    const next = transitions.get(token)?.get(calls) ?? memo.namerTransitions.get(token)?.get(calls) ?? {};
    const from = transitions.get(token) ?? new Map<string, NamerToken>();
    from.set(calls, next);
    transitions.set(token, from);
    token = next;
  };
  const recording = (takes: NamerCall[]): SliceNamer => ({
    take: (namespace, owner, addressType, seed) => {
      const name = namer.take(namespace, owner, addressType, seed);
      takes.push([namespace, owner, addressType, seed, name]);
      return name;
    },
  });
  // A reused result takes its names again, so that the namer's state is what reconciling would leave.
  const replay = (takes: readonly NamerCall[]): void => {
    for (const [namespace, owner, addressType, seed] of takes) namer.take(namespace, owner, addressType, seed);
  };
  const namingRun = <R extends { readonly before: NamerToken; readonly calls: string; readonly takes: readonly NamerCall[] }>(
    known: R | undefined,
    run: (namer: SliceNamer) => Entry<EndpointSlice>[],
    record: (made: { before: NamerToken; calls: string; takes: readonly NamerCall[]; slices: readonly Entry<EndpointSlice>[] }) => R,
  ): R => {
    if (known !== undefined) {
      replay(known.takes);
      moveOn(known.calls);
      return known;
    }
    const before = token;
    const takes: NamerCall[] = [];
    const made = run(recording(takes));
    const calls = JSON.stringify(takes);
    moveOn(calls);
    return record({ before, calls, takes, slices: made });
  };

  return {
    slices(entry, pods, reconcile) {
      const known = memo.slices.get(entry)?.find((r) => r.before === token && r.config === context.config && sameItems(r.nodes, context.nodes) && sameItems(r.pods, pods));
      const record = namingRun(known, reconcile, (made) => ({ ...made, config: context.config, pods, nodes: context.nodes }));
      push(slices, entry, record);
      return record.slices;
    },
    endpoints(entry, pods, current, counted, reconcile) {
      const known = memo.endpoints.get(entry)?.find((r) => r.current === current && r.counted === counted && r.config === context.config && sameItems(r.pods, pods));
      const record = known ?? { config: context.config, pods, current, counted, endpoints: reconcile() };
      push(endpoints, entry, record);
      return record.endpoints;
    },
    mirrored(entry, mirror) {
      const known = memo.mirrored.get(entry)?.find((r) => r.before === token && r.config === context.config);
      const record = namingRun(known, mirror, (made) => ({ ...made, config: context.config }));
      push(mirrored, entry, record);
      return record.slices;
    },
    finish() {
      memo.namerStart = start;
      memo.namerTransitions = transitions;
      memo.slices = slices;
      memo.endpoints = endpoints;
      memo.mirrored = mirrored;
    },
  };
}
