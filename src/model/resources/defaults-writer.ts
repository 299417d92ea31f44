/**
 * How a defaulter writes. Defaulting first runs with PROBE, which writes nothing and stops at the
 * first write that would change the object: a stored object (every object of a dump) comes out
 * of it untouched, with no copy made. Only an object that defaulting changes is copied, and the
 * defaulter runs again with WRITE on the copy (defaults.ts).
 */
import { sameJson } from './guards.ts';

export type Mutable = Record<string, unknown>;

export interface Writer {
  /** `obj[key] = value` */
  set(obj: Mutable, key: string, value: unknown): void;
  /** `delete obj[key]` */
  remove(obj: Mutable, key: string): void;
}

/** Thrown by PROBE: the defaulter would change the object. One instance: no stack is captured per object. */
export const WOULD_CHANGE = new Error('defaulting would change the object');

export const WRITE: Writer = {
  set(obj, key, value) {
    obj[key] = value;
  },
  remove(obj, key) {
    delete obj[key];
  },
};

/**
 * Writes nothing. A write of what is already there (the same JSON) goes on, since the defaulter
 * then reads back what it would have read after writing; anything else stops the defaulter.
 */
export const PROBE: Writer = {
  set(obj, key, value) {
    if (!Object.hasOwn(obj, key) || !sameJson(obj[key], value)) throw WOULD_CHANGE;
  },
  remove(obj, key) {
    if (Object.hasOwn(obj, key)) throw WOULD_CHANGE;
  },
};
