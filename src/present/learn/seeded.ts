/**
 * Seeded choices: the same cluster and seed always give the same challenges, with no global
 * randomness (STYLE.md: no Math.random in present).
 */

/** FNV-1a, 32 bits: a stable number from any text. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A rank for `item` under `seed`: sorting by it shuffles a list the same way every time. */
const rank = (seed: string, item: string): number => hashText(`${seed}\u0000${item}`);

/** The items in an order fixed by the seed; `key` names each item (ties keep input order). */
export function seededOrder<T>(items: readonly T[], seed: string, key: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, rank: rank(seed, key(item)) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.item);
}

/** Options in an order fixed by the seed, so that the correct one is not always first. */
export function shuffleOptions(options: readonly string[], seed: string): string[] {
  return seededOrder([...new Set(options)], seed, (option) => option);
}
