/**
 * What Tab does to the terminal's line with the worker's completions: one candidate replaces the
 * word being typed (and adds a space); several extend it to their longest common prefix, and are
 * listed, as bash does on a second Tab.
 */
export interface Completion {
  readonly line: string;
  /** The candidates to list; empty when the line was completed outright. */
  readonly listed: readonly string[];
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

export function applyCompletion(line: string, start: number, candidates: readonly string[]): Completion {
  if (candidates.length === 0) return { line, listed: [] };
  const head = line.slice(0, start);
  if (candidates.length === 1) return { line: `${head}${candidates[0] ?? ''} `, listed: [] };
  const prefix = commonPrefix(candidates);
  return { line: prefix.length > line.length - start ? head + prefix : line, listed: candidates };
}
