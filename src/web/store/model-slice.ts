/**
 * What the model worker answered last: the built cluster's views, the DNS answer, the selected
 * object's details. Only the answer to the newest question of each kind is kept.
 */
import type { StateCreator } from 'zustand';
import type { Diagnostic, ProxyRulesResult, TraceResult } from '../../model/index.ts';
import type { Challenge } from '../../present/learn/index.ts';
import type { BuiltResponse, DetailsResponse, InterviewSummary, PropagationResponse } from '../../worker/protocol.ts';
import type { ExplorerState } from './explorer-store.ts';

export interface ModelSlice {
  /** The last build, broken text included (its diagnostics say what is wrong). */
  readonly built: BuiltResponse | undefined;
  /**
   * The last build that drew what the user wrote: its graph stays on screen while the text is
   * broken (dimmed), or while the API server refuses an object it drew (that box marked refused).
   */
  readonly lastGood: BuiltResponse | undefined;
  /** The revision of the text `built` was built from: while the user types ahead of the worker, it is not the editor's. */
  readonly builtRevision: number | undefined;
  readonly dnsAnswer: string;
  readonly details: DetailsResponse | undefined;
  /** The path of the packet asked for, through the cluster on screen. */
  readonly trace: TraceResult | undefined;
  /** The rules kube-proxy programs on one Node, in the mode asked for. */
  readonly rules: ProxyRulesResult | undefined;
  /** The kubectl tab's live `kubectl get` tables, asked while that tab is open. */
  readonly tables: string;
  /** The guide's interview questions, and the challenges the cluster on screen poses. */
  readonly learning: Learning | undefined;
  /** What the timeline's events cost the control plane, Endpoints against EndpointSlices. */
  readonly propagation: PropagationResponse | undefined;
  readonly receiveBuilt: (built: BuiltResponse, textRevision?: number) => void;
  readonly receiveDns: (text: string) => void;
  readonly receiveDetails: (details: DetailsResponse) => void;
  readonly receiveTrace: (trace: TraceResult) => void;
  readonly receiveRules: (rules: ProxyRulesResult) => void;
  readonly receiveTables: (tables: string) => void;
  readonly receiveChallenges: (learning: Learning) => void;
  readonly receivePropagation: (propagation: PropagationResponse) => void;
}

export interface Learning {
  readonly interviews: readonly InterviewSummary[];
  readonly challenges: readonly Challenge[];
}

/** Half-typed text: not YAML, or a document that is not yet an object with a kind. */
const BROKEN_CODES: ReadonlySet<string> = new Set(['YAML_SYNTAX', 'NOT_AN_OBJECT', 'MISSING_KIND']);

/**
 * True when the text cannot be read as objects, so the graph of the build would lose what the user
 * is in the middle of typing. Objects the API server would refuse are not "broken": the graph shows
 * the cluster without them, as a real one would be.
 */
export function isBroken(built: BuiltResponse | undefined): boolean {
  return built?.diagnostics.some((d) => d.severity === 'error' && BROKEN_CODES.has(d.code)) ?? false;
}

/**
 * The boxes of the last good graph whose objects this build refuses: a half-typed `type: NodePortt`
 * would otherwise take its Service, and the whole path, off the graph. Only objects that were on
 * screen count: a new object the API server refuses was never drawn, so nothing vanishes.
 *
 * A name half-typed (`name: debug-ui-`) makes the refused object a new key: the one it takes off
 * the graph is the object of the same kind that the last good build had at those lines and this
 * build lacks.
 */
export function refusedBoxes(built: BuiltResponse | undefined, lastGood: BuiltResponse | undefined): readonly string[] {
  if (built === undefined || lastGood === undefined || built === lastGood) return [];
  const errors = built.diagnostics.filter((d) => d.severity === 'error' && d.object !== undefined);
  if (errors.length === 0) return [];
  const refused = new Set(errors.map((d) => d.object));
  const admitted = new Set(built.outline.map((item) => item.key));
  const refusedLines = linesByKind(errors);
  for (const item of lastGood.outline) {
    if (!admitted.has(item.key) && anyWithin(refusedLines.get(kindOf(item.key)), item.startLine, item.endLine)) refused.add(item.key);
  }
  const drawn = new Set(built.graph.nodes.map((n) => n.id));
  return lastGood.graph.nodes.flatMap((n) => (n.data.objectKey !== undefined && refused.has(n.data.objectKey) && !drawn.has(n.id) ? [n.id] : []));
}

const kindOf = (key: string): string => key.slice(0, key.indexOf('/'));

/** The lines of the refusals, sorted, by the kind of the object refused. */
function linesByKind(errors: readonly Diagnostic[]): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  for (const error of errors) {
    const kind = kindOf(error.object ?? '');
    const list = lines.get(kind) ?? [];
    list.push(error.range.line);
    lines.set(kind, list);
  }
  for (const list of lines.values()) list.sort((a, b) => a - b);
  return lines;
}

/** Some of the sorted lines fall within `first..last`: a binary search, as a dump has thousands of each. */
function anyWithin(sorted: readonly number[] | undefined, first: number, last: number): boolean {
  if (sorted === undefined) return false;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < first) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low]! <= last;
}

/** True when the graph on screen stays the last good one: the text is broken, or an object on it is refused. */
export function holdsLastGood(built: BuiltResponse | undefined, lastGood: BuiltResponse | undefined): boolean {
  return isBroken(built) || refusedBoxes(built, lastGood).length > 0;
}

/** The same object's answer, word for word: only the request's id differs. */
function sameDetails(held: DetailsResponse | undefined, next: DetailsResponse): boolean {
  return held !== undefined && held.key === next.key && held.yaml === next.yaml && held.describe === next.describe;
}

/** Equal plain data; an answer JSON cannot write (a bigint in it) counts as new. */
function sameJson(held: unknown, next: unknown): boolean {
  if (held === undefined) return false;
  try {
    return JSON.stringify(held) === JSON.stringify(next);
  } catch {
    return false;
  }
}

export const createModelSlice: StateCreator<ExplorerState, [], [], ModelSlice> = (set) => ({
  built: undefined,
  builtRevision: undefined,
  lastGood: undefined,
  dnsAnswer: '',
  details: undefined,
  trace: undefined,
  rules: undefined,
  tables: '',
  learning: undefined,
  propagation: undefined,
  receiveBuilt(built, builtRevision) {
    // A broken text's cluster lacks what is being typed: the packet keeps the last good path.
    set((state) => (holdsLastGood(built, state.lastGood) ? { built, builtRevision } : { built, builtRevision, lastGood: built, trace: built.trace ?? state.trace }));
  },
  // The panels ask again after every build, and most builds leave their answer as it was: an
  // answer equal to the one held keeps the state, so the page does not render again for it.
  receiveDns(dnsAnswer) {
    set((state) => (state.dnsAnswer === dnsAnswer ? state : { dnsAnswer }));
  },
  receiveDetails(details) {
    set((state) => (sameDetails(state.details, details) ? state : { details }));
  },
  receiveTrace(trace) {
    set({ trace });
  },
  receiveRules(rules) {
    set((state) => (sameJson(state.rules, rules) ? state : { rules }));
  },
  receiveTables(tables) {
    set((state) => (state.tables === tables ? state : { tables }));
  },
  receiveChallenges(learning) {
    set((state) => (sameJson(state.learning, learning) ? state : { learning }));
  },
  receivePropagation(propagation) {
    set({ propagation });
  },
});
