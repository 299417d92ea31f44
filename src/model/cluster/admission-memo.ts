/**
 * Admission, memoised by reference: an object whose raw value (the parse cache's, unchanged when
 * its document is) and every input admission reads are the same as in the last build gets the
 * same Admission back, the very object, so that everything derived from it can stay too.
 *
 * What admit() reads: the raw value, the config, the intent and the kinds the input's CRDs serve;
 * and, for a Service, the allocator's state, which is order-dependent (what the Services admitted
 * before it took, and what the whole input requests). That state is named by a token: the start
 * state's token is kept while the config and the requests are the same, and each Service moves it
 * on by what it took (state after = state before + what it took), so two builds share a token
 * exactly where their allocators hold the same values. A Service is reused only at the token it
 * was admitted at, and takes again what it took then.
 */
import type { ClusterConfig } from '../config.ts';
import type { Requests, ServiceAllocator, AllocationResult, Taken } from '../controllers/service-alloc.ts';
import type { RawObject } from '../manifest/parse.ts';
import type { KindInfo } from '../resources/schema/kind-info.ts';
import { admit, type Admission } from './admit.ts';
import type { InputIntent } from './intent.ts';

/** An allocator state's name: compared by reference, never read. */
type StateToken = object;

interface Remembered {
  /** Config, intent and served custom kinds, as one string. */
  readonly context: string;
  /** The allocator state the Service was admitted at; undefined for the kinds that allocate nothing. */
  readonly before: StateToken | undefined;
  readonly admission: Admission;
  readonly taken: Taken;
}

/** Kept between builds (cluster/build-cache.ts); each build keeps only what it used. */
export interface AdmissionMemo {
  start: { readonly key: string; readonly token: StateToken } | undefined;
  /** From a state, by what a Service took, to the state after. */
  transitions: Map<StateToken, Map<string, StateToken>>;
  /** The admissions of the last build, by raw value. */
  admissions: Map<object, readonly Remembered[]>;
}

export function createAdmissionMemo(): AdmissionMemo {
  return { start: undefined, transitions: new Map(), admissions: new Map() };
}

export interface Admitter {
  admit(raw: RawObject, intent: InputIntent): Admission;
  /** Keeps what this build used for the next one. */
  finish(): void;
}

const NOTHING: Taken = { ips: [], ports: [] };

const takenKey = (taken: Taken): string => `${taken.ips.join(',')}|${taken.ports.join(',')}`;

/** What every admission of a build shares: the config and the allocator that starts from `requests`. */
export interface AdmitterBase {
  readonly config: ClusterConfig;
  readonly allocator: ServiceAllocator;
  readonly requests: Requests;
  readonly customKinds: ReadonlyMap<string, KindInfo>;
}

/** What the recording allocator last handed out (read through a call: admit() writes it). */
const allocation = (recorded: { last?: AllocationResult }): AllocationResult | undefined => recorded.last;

export function createAdmitter(memo: AdmissionMemo | undefined, base: AdmitterBase): Admitter {
  const { config, allocator, customKinds } = base;
  if (memo === undefined) {
    return { admit: (raw, intent) => admit(raw.value, { config, allocator, intent, customKinds }), finish: () => undefined };
  }
  const settings = JSON.stringify([config, [...customKinds]]);
  const startKey = JSON.stringify([config, [...base.requests.ips].sort(), [...base.requests.nodePorts].sort((a, b) => a - b)]);
  const start = memo.start?.key === startKey ? memo.start : { key: startKey, token: {} };
  const transitions = new Map<StateToken, Map<string, StateToken>>();
  const admissions = new Map<object, Remembered[]>();
  let token: StateToken = start.token;

  // The allocator as admit() sees it: what the last allocation took is kept, to be remembered.
  const recorded: { last?: AllocationResult } = {};
  const recording: ServiceAllocator = {
    allocate: (service, stored) => (recorded.last = allocator.allocate(service, stored)),
    reserve: (taken) => allocator.reserve(taken),
  };

  const moveOn = (taken: Taken): void => {
    if (taken.ips.length === 0 && taken.ports.length === 0) return;
    const key = takenKey(taken);
    const next = transitions.get(token)?.get(key) ?? memo.transitions.get(token)?.get(key) ?? {};
    const from = transitions.get(token) ?? new Map<string, StateToken>();
    from.set(key, next);
    transitions.set(token, from);
    token = next;
  };

  const remember = (value: object, remembered: Remembered): void => {
    const list = admissions.get(value);
    if (list) list.push(remembered);
    else admissions.set(value, [remembered]);
  };

  return {
    admit(raw, intent) {
      const context = `${intent}\n${settings}`;
      const before = raw.value.kind === 'Service' ? token : undefined;
      const known = memo.admissions.get(raw.value)?.find((r) => r.context === context && r.before === before);
      if (known) {
        if (before !== undefined) {
          allocator.reserve(known.taken);
          moveOn(known.taken);
        }
        remember(raw.value, known);
        return known.admission;
      }
      recorded.last = undefined;
      const admission = admit(raw.value, { config, allocator: recording, intent, customKinds });
      // A refused Service gave back what it took (admit reverts it).
      const last = allocation(recorded);
      const taken = admission.ok && last !== undefined ? { ips: [...last.taken.ips], ports: [...last.taken.ports] } : NOTHING;
      if (before !== undefined) moveOn(taken);
      remember(raw.value, { context, before, admission, taken });
      return admission;
    },
    finish() {
      memo.start = start;
      memo.transitions = transitions;
      memo.admissions = admissions;
    },
  };
}
