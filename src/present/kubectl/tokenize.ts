/**
 * A shell's word splitting, as much of it as a kubectl line needs: blanks separate words, single
 * quotes keep everything, double quotes keep all but `\"` and `\\`, a backslash escapes the next
 * character. Each word remembers where it starts, for completion.
 */

export interface Token {
  readonly text: string;
  /** Offset in the line where the word (its opening quote included) begins. */
  readonly start: number;
}

export type Tokenized = { readonly ok: true; readonly tokens: readonly Token[] } | { readonly ok: false; readonly error: string };

export function tokenize(line: string): Tokenized {
  const tokens: Token[] = [];
  let text = '';
  let start = -1;
  let quote: "'" | '"' | undefined;
  const flush = (): void => {
    if (start >= 0) tokens.push({ text, start });
    text = '';
    start = -1;
  };
  for (let index = 0; index < line.length; index++) {
    const char = line[index] ?? '';
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else text += char;
      continue;
    }
    if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === '\\' && (line[index + 1] === '"' || line[index + 1] === '\\')) text += line[++index] ?? '';
      else text += char;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\n') {
      flush();
      continue;
    }
    if (start < 0) start = index;
    if (char === "'" || char === '"') quote = char;
    else if (char === '\\') text += line[++index] ?? '';
    else text += char;
  }
  if (quote !== undefined) return { ok: false, error: `unexpected EOF while looking for matching \`${quote}'` };
  flush();
  return { ok: true, tokens };
}
