/**
 * How hard property tests try. `npm test` runs a fraction of each property's cases, with a fixed
 * seed, so that its time and its verdict do not depend on the machine or the day; `npm run
 * test:deep` (KSE_DEEP=1) runs the full counts with a fresh seed, which fast-check prints on failure.
 */

/** Read once: the model has no access to the environment, tests do (vitest runs them under Node). */
const deep = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.KSE_DEEP === '1';

/** `full` cases under test:deep; a tenth of them (at least 10) in `npm test`. */
export function propertyRuns(full: number): number {
  return deep ? full : Math.max(10, Math.ceil(full / 10));
}

/**
 * The time a heavy test (a property, a corpus-wide check) may take: generous, because CI shares
 * two busy cores with other work; a real hang still fails instead of blocking the run.
 */
export const HEAVY_TEST_TIMEOUT_MS = 120_000;
