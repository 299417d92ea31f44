/**
 * Where a port label goes and how it is broken into lines, the same on screen and in an exported
 * SVG. Labels use a monospace font, so their
 * width follows from the number of characters: no DOM measuring. A label longer than the gap
 * between two columns is broken at its natural joints (", " between ports, " → " between a port
 * and its target, after "://") and, if it must, set a little smaller, so it does not run under the
 * boxes on either side.
 */
import type { LabelAnchor } from '../graph/index.ts';
import { midpoint, type Curve } from './geometry.ts';

const FONT_SIZE = 10;
/** Smaller than this is not worth reading; a label that still does not fit overflows instead. */
const MIN_FONT_SIZE = 8;
/** The size below which one more line break is better than a smaller font. */
const COMFORTABLE_FONT_SIZE = 9;
/** Monospace advance, in em. */
const ADVANCE = 0.6;
export const LABEL_PADDING_X = 4;
const PADDING_Y = 1.5;
/** Clear of the source box's border, and of the arrowhead at the target. */
const SOURCE_GAP = 6;
const TARGET_GAP = 12;
/** Between labels stacked at one side of a box. */
const STACK_GAP = 2;

export interface LabelBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly lines: readonly string[];
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

const visibleLength = (line: string): number => [...line.trimEnd()].length;

/** Ways to break a label, from none to the finest. */
const BREAKS: readonly ((line: string) => string[])[] = [splitAfter(', '), splitBefore(' → '), splitAfter('://')];

function fontSizeFor(lines: readonly string[], room: number): number {
  const longest = Math.max(...lines.map(visibleLength));
  const fitting = (room - 2 * LABEL_PADDING_X) / (longest * ADVANCE);
  return Math.min(FONT_SIZE, Math.floor(fitting * 2) / 2);
}

/** The fewest lines that fit at a comfortable size, else the finest breaking at the largest size that fits. */
export function breakLabel(text: string, room: number): { lines: string[]; fontSize: number } {
  let lines = [text];
  for (const split of [(line: string) => [line], ...BREAKS]) {
    lines = lines.flatMap(split);
    const fontSize = fontSizeFor(lines, room);
    if (fontSize >= COMFORTABLE_FONT_SIZE) return { lines, fontSize };
  }
  return { lines, fontSize: Math.max(MIN_FONT_SIZE, fontSizeFor(lines, room)) };
}

export function labelBox(curve: Curve, anchor: LabelAnchor, text: string): LabelBox {
  const gap = curve.to.x - curve.from.x;
  const room = anchor.side === 'middle' ? gap - 8 : gap - SOURCE_GAP - TARGET_GAP;
  const { lines, fontSize } = breakLabel(text, room);
  const lineHeight = fontSize + 2;
  const width = Math.ceil(Math.max(...lines.map(visibleLength)) * ADVANCE * fontSize) + 2 * LABEL_PADDING_X;
  const height = lines.length * lineHeight + 2 * PADDING_Y;
  const stacked = (anchor.slot - (anchor.slots - 1) / 2) * (FONT_SIZE + 2 + 2 * PADDING_Y + STACK_GAP);
  const box = (x: number, centreY: number): LabelBox => ({ x, y: centreY + stacked - height / 2, width, height, fontSize, lineHeight, lines });
  switch (anchor.side) {
    case 'source':
      return box(curve.from.x + SOURCE_GAP, curve.from.y);
    case 'target':
      return box(curve.to.x - TARGET_GAP - width, curve.to.y);
    case 'middle': {
      const middle = midpoint(curve);
      return box(middle.x - width / 2, middle.y);
    }
  }
}
