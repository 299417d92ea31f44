/**
 * Test support, imported by tests only: a rebuild with runtime events, and a deep freeze to prove
 * inputs stay untouched.
 */
import { buildCluster, type ManifestSource, type RuntimeEvent } from '../../model/index.ts';
import type { Rebuild } from './generate.ts';

/** The same sources with runtime events on top, as the worker rebuilds them. */
export function rebuildOf(sources: readonly ManifestSource[]): Rebuild {
  return (events: readonly RuntimeEvent[]) => buildCluster(sources, { events });
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
