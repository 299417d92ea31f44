/**
 * The history of the user's own manifests: the last few distinct texts that something replaced
 * (an example, a share link, a restored entry, a paste over the whole text), newest first. Only
 * the list is here, as plain data; the texts themselves are stored apart (app/storage), so the
 * list can be read at start without reading megabytes of text.
 */

export interface HistoryEntry {
  readonly id: string;
  /** When the text was put aside, in `Date.now()` time. */
  readonly savedAt: number;
  /** `Service web, Deployment web and 3 more` */
  readonly summary: string;
  /** Characters of text. */
  readonly size: number;
  /** Tells two texts apart without reading them: their length and two 32-bit hashes. */
  readonly fingerprint: string;
}

/** Entries kept: enough to go back a session or two, few enough to read at a glance. */
export const HISTORY_LENGTH = 10;
/** Characters kept in all; past this the oldest go first (the newest always stays). */
export const HISTORY_CHARACTERS = 50_000_000;

/** Length and two independent 32-bit hashes (FNV-1a and a multiply-rotate): 64 bits, no collision in 10 entries to fear. */
export function fingerprintOf(text: string): string {
  let fnv = 0x811c9dc5;
  let mix = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    fnv = Math.imul(fnv ^ c, 0x01000193);
    mix = Math.imul((mix << 5) | (mix >>> 27), 0x85ebca6b) ^ c;
  }
  return `${text.length}:${(fnv >>> 0).toString(36)}:${(mix >>> 0).toString(36)}`;
}

export interface KeepPlan {
  /** The list after keeping the text. */
  readonly entries: readonly HistoryEntry[];
  /** Entries that left the list: their texts are to be deleted. */
  readonly dropped: readonly string[];
}

/**
 * Puts `entry` first: 1. an older entry with the same text leaves (a text is listed once, at its
 * newest time); 2. past HISTORY_LENGTH entries, or HISTORY_CHARACTERS characters, the oldest go.
 */
export function planKeep(entries: readonly HistoryEntry[], entry: HistoryEntry): KeepPlan {
  const dropped: string[] = [];
  const next = [entry];
  let characters = entry.size;
  for (const older of entries) {
    const same = older.fingerprint === entry.fingerprint;
    const fits = next.length < HISTORY_LENGTH && characters + older.size <= HISTORY_CHARACTERS;
    if (!same && fits) {
      next.push(older);
      characters += older.size;
    } else if (older.id !== entry.id) dropped.push(older.id);
  }
  return { entries: next, dropped };
}

/** Drops the oldest entry, to make room when the browser's quota is reached. */
export function planShrink(entries: readonly HistoryEntry[]): KeepPlan {
  const oldest = entries.at(-1);
  return oldest === undefined || entries.length <= 1 ? { entries, dropped: [] } : { entries: entries.slice(0, -1), dropped: [oldest.id] };
}
