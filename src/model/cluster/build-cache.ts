/**
 * What buildCluster keeps between calls, so that an edit re-derives only what it touched: the
 * parse cache (unchanged documents give the same RawObjects), then a memo per stage, each keyed
 * on everything its stage reads (admission-memo.ts, store.ts, controllers/controller-memo.ts).
 * The model stays pure: every memo is of a pure function, and a build with a cache equals, field
 * for field, the build without one (incremental.test.ts checks it on random edit sequences).
 * Unchanged derived objects stay identical by reference, so the views can skip them.
 */
import { createControllerMemo, type ControllerMemo } from '../controllers/controller-memo.ts';
import { createServiceChecksMemo, type ServiceChecksMemo } from '../diagnose/service-checks-memo.ts';
import { createParseCache, type ParseCache } from '../manifest/parse.ts';
import type { Entry, Service } from '../objects.ts';
import { createAdmissionMemo, type AdmissionMemo } from './admission-memo.ts';
import { createStoreMemo, type StoreMemo } from './store.ts';

export interface BuildCache {
  readonly parse: ParseCache;
  readonly admission: AdmissionMemo;
  readonly store: StoreMemo;
  readonly controllers: ControllerMemo;
  /** The cloud controller's Services and the apiserver's own endpoints (pipeline.ts). */
  readonly cloud: CloudMemo;
  /** The troubleshooting checks of each Service (diagnose/service-checks-memo.ts). */
  readonly serviceChecks: ServiceChecksMemo;
}

export interface CloudMemo {
  /** Each LoadBalancer Service with its address, by the admitted entry it was given to. */
  loadBalancers: WeakMap<Entry<Service>, Entry<Service>>;
  apiserver: { readonly inputs: readonly unknown[]; readonly made: unknown } | undefined;
}

export function createBuildCache(): BuildCache {
  return {
    parse: createParseCache(),
    admission: createAdmissionMemo(),
    store: createStoreMemo(),
    controllers: createControllerMemo(),
    cloud: { loadBalancers: new WeakMap(), apiserver: undefined },
    serviceChecks: createServiceChecksMemo(),
  };
}

/** A cache given as a bare ParseCache (the older option) memoises the parse alone. */
export function isBuildCache(cache: ParseCache | BuildCache): cache is BuildCache {
  return 'parse' in cache;
}
