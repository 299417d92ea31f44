/**
 * kubectl's flag parsing (spf13/pflag with interspersed arguments): flags anywhere, `--flag=value`
 * and `--flag value`, `-n NS`, `-nNS`, `-n=NS`, grouped booleans (`-it`), and `--` ending flags.
 */

export interface FlagSpec {
  readonly long: string;
  readonly short?: string;
  readonly kind: 'string' | 'boolean';
}

export interface ParsedLine {
  readonly positionals: readonly string[];
  /** Words after `--`: the container command of `run` and `exec`. */
  readonly command: readonly string[];
  readonly values: ReadonlyMap<string, string>;
}

export type ParseResult = { readonly ok: true; readonly parsed: ParsedLine } | { readonly ok: false; readonly error: string };

/** Flags every command takes (kubectl's global options that the simulation honours). */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  { long: 'namespace', short: 'n', kind: 'string' },
  { long: 'help', short: 'h', kind: 'boolean' },
  { long: 'context', kind: 'string' },
  { long: 'v', short: 'v', kind: 'string' },
];

export function parseFlags(words: readonly string[], specs: readonly FlagSpec[]): ParseResult {
  const all = [...specs, ...GLOBAL_FLAGS];
  const positionals: string[] = [];
  const values = new Map<string, string>();
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? '';
    if (word === '--') return { ok: true, parsed: { positionals, command: words.slice(index + 1), values } };
    if (!word.startsWith('-') || word === '-') {
      positionals.push(word);
      continue;
    }
    if (word.startsWith('--')) {
      const [name = '', ...rest] = word.slice(2).split('=');
      const spec = all.find((s) => s.long === name);
      if (spec === undefined) return { ok: false, error: `unknown flag: --${name}` };
      const inline = rest.length > 0 ? rest.join('=') : undefined;
      if (spec.kind === 'boolean') {
        values.set(spec.long, inline ?? 'true');
        continue;
      }
      const value = inline ?? words[++index];
      if (value === undefined) return { ok: false, error: `flag needs an argument: --${name}` };
      values.set(spec.long, value);
      continue;
    }
    // Shorthands: booleans may be grouped; a string shorthand takes the rest of the word or the next word.
    for (let at = 1; at < word.length; at++) {
      const char = word[at] ?? '';
      const spec = all.find((s) => s.short === char);
      if (spec === undefined) return { ok: false, error: `unknown shorthand flag: '${char}' in ${word}` };
      if (spec.kind === 'boolean') {
        values.set(spec.long, 'true');
        continue;
      }
      let value: string | undefined = word.slice(at + 1);
      if (value.startsWith('=')) value = value.slice(1);
      else if (value === '') value = words[++index];
      if (value === undefined) return { ok: false, error: `flag needs an argument: '${char}' in -${char}` };
      values.set(spec.long, value);
      break;
    }
  }
  return { ok: true, parsed: { positionals, command: [], values } };
}

export function flagValue(parsed: ParsedLine, long: string): string | undefined {
  return parsed.values.get(long);
}

export function flagSet(parsed: ParsedLine, long: string): boolean {
  const value = parsed.values.get(long);
  return value !== undefined && value !== 'false';
}

/** The namespace a command acts in: `-n`, else `default`. */
export function namespaceOf(parsed: ParsedLine): string {
  return flagValue(parsed, 'namespace') ?? 'default';
}
