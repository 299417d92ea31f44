/**
 * Small helpers for the layout's indexes. They grow arrays in place and take extremes with a loop:
 * copying an array on every insertion, or spreading a hundred thousand numbers into Math.min, is
 * what made a 3,000-box graph slow (and a larger one throw RangeError).
 */

/** Appends `value` to the list kept under `key`. */
export function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The least and the greatest of `values` (Infinity and -Infinity when there are none). */
export function extent(values: Iterable<number>): { min: number; max: number } {
  let [min, max] = [Infinity, -Infinity];
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}
