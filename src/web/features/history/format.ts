/** How the history names a moment and a size, as people read them. */

const sameDay = (a: Date, b: Date): boolean => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** `today, 10:42`, `yesterday, 18:03`, `3 Dec, 09:15` (in the browser's own language). */
export function formatWhen(at: number, now = Date.now()): string {
  const when = new Date(at);
  const time = when.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  if (sameDay(when, new Date(now))) return `today, ${time}`;
  if (sameDay(when, new Date(now - 86_400_000))) return `yesterday, ${time}`;
  return `${when.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })}, ${time}`;
}

/** `240 characters`, `4 kB`, `9.7 MB` */
export function formatSize(characters: number): string {
  if (characters < 1000) return `${characters} characters`;
  if (characters < 1_000_000) return `${Math.round(characters / 1000)} kB`;
  return `${(characters / 1_000_000).toFixed(1)} MB`;
}
