/**
 * How big a port label is and where it breaks, the same on screen and in an exported SVG. Labels
 * use a monospace font, so their width follows from the number of characters: no DOM measuring.
 * A long label breaks at its natural joints (", " between ports, " → " between a port and its
 * target, after "://") instead of shrinking: the layout makes the gap between two columns as wide
 * as its labels need, so every label keeps the size it is legible at.
 */

export const LABEL_FONT_SIZE = 11;
/** Monospace advance, in em, and in pixels at the label's size. */
const ADVANCE = 0.6;
export const LABEL_ADVANCE = ADVANCE * LABEL_FONT_SIZE;
export const LABEL_PADDING_X = 4;
const PADDING_Y = 2;
export const LABEL_LINE_HEIGHT = 13;
/** Past this many characters a label breaks, if it has a joint to break at. */
const MAX_CHARS = 16;

export interface LabelSize {
  readonly lines: readonly string[];
  readonly width: number;
  readonly height: number;
}

/*
 * Each line keeps the spaces it ends with (they draw nothing), so that the lines joined give the
 * label back: the edge's text content stays the label.
 */
const splitAfter = (separator: string) => (line: string): string[] => {
  const parts = line.split(separator);
  return parts.map((part, i) => (i < parts.length - 1 ? `${part}${separator}` : part));
};
const splitBefore = (separator: string) => (line: string): string[] => {
  const parts = line.split(separator);
  const [before, after] = [separator.slice(0, separator.length - separator.trimStart().length), separator.trimStart()];
  return parts.map((part, i) => `${i > 0 ? after : ''}${part}${i < parts.length - 1 ? before : ''}`);
};

export const visibleLength = (line: string): number => [...line.trimEnd()].length;

/** Ways to break a label, from the coarsest to the finest. */
const BREAKS: readonly ((line: string) => string[])[] = [splitAfter(', '), splitBefore(' → '), splitAfter('://')];

/** The label's lines: only the lines still too long are broken further. */
export function breakLabel(text: string): string[] {
  let lines = [text];
  for (const split of BREAKS) lines = lines.flatMap((line) => (visibleLength(line) > MAX_CHARS ? split(line) : [line]));
  return lines;
}

export function sizeLabel(text: string): LabelSize {
  const lines = breakLabel(text);
  const longest = Math.max(...lines.map(visibleLength));
  return {
    lines,
    width: Math.ceil(longest * ADVANCE * LABEL_FONT_SIZE) + 2 * LABEL_PADDING_X,
    height: lines.length * LABEL_LINE_HEIGHT + 2 * PADDING_Y,
  };
}
